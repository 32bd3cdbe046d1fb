import { defineMachine } from '../fsm.js';

/** A background job: queued until a worker claims it, then done, queued again for a retry, or dead. */
export const jobStatuses = ['queued', 'running', 'done', 'dead'] as const;
export type JobStatus = (typeof jobStatuses)[number];
export type JobEvent =
  /** A worker takes it under a lease; a running job whose lease ran out is claimed again. */
  | 'claim'
  | 'succeed'
  /** It failed with attempts left: it runs again later. */
  | 'fail'
  /** It failed for good, or its worker died on the last attempt. */
  | 'give_up'
  /** An administrator gives a dead job a fresh set of attempts. */
  | 'retry';

/** The worker moves jobs in SQL (claiming many at once); this table is what that SQL follows. */
export const jobMachine = defineMachine({
  name: 'job',
  states: jobStatuses,
  initial: ['queued'],
  terminal: ['done'],
  transitions: {
    queued: { claim: 'running' },
    running: { claim: 'running', succeed: 'done', fail: 'queued', give_up: 'dead' },
    dead: { retry: 'queued' },
    done: {},
  } satisfies Record<JobStatus, Partial<Record<JobEvent, JobStatus>>>,
});
