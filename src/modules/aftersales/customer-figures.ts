import { sql, type SQL } from 'drizzle-orm';
import { cases } from './schema.js';
import type { CaseStatus } from './states.js';

const done: CaseStatus = 'closed';

/** Each customer with after-sales cases not yet closed, as a sub-query: `customer_id`, `open_cases`. */
export function customerOpenCases(): SQL {
  return sql`SELECT ${cases.customerId} AS customer_id, count(*)::int AS open_cases
    FROM ${cases} WHERE ${cases.status} <> ${done} GROUP BY ${cases.customerId}`;
}
