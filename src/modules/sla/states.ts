import { defineMachine } from '../../platform/fsm.js';

/**
 * An SLA clock: open until the step its deadline asks for is done on time (met) or the
 * deadline passes (missed, which stays missed when the step is done late); stopped when
 * the order is cancelled first. A missed clock of an order cancelled or completed is
 * settled: it stays missed, but nothing is pending on it any more.
 */
export const slaStatuses = ['open', 'met', 'missed', 'stopped'] as const;
export type SlaStatus = (typeof slaStatuses)[number];
export type SlaEvent =
  /** The step is done before the deadline. */
  | 'meet'
  /** The scan finds the deadline passed. */
  | 'miss'
  /** The step is done after the deadline. */
  | 'close_late'
  /** Someone says why the deadline was missed. */
  | 'explain'
  /** The order is cancelled or completed: an open clock stops, a missed one is settled (stays missed, no longer pending). */
  | 'stop';

export const slaMachine = defineMachine({
  name: 'sla_clock',
  states: slaStatuses,
  // A clock whose step was already done when the order came in opens met.
  initial: ['open', 'met'],
  terminal: ['met', 'stopped'],
  transitions: {
    open: { meet: 'met', miss: 'missed', close_late: 'missed', explain: 'missed', stop: 'stopped' },
    missed: { close_late: 'missed', explain: 'missed', stop: 'missed' },
    met: {},
    stopped: {},
  } satisfies Record<SlaStatus, Partial<Record<SlaEvent, SlaStatus>>>,
});
