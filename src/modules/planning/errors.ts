import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const planningErrors = {
  stage_role_required: { status: 403, title: 'This plan stage belongs to another role' },
  plan_cancelled: { status: 409, title: 'The order was cancelled; its plan is closed' },
  stage_out_of_order: { status: 409, title: 'An earlier plan stage is not done yet' },
  stage_already_done: { status: 409, title: 'This plan stage is already done' },
  stage_blocked: { status: 409, title: 'This plan stage waits for the customer to confirm a substitute' },
  delay_not_awaiting_customer: { status: 409, title: 'This delay report does not wait for the customer' },
  stage_assignee_inactive: { status: 409, title: 'This person is deactivated and cannot take a plan stage' },
  stage_assignee_role_missing: { status: 422, title: "This person does not have the stage's role" },
  invalid_plan_template: { status: 422, title: 'The plan template is not valid' },
  delay_report_late: { status: 422, title: 'Delays must be reported within 30 minutes of being known' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    planning: typeof planningErrors;
  }
}
