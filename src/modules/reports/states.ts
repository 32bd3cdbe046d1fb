import { defineMachine } from '../../platform/fsm.js';

/** An improvement action is open until its owner or a manager says it is done, or a manager drops it. */
export const improvementActionStatuses = ['open', 'done', 'dropped'] as const;
export type ImprovementActionStatus = (typeof improvementActionStatuses)[number];
export const improvementActionEvents = ['complete', 'drop'] as const;
export type ImprovementActionEvent = (typeof improvementActionEvents)[number];

export const improvementActionMachine = defineMachine({
  name: 'improvement_action',
  states: improvementActionStatuses,
  initial: ['open'],
  terminal: ['done', 'dropped'],
  transitions: {
    open: { complete: 'done', drop: 'dropped' },
    done: {},
    dropped: {},
  } satisfies Record<ImprovementActionStatus, Partial<Record<ImprovementActionEvent, ImprovementActionStatus>>>,
});
