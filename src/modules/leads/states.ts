import { defineMachine } from '../../platform/fsm.js';

/**
 * A sales lead (SPEC §1): new until someone reached them, contacted, qualified (a real need
 * and budget), then converted into a customer or lost. Converting is its own operation
 * (`/convert`: it creates the customer); a manager may reopen a lost lead, which starts anew.
 */
export const leadStatuses = ['new', 'contacted', 'qualified', 'converted', 'lost'] as const;
export type LeadStatus = (typeof leadStatuses)[number];
export const leadEvents = ['contact', 'qualify', 'convert', 'lose', 'reopen'] as const;
export type LeadEvent = (typeof leadEvents)[number];
/** The events the transitions endpoint takes; `convert` has its own endpoint. */
export const movingEvents = ['contact', 'qualify', 'lose', 'reopen'] as const satisfies readonly LeadEvent[];
export type MovingEvent = (typeof movingEvents)[number];

export const leadMachine = defineMachine({
  name: 'lead',
  states: leadStatuses,
  initial: ['new'],
  terminal: ['converted'],
  transitions: {
    new: { contact: 'contacted', qualify: 'qualified', lose: 'lost' },
    contacted: { qualify: 'qualified', lose: 'lost' },
    qualified: { convert: 'converted', lose: 'lost' },
    converted: {},
    lost: { reopen: 'new' },
  } satisfies Record<LeadStatus, Partial<Record<LeadEvent, LeadStatus>>>,
});

/** The statuses of a lead still being worked (its duplicates are worth a warning). */
export const openLeadStatuses: readonly LeadStatus[] = ['new', 'contacted', 'qualified'];
