import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { prefixPattern, queryRows } from '../../platform/db/sql.js';
import { afterSearchCursor, documentCandidates, numberScore, snippetAround, type SearchCursor, type SearchHit, type SearchTerms } from '../../platform/search.js';
import { caseSearchDocument } from './schema.js';

interface CaseHitRow {
  id: string;
  order_number: string | null;
  customer_name: string;
  status: string;
  summary: string;
  at: Date | string;
  document: string;
  score: number;
}

/** After-sales cases matching what was asked, for search: by the order's number, the customer's name, the summary or the resolution. */
export async function searchCases(db: Executor, terms: SearchTerms, cursor: SearchCursor | undefined, limit: number, bound?: number): Promise<SearchHit[]> {
  const rows = await queryRows<CaseHitRow>(
    db,
    sql`SELECT * FROM (
      SELECT c.id, c.order_number, c.customer_name, c.status, c.summary, c.opened_at AS at, ${caseSearchDocument} AS document,
        ${numberScore(sql`c.order_number`, caseSearchDocument, terms, prefixPattern(terms.text))} AS score
      FROM ${await documentCandidates(db, { table: sql`aftersales_cases`, at: sql`opened_at`, number: sql`order_number`, document: caseSearchDocument }, terms, bound)} matched
      JOIN aftersales_cases c ON c.id = matched.id
    ) ranked
    WHERE ${afterSearchCursor(cursor, 'case')}
    ORDER BY score DESC, at DESC, id DESC
    LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    kind: 'case',
    id: r.id,
    number: r.order_number,
    title: r.summary,
    snippet: snippetAround(r.document, terms.text),
    customerName: r.customer_name,
    status: r.status,
    at: new Date(r.at),
    score: Number(r.score),
    link: `/cases/${r.id}`,
  }));
}
