/**
 * Every job kind and its payload. Platform's own are here; a module adds its kinds in its
 * `module.ts` by merging members into this interface, so a kind nobody declared, or a
 * payload of the wrong shape, does not compile where it is queued or handled.
 */
export interface JobPayloads {
  'maintenance.purge': ScheduledRun;
}

export type JobKind = keyof JobPayloads & string;

/** What a recurring job's run carries: the slot of the schedule it was queued for. */
export interface ScheduledRun {
  scheduledFor: string;
}
