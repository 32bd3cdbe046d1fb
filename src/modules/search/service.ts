/*
 * Search (issue 14): one question across orders, after-sales cases and feedback. Each module
 * answers its own part through its door, ranked the same way (platform/search.ts); this merges
 * them and keeps the best `limit`, so a page never skips a hit whichever module holds it.
 * Each kind ranks its newest `rankedMatches` matches and the exact number, not every match.
 */
import type { Executor } from '../../platform/db/connect.js';
import { DomainError } from '../../platform/http/errors.js';
import { bestFirst, decodeSearchCursor, encodeSearchCursor, searchTerms, type SearchSource } from '../../platform/search.js';
import { searchCases } from '../aftersales/service.js';
import { searchFeedback } from '../feedback/service.js';
import { searchOrders } from '../orders/service.js';
import { searchKinds, searchLimits, type SearchAnswer, type SearchKind } from './contract.js';

export { searchKinds, type SearchKind } from './contract.js';

const sources: Record<SearchKind, SearchSource> = { order: searchOrders, case: searchCases, feedback: searchFeedback };

/** What each kind needs: the permission its own list asks for. */
const readPermission: Record<SearchKind, string> = { order: 'orders:read', case: 'aftersales:read', feedback: 'feedback:read' };

/** The kinds asked for (all when none) that the reader may read. */
export function readableKinds(permissions: ReadonlySet<string>, asked?: string): SearchKind[] {
  const wanted = asked ? new Set(asked.split(',')) : new Set<string>(searchKinds);
  return searchKinds.filter((kind) => wanted.has(kind) && permissions.has(readPermission[kind]));
}

/** The question as searched: trimmed, spaces run together, between the limits (in characters, not bytes). */
export function checkedQuestion(q: string): string {
  const text = q.trim().replace(/\s+/g, ' ');
  const length = [...text].length;
  const errors = (code: string, message: string) => [{ path: '/q', in: 'query' as const, code, message }];
  if (length < searchLimits.minLength) {
    throw new DomainError('search_query_too_short', `Search for at least ${searchLimits.minLength} characters`, {
      errors: errors('search_query_too_short', `has fewer than ${searchLimits.minLength} characters`),
      meta: { minLength: searchLimits.minLength },
    });
  }
  if (length > searchLimits.maxLength) {
    throw new DomainError('search_query_too_long', `Search for at most ${searchLimits.maxLength} characters`, {
      errors: errors('search_query_too_long', `has more than ${searchLimits.maxLength} characters`),
      meta: { maxLength: searchLimits.maxLength },
    });
  }
  return text;
}

/** `bound`: how many of each kind's newest matches are ranked (`rankedMatches` unless a test sets fewer). */
export async function search(db: Executor, kinds: readonly SearchKind[], query: { q: string; limit: number; cursor?: string; bound?: number }): Promise<SearchAnswer> {
  const terms = searchTerms(checkedQuestion(query.q));
  const cursor = query.cursor ? decodeSearchCursor(query.cursor) : undefined;
  const hits = (await Promise.all(kinds.map((kind) => sources[kind](db, terms, cursor, query.limit + 1, query.bound)))).flat().sort(bestFirst);
  const page = hits.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ score: _score, at, ...hit }) => ({ ...hit, at: at.toISOString() })),
    nextCursor: hits.length > query.limit && last ? encodeSearchCursor(last) : null,
    kinds: [...kinds],
  };
}
