import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/connect.js';
import { prefixPattern, queryRows } from '../../platform/db/sql.js';
import { afterSearchCursor, documentCandidates, numberScore, snippetAround, type SearchCursor, type SearchHit, type SearchTerms } from '../../platform/search.js';
import { feedbackSearchDocument } from './schema.js';

interface FeedbackHitRow {
  id: string;
  order_id: string;
  order_number: string;
  customer_name: string;
  comments: string | null;
  suggestions: string | null;
  at: Date | string;
  document: string;
  score: number;
}

/**
 * Feedback matching what was asked, for search: by the order's number, the customer's name,
 * the comments or the suggestions. A record has no page of its own: it opens on its order.
 */
export async function searchFeedback(db: Executor, terms: SearchTerms, cursor: SearchCursor | undefined, limit: number, bound?: number): Promise<SearchHit[]> {
  const rows = await queryRows<FeedbackHitRow>(
    db,
    sql`SELECT * FROM (
      SELECT f.id, f.order_id, f.order_number, f.customer_name, f.comments, f.suggestions, f.recorded_at AS at, ${feedbackSearchDocument} AS document,
        ${numberScore(sql`f.order_number`, feedbackSearchDocument, terms, prefixPattern(terms.text))} AS score
      FROM ${await documentCandidates(db, { table: sql`feedback`, at: sql`recorded_at`, number: sql`order_number`, document: feedbackSearchDocument }, terms, bound)} matched
      JOIN feedback f ON f.id = matched.id
    ) ranked
    WHERE ${afterSearchCursor(cursor, 'feedback')}
    ORDER BY score DESC, at DESC, id DESC
    LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    kind: 'feedback',
    id: r.id,
    number: r.order_number,
    title: r.comments ?? r.suggestions ?? '',
    snippet: snippetAround(r.document, terms.text),
    customerName: r.customer_name,
    status: null,
    at: new Date(r.at),
    score: Number(r.score),
    link: `/orders/${r.order_id}`,
  }));
}
