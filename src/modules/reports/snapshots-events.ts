import type { Audience } from '../identity/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /** A month's report was closed into its snapshot (SPEC §11: ready for the managers). */
    'report.month_closed': { month: string; audience: Audience };
  }
}
