import { describe, expect, test } from 'vitest';
import { allowedEvents, can, checkGraph, defineMachine, fire, isTerminal, statesThatCan, target, type Machine } from './fsm.js';
import { DomainError } from './http/errors.js';

/** A small sound machine; each fault test below breaks one thing in a copy of it. */
const door = defineMachine({
  name: 'door',
  states: ['closed', 'open', 'locked', 'removed'],
  initial: ['closed'],
  terminal: ['removed'],
  transitions: {
    closed: { open: 'open', lock: 'locked', remove: 'removed' },
    open: { close: 'closed' },
    locked: { unlock: 'closed' },
    removed: {},
  },
});

/** The door with parts of its definition replaced, typed loosely so that a fault can be planted. */
function broken(changes: Partial<{ states: string[]; initial: string[]; terminal: string[]; transitions: Record<string, Record<string, string>> }>): Machine<string, string> {
  return { ...door, ...changes } as Machine<string, string>;
}

function thrown(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('moving a status', () => {
  test('fire answers the state an allowed event leads to; can, target and allowedEvents read the same table', () => {
    expect(fire(door, 'closed', 'lock')).toBe('locked');
    expect(fire(door, 'locked', 'unlock')).toBe('closed');
    expect(can(door, 'closed', 'open')).toBe(true);
    expect(can(door, 'open', 'lock')).toBe(false);
    expect(target(door, 'open', 'close')).toBe('closed');
    expect(target(door, 'locked', 'open')).toBeUndefined();
    expect(allowedEvents(door, 'closed')).toEqual(['open', 'lock', 'remove']);
    expect(allowedEvents(door, 'removed')).toEqual([]);
  });

  test('an event the state does not allow is a 409 invalid_transition naming the machine, the state, the event and what is allowed', () => {
    const error = thrown(() => fire(door, 'locked', 'open'));
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toBe('The door is in status "locked" and cannot "open"; it can: unlock');
    expect(error.extra.meta).toEqual({ machine: 'door', state: 'locked', event: 'open', allowed: ['unlock'] });
  });

  test('a terminal state says it is closed', () => {
    const error = thrown(() => fire(door, 'removed', 'open'));
    expect(error.message).toBe('The door is in status "removed" and cannot "open"; it is closed');
    expect(error.extra.meta).toMatchObject({ allowed: [] });
  });

  test("a module's own code, detail and meta replace the defaults; the machine's facts stay in the meta", () => {
    const error = thrown(() => fire(door, 'open', 'lock', { code: 'task_closed', detail: 'Close the door first', meta: { doorStatus: 'open' } }));
    expect(error.code).toBe('task_closed');
    expect(error.message).toBe('Close the door first');
    expect(error.extra.meta).toEqual({ machine: 'door', state: 'open', event: 'lock', allowed: ['close'], doorStatus: 'open' });
  });

  test('statesThatCan lists where an event is allowed, for bulk updates; isTerminal reads the declared terminal states', () => {
    expect(statesThatCan(door, 'remove')).toEqual(['closed']);
    expect(statesThatCan(door, 'close')).toEqual(['open']);
    expect(isTerminal(door, 'removed')).toBe(true);
    expect(isTerminal(door, 'locked')).toBe(false);
  });
});

describe('checkGraph', () => {
  test('a sound machine has no problems', () => {
    expect(checkGraph(door)).toEqual([]);
  });

  test('an edge to an unknown state', () => {
    const machine = broken({ transitions: { ...door.transitions, locked: { unlock: 'closed', pick: 'picked' } } });
    expect(checkGraph(machine)).toEqual(['door: "locked" --pick--> the unknown state "picked"']);
  });

  test('a state nothing reaches from an initial state', () => {
    const machine = broken({ transitions: { ...door.transitions, closed: { open: 'open', remove: 'removed' } } });
    expect(checkGraph(machine)).toEqual(['door: "locked" cannot be reached from closed']);
  });

  test('a terminal state with exits', () => {
    const machine = broken({ transitions: { ...door.transitions, removed: { reinstall: 'closed' } } });
    expect(checkGraph(machine)).toEqual(['door: the terminal state "removed" has exits']);
  });

  test('a dead end not declared terminal', () => {
    const machine = broken({ terminal: [] });
    expect(checkGraph(machine)).toEqual(['door: "removed" has no exits but is not declared terminal']);
  });

  test('a state without a row, and a row for no state', () => {
    const { locked: _locked, ...rest } = door.transitions;
    expect(checkGraph(broken({ transitions: rest }))).toEqual(['door: "locked" has no row in the table']);
    expect(checkGraph(broken({ transitions: { ...door.transitions, ajar: {} } }))).toEqual(['door: the table has a row for the unknown state "ajar"']);
  });

  test('an initial or terminal state that is not a state', () => {
    expect(checkGraph(broken({ initial: ['closed', 'built'] }))).toEqual(['door: "built" is declared initial or terminal but is not a state']);
    expect(checkGraph(broken({ terminal: ['removed', 'burnt'] }))).toEqual(['door: "burnt" is declared initial or terminal but is not a state']);
  });
});
