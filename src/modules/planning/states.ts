import { defineMachine } from '../../platform/fsm.js';

/** A stage of an order's execution plan (SPEC §6). */
export const planStageStatuses = ['pending', 'in_progress', 'delayed', 'blocked', 'done', 'cancelled'] as const;
export type PlanStageStatus = (typeof planStageStatuses)[number];
export type PlanStageEvent =
  /** Its owner reports work under way. */
  | 'start'
  /** Its owner reports it done. */
  | 'finish'
  /** A delay is reported and the plan moves. */
  | 'delay'
  /** A substitute material is proposed: the stage waits for the customer. */
  | 'block'
  /** The customer accepts the substitute: the delay applies. */
  | 'accept_substitute'
  /** The customer declines the substitute: the stage goes back to where it was, started or not. */
  | 'resume'
  | 'release'
  /** Fulfilment: the first goods leave or the service begins (delivery stages only). */
  | 'dispatch'
  /** Fulfilment: the order is delivered (delivery stages only). */
  | 'deliver'
  /** The order is cancelled. */
  | 'cancel';

/**
 * A delayed stage stays delayed while it runs, so the plan shows where the time went; a
 * blocked one takes no progress and no other delay until the customer answers.
 */
export const planStageMachine = defineMachine({
  name: 'plan_stage',
  states: planStageStatuses,
  initial: ['pending'],
  terminal: ['done', 'cancelled'],
  transitions: {
    pending: { start: 'in_progress', finish: 'done', delay: 'delayed', block: 'blocked', dispatch: 'in_progress', deliver: 'done', cancel: 'cancelled' },
    in_progress: { start: 'in_progress', finish: 'done', delay: 'delayed', block: 'blocked', dispatch: 'in_progress', deliver: 'done', cancel: 'cancelled' },
    delayed: { start: 'delayed', finish: 'done', delay: 'delayed', block: 'blocked', dispatch: 'delayed', deliver: 'done', cancel: 'cancelled' },
    blocked: { accept_substitute: 'delayed', resume: 'in_progress', release: 'pending', dispatch: 'in_progress', deliver: 'done', cancel: 'cancelled' },
    done: {},
    cancelled: {},
  } satisfies Record<PlanStageStatus, Partial<Record<PlanStageEvent, PlanStageStatus>>>,
});

/** A delay report: applied at once, or (a substitute material) awaiting the customer, who accepts or declines. */
export const planDelayStatuses = ['applied', 'awaiting_customer', 'declined'] as const;
export type PlanDelayStatus = (typeof planDelayStatuses)[number];
export type PlanDelayEvent = 'accept' | 'decline';

export const planDelayMachine = defineMachine({
  name: 'plan_delay',
  states: planDelayStatuses,
  initial: ['applied', 'awaiting_customer'],
  terminal: ['applied', 'declined'],
  transitions: {
    awaiting_customer: { accept: 'applied', decline: 'declined' },
    applied: {},
    declined: {},
  } satisfies Record<PlanDelayStatus, Partial<Record<PlanDelayEvent, PlanDelayStatus>>>,
});
