import type { Sentences } from '../../platform/messages.js';

/**
 * What a task asks for, by code (`messages.task.<code>` in the console's locale files), with
 * the English sentence API clients read in `summary`.
 */
export const taskSummaries = {
  'task.clarify_exceptions': (p) => `Clarify with the customer: ${(p.findings as string[] | undefined)?.join(', ') ?? ''}`,
  'task.review_rejected': (p) => `Rejected at the ${String(p.step)} step: ${String(p.comment)}`,
  'task.review_returned': (p) => `Sent back at the ${String(p.step)} step: ${String(p.comment)}`,
  'task.pre_delivery_check': (p) =>
    `Before delivery on ${String(p.date)}: re-check quantity and specification (${String(p.goods)}) and the address (${String(p.address ?? p.deliveryMethod)}); confirm the time with the customer`,
  'task.aftersales_contact': (p) => `Contact the customer about the ${String(p.caseType)} case and propose replacement, reshipment or refund${p.detail ? `: ${String(p.detail)}` : ''}`,
  'task.aftersales_follow_up': (p) => `Follow-up visit: ask the customer whether the ${String(p.caseType)} case stayed resolved (${String(p.resolution)})`,
  'task.return_visit': (p) => `Return visit to ${String(p.customer)}: ${String(p.tier)} customers are visited every ${String(p.everyDays)} days; last contact ${String(p.lastContactAt)}`,
  'task.return_visit_first': (p) => `Return visit to ${String(p.customer)}: ${String(p.tier)} customers are visited every ${String(p.everyDays)} days; no contact recorded yet`,
  /** One customer's follow-up from a segment: whom to reach, from which segment, and the note for them all. */
  'task.segment_follow_up': (p) => `Follow up with ${String(p.customer)} (segment "${String(p.segment)}"): ${String(p.note)}`,
  /** A follow-up of a sales lead: whom to reach and the note. */
  'task.lead_follow_up': (p) => `Follow up with the lead ${String(p.lead)}: ${String(p.note)}`,
  /** A person's own words: a call or visit someone scheduled, or a task from before codes. */
  'task.note': (p) => String(p.note),
} satisfies Sentences<string>;
export type TaskSummaryCode = keyof typeof taskSummaries;
export const taskSummaryCodes = Object.keys(taskSummaries) as TaskSummaryCode[];
