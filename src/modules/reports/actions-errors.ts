import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes of improvement actions; each names the field at fault. */
export const improvementActionErrors = {
  action_figure_unknown: { status: 422, title: "The month's report has no such figure" },
  action_baseline_missing: { status: 422, title: 'The figure had no value that month to start from' },
  action_target_wrong_way: { status: 422, title: 'The target lies on the wrong side of the baseline for the direction' },
  action_owner_unknown: { status: 422, title: 'The owner is not an active member of staff' },
  action_due_past: { status: 422, title: 'The due date has already passed' },
  action_month_in_future: { status: 422, title: 'The month has not begun yet' },
  action_closed: { status: 409, title: 'The action is done or dropped and cannot change' },
  action_transition_invalid: { status: 409, title: 'The action cannot move that way from its status' },
  action_owner_only: { status: 403, title: 'Only its owner or a manager may complete the action' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    improvementActions: typeof improvementActionErrors;
  }
}
