import { DomainError, type ErrorCode } from './http/errors.js';

/**
 * A state machine as data: the states an aggregate's status column may hold, the events
 * that move it, and one transition table. Every module with a status declares its machine
 * in its `states.ts` with `defineMachine`; services move a status only with `fire`, and
 * other modules ask `can` instead of re-deriving which states allow what. `checkGraph`
 * is what the machine test runs over every machine.
 */
export interface Machine<S extends string, E extends string> {
  /** What the status belongs to, in snake_case ("order", "plan_stage"): names the machine in errors. */
  readonly name: string;
  readonly states: readonly S[];
  /** The states a new aggregate is created in. */
  readonly initial: readonly S[];
  /** The states nothing leaves: the graph check holds them to having no exits. */
  readonly terminal: readonly S[];
  readonly transitions: { readonly [K in S]: Partial<Record<E, S>> };
}

export type StateOf<M> = M extends Machine<infer S, string> ? S : never;
export type EventOf<M> = M extends Machine<string, infer E> ? E : never;

export function defineMachine<const S extends string, const E extends string>(machine: {
  name: string;
  states: readonly S[];
  initial: readonly S[];
  terminal: readonly S[];
  transitions: { [K in S]: Partial<Record<E, S>> };
}): Machine<S, E> {
  return machine;
}

/** The state `event` leads to from `from`, or undefined when the table has no such edge. */
export function target<S extends string, E extends string>(machine: Machine<S, E>, from: S, event: E): S | undefined {
  return (machine.transitions[from] as Partial<Record<E, S>> | undefined)?.[event];
}

export function can<S extends string, E extends string>(machine: Machine<S, E>, from: S, event: E): boolean {
  return target(machine, from, event) !== undefined;
}

/** The events the table allows from `from`. */
export function allowedEvents<S extends string, E extends string>(machine: Machine<S, E>, from: S): E[] {
  return Object.keys(machine.transitions[from] ?? {}) as E[];
}

/** The states from which `event` is allowed: what a bulk update (cancel every open row) may touch. */
export function statesThatCan<S extends string, E extends string>(machine: Machine<S, E>, event: E): S[] {
  return machine.states.filter((state) => can(machine, state, event));
}

/** Whether nothing leaves `state` any more. */
export function isTerminal<S extends string, E extends string>(machine: Machine<S, E>, state: S): boolean {
  return machine.terminal.includes(state);
}

export interface FireOptions {
  /** A more specific stable code than `invalid_transition`, when the module's API has one. */
  code?: ErrorCode;
  /** The 409's detail; by default it names the machine, the state, the event and what is allowed. */
  detail?: string;
  meta?: Record<string, unknown>;
}

/**
 * The state `event` leads to from `from`, or a DomainError (409 `invalid_transition` unless
 * `options.code` says otherwise) whose meta names the machine, the state, the event and
 * what the state allows instead.
 */
export function fire<S extends string, E extends string>(machine: Machine<S, E>, from: S, event: E, options: FireOptions = {}): S {
  const next = target(machine, from, event);
  if (next !== undefined) return next;
  const allowed = allowedEvents(machine, from);
  const label = machine.name.replace(/_/g, ' ');
  throw new DomainError(
    options.code ?? 'invalid_transition',
    options.detail ?? `The ${label} is in status "${from}" and cannot "${event}"` + (allowed.length ? `; it can: ${allowed.join(', ')}` : '; it is closed'),
    { meta: { machine: machine.name, state: from, event, allowed, ...options.meta } },
  );
}

/**
 * What is wrong with a machine's graph, as sentences (empty when nothing is): an edge to an
 * unknown state, a state with no row, a state no initial state reaches, a terminal state
 * with exits, or a state with no exits that is not declared terminal.
 */
export function checkGraph<S extends string, E extends string>(machine: Machine<S, E>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(machine.states);
  const name = machine.name;
  for (const state of [...machine.initial, ...machine.terminal]) {
    if (!known.has(state)) problems.push(`${name}: "${state}" is declared initial or terminal but is not a state`);
  }
  for (const row of Object.keys(machine.transitions)) {
    if (!known.has(row)) problems.push(`${name}: the table has a row for the unknown state "${row}"`);
  }
  for (const state of machine.states) {
    const exits = machine.transitions[state];
    if (!exits) {
      problems.push(`${name}: "${state}" has no row in the table`);
      continue;
    }
    for (const [event, to] of Object.entries(exits) as [string, string][]) {
      if (!known.has(to)) problems.push(`${name}: "${state}" --${event}--> the unknown state "${to}"`);
    }
    const isTerminal = machine.terminal.includes(state);
    const hasExits = Object.keys(exits).length > 0;
    if (isTerminal && hasExits) problems.push(`${name}: the terminal state "${state}" has exits`);
    if (!isTerminal && !hasExits) problems.push(`${name}: "${state}" has no exits but is not declared terminal`);
  }
  const reached = new Set<string>(machine.initial);
  const queue: string[] = [...machine.initial];
  while (queue.length) {
    const state = queue.shift()!;
    for (const to of Object.values(machine.transitions[state as S] ?? {}) as string[]) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const state of machine.states) {
    if (!reached.has(state)) problems.push(`${name}: "${state}" cannot be reached from ${machine.initial.join(' or ')}`);
  }
  return problems;
}
