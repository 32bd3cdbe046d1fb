import { defineMachine } from '../../platform/fsm.js';

/** What a person decides on the step waiting for them. */
export type Decision = 'approve' | 'reject' | 'return';

/** How an order's review stands: its current round under way, or how that round ended. */
export const reviewStatuses = ['in_progress', 'approved', 'rejected', 'returned', 'cancelled'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export type ReviewEvent =
  /** A step is approved and the next one waits. */
  | 'pass_step'
  | Decision
  /** The order is resubmitted, or changed materially after intake: a new round starts, waiting for people … */
  | 'restart'
  /** … or approved by the system at once. */
  | 'auto_approve'
  /** The order is cancelled while under review. */
  | 'cancel';

export const reviewMachine = defineMachine({
  name: 'review',
  states: reviewStatuses,
  initial: ['in_progress', 'approved'],
  terminal: ['cancelled'],
  transitions: {
    // A round under way or approved restarts when the order is changed materially after intake (orders/changes.ts).
    in_progress: { pass_step: 'in_progress', approve: 'approved', reject: 'rejected', return: 'returned', cancel: 'cancelled', restart: 'in_progress', auto_approve: 'approved' },
    rejected: { restart: 'in_progress', auto_approve: 'approved' },
    returned: { restart: 'in_progress', auto_approve: 'approved' },
    approved: { restart: 'in_progress', auto_approve: 'approved' },
    cancelled: {},
  } satisfies Record<ReviewStatus, Partial<Record<ReviewEvent, ReviewStatus>>>,
});

/**
 * A step of a round: pending (not reached), waiting (in its role's inbox), decided, not
 * reached (the round ended before it, or the order was cancelled) or superseded (a later
 * round replaced it). A step the system's checks pass is created approved.
 */
export const reviewStepStatuses = ['pending', 'waiting', 'approved', 'rejected', 'returned', 'not_reached', 'superseded'] as const;
export type ReviewStepStatus = (typeof reviewStepStatuses)[number];
export type ReviewStepEvent = 'reach' | Decision | 'end_round' | 'supersede';

export const reviewStepMachine = defineMachine({
  name: 'review_step',
  states: reviewStepStatuses,
  initial: ['pending', 'waiting', 'approved'],
  terminal: ['approved', 'rejected', 'returned', 'not_reached', 'superseded'],
  transitions: {
    pending: { reach: 'waiting', end_round: 'not_reached', supersede: 'superseded' },
    waiting: { approve: 'approved', reject: 'rejected', return: 'returned', end_round: 'not_reached', supersede: 'superseded' },
    approved: {},
    rejected: {},
    returned: {},
    not_reached: {},
    superseded: {},
  } satisfies Record<ReviewStepStatus, Partial<Record<ReviewStepEvent, ReviewStepStatus>>>,
});

/** The states a person's decision leaves a step in: deciding it again is refused as already decided. */
export const decidedStepStatuses: readonly ReviewStepStatus[] = ['approved', 'rejected', 'returned'];
