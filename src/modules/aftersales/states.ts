import { defineMachine } from '../../platform/fsm.js';

/**
 * An after-sales case (SPEC §9): open until someone responds, owned while worked, then
 * resolved and waiting for the customer to confirm they are satisfied before it closes.
 */
export const caseStatuses = ['open', 'in_progress', 'awaiting_confirmation', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export type CaseEvent = 'claim' | 'resolve' | 'confirm' | 'reopen';

/**
 * The first responder claims an open case and owns it; the owner works on it (contacts,
 * hand-overs, returns and replacements leave the status as it is) and resolves it. The
 * customer then confirms (the case closes) or is not satisfied (it goes back to the owner).
 * A closed case takes nothing more.
 */
export const caseMachine = defineMachine({
  name: 'case',
  states: caseStatuses,
  initial: ['open'],
  terminal: ['closed'],
  transitions: {
    open: { claim: 'in_progress' },
    in_progress: { resolve: 'awaiting_confirmation' },
    awaiting_confirmation: { confirm: 'closed', reopen: 'in_progress' },
    closed: {},
  } satisfies Record<CaseStatus, Partial<Record<CaseEvent, CaseStatus>>>,
});

/** A return authorisation (SPEC §9): authorised, received (and inspected), refunded. */
export const rmaStatuses = ['authorised', 'received', 'refunded'] as const;
export type RmaStatus = (typeof rmaStatuses)[number];
export type RmaEvent = 'receive' | 'refund';

export const rmaMachine = defineMachine({
  name: 'return',
  states: rmaStatuses,
  initial: ['authorised'],
  terminal: ['refunded'],
  transitions: {
    authorised: { receive: 'received' },
    received: { refund: 'refunded' },
    refunded: {},
  } satisfies Record<RmaStatus, Partial<Record<RmaEvent, RmaStatus>>>,
});
