import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const tasksErrors = {
  task_role_required: { status: 403, title: 'This task belongs to another role' },
  task_closed: { status: 409, title: 'This task is already done' },
  task_on_lead: { status: 409, title: "A lead's follow-up is done on the lead, with its outcome" },
  assignee_inactive: { status: 409, title: 'This person is deactivated and cannot hold tasks' },
  assignee_role_missing: { status: 422, title: "This person does not have the task's role" },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    tasks: typeof tasksErrors;
  }
}
