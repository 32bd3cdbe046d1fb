import { defineMachine } from '../../platform/fsm.js';

/** A task is open until someone (or the step it asked for) completes it. */
export const taskStatuses = ['open', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export type TaskEvent = 'complete';

export const taskMachine = defineMachine({
  name: 'task',
  states: taskStatuses,
  initial: ['open'],
  terminal: ['done'],
  transitions: {
    open: { complete: 'done' },
    done: {},
  } satisfies Record<TaskStatus, Partial<Record<TaskEvent, TaskStatus>>>,
});
