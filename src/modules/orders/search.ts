import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { prefixPattern, queryRows } from '../../platform/db/sql.js';
import { afterSearchCursor, exactNumber, numberPrefixCutoff, numberScore, rankedCandidates, snippetAround, substringMatches, textMatches, textScore, twoCharacterMatch, twoCharacterTest, type SearchCursor, type SearchHit, type SearchTerms } from '../../platform/search.js';
import { lineSearchDocument, orderSearchDocument } from './schema.js';

interface OrderHitRow {
  id: string;
  number: string;
  customer_name: string;
  status: string;
  at: Date | string;
  document: string;
  lines: string | null;
  score: number;
}

/**
 * Orders matching what was asked, for search: by number (exact first, then a prefix), the
 * customer's name, the notes, or a line's SKU or product name (any part of them). A number is
 * assigned at commit, so an order being taken in is never found half-made.
 */
export async function searchOrders(db: Executor, terms: SearchTerms, cursor: SearchCursor | undefined, limit: number, bound?: number): Promise<SearchHit[]> {
  // The orders matched by their own text or by a line, each branch on its own index: one
  // OR across the two tables would leave the planner nothing but reading every order. Only the
  // newest matches are ranked (`rankedCandidates`), and a line scores in one pass over theirs.
  const lineMatch = twoCharacterMatch(lineSearchDocument, terms) ?? substringMatches(lineSearchDocument, terms);
  const documentMatch = twoCharacterMatch(orderSearchDocument, terms) ?? textMatches(orderSearchDocument, terms);
  const since = await numberPrefixCutoff(db, { table: sql`orders`, number: sql`number`, at: sql`received_at` }, terms, bound);
  const candidates = rankedCandidates(
    {
      table: sql`orders`,
      newest: sql`received_at DESC, id DESC`,
      found: (newer) => sql`SELECT id FROM orders WHERE ${documentMatch} AND ${newer} UNION ALL SELECT l.order_id FROM order_lines l WHERE ${lineMatch}`,
      test: sql`(number IS NOT NULL AND (${twoCharacterTest(orderSearchDocument, terms) ?? documentMatch} OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.id AND ${lineMatch})))`,
      exact: exactNumber(sql`number`, terms),
      since,
    },
    bound,
  );
  const rows = await queryRows<OrderHitRow>(
    db,
    sql`WITH matched AS MATERIALIZED ${candidates},
    line_hits AS (
      SELECT l.order_id, max(${textScore(lineSearchDocument, terms)}) AS score FROM order_lines l WHERE l.order_id IN (SELECT id FROM matched) AND ${lineMatch} GROUP BY l.order_id
    )
    SELECT * FROM (
      SELECT o.id, o.number, o.customer_name, o.status, o.received_at AS at, ${orderSearchDocument} AS document,
        (SELECT string_agg(l.sku || ' ' || l.name, ' / ' ORDER BY l.line_no) FROM order_lines l WHERE l.order_id = o.id) AS lines,
        greatest(${numberScore(sql`o.number`, orderSearchDocument, terms, prefixPattern(terms.text))}, lh.score) AS score
      FROM matched
      JOIN orders o ON o.id = matched.id
      LEFT JOIN line_hits lh ON lh.order_id = o.id
    ) ranked
    WHERE ${afterSearchCursor(cursor, 'order')}
    ORDER BY score DESC, at DESC, id DESC
    LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    kind: 'order',
    id: r.id,
    number: r.number,
    title: r.lines ?? '',
    snippet: snippetAround(`${r.document} ${r.lines ?? ''}`, terms.text),
    customerName: r.customer_name,
    status: r.status,
    at: new Date(r.at),
    score: Number(r.score),
    link: `/orders/${r.id}`,
  }));
}
