import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './db/connect.js';
import { containsPattern, prefixPattern, queryRows } from './db/sql.js';
import { decodeCursor, encodeCursor } from './http/pagination.js';

/**
 * One thing search found, as the module that keeps it reports it (an order, an after-sales
 * case, a feedback record). `score` orders the hits across modules: an exact number first
 * (4 000 000), then a number's prefix (2 000 000 to 3 000 000), then how well the text matched (up
 * to 1 000 000). `snippet` is the matched part of the text with some words around it.
 */
export interface SearchHit {
  kind: 'order' | 'case' | 'feedback';
  id: string;
  number: string | null;
  title: string;
  snippet: string;
  customerName: string;
  status: string | null;
  at: Date;
  score: number;
  /** Where the console shows it. */
  link: string;
}

/** What was asked, once checked: the words as typed (trimmed), and as a literal `%…%` pattern. */
export interface SearchTerms {
  text: string;
  pattern: string;
}

export function searchTerms(text: string): SearchTerms {
  return { text, pattern: containsPattern(text) };
}

/** Where the previous page ended: hits run best first, then newest, then by kind and id descending. */
export interface SearchCursor {
  score: number;
  at: string;
  kind: string;
  id: string;
}

export function decodeSearchCursor(cursor: string): SearchCursor {
  const [score, at, kind, id] = decodeCursor(cursor, ['int', 'timestamp', 'text', 'uuid']);
  return { score, at, kind, id };
}

export function encodeSearchCursor(hit: SearchHit): string {
  return encodeCursor([hit.score, hit.at.toISOString(), hit.kind, hit.id]);
}

/** The hits of one kind after the cursor in search order (`score`, `at`, `id` are the columns of the ranked sub-query). */
export function afterSearchCursor(cursor: SearchCursor | undefined, kind: string): SQL {
  if (!cursor) return sql`true`;
  // A kind sorts after another at the same score and instant by its name, as `bestFirst` does.
  const atTie = kind < cursor.kind ? sql`at <= ${cursor.at}::timestamptz` : kind > cursor.kind ? sql`at < ${cursor.at}::timestamptz` : sql`(at, id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
  return sql`(score < ${cursor.score} OR (score = ${cursor.score} AND ${atTie}))`;
}

/** Search order: best score first, then newest, then kind and id descending (as `afterSearchCursor` pages). */
export function bestFirst(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || b.at.getTime() - a.at.getTime() || (a.kind === b.kind ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.kind < b.kind ? 1 : -1);
}

/**
 * Whether `document` holds what was asked: as a substring (ILIKE served by the trigram index;
 * Chinese has no spaces, so a word is found inside a sentence) or as Latin words in any order
 * (full text). Near matches (`<%`) are left out: numbers share most trigrams with the month's
 * other numbers, and 202605 would find every order of June.
 */
export function textMatches(document: SQL, terms: SearchTerms): SQL {
  // One word of letters and digits is one token, its own text lower-cased: a document with that
  // token holds it as a substring, so full text adds nothing. Left out, it is not computed for
  // every row a scan or a walk tests (some 10 µs each).
  if (oneWord.test(terms.text)) return sql`(${document} ILIKE ${terms.pattern})`;
  return sql`(${document} ILIKE ${terms.pattern} OR to_tsvector('simple', ${document}) @@ plainto_tsquery('simple', ${terms.text}))`;
}

/** Letters and decimal digits only (not ², which the full-text parser drops). */
const oneWord = /^[\p{L}\p{Nd}]+$/u;

/**
 * Whether `document` holds a two-character term (a Chinese word is often two), for a document
 * with a `text_bigrams` GIN index: the index narrows by the term's one piece (`&&`, which needs
 * no recheck) and the substring decides. pg_trgm makes no trigram of two characters, so
 * `textMatches` would read every row. Undefined for a term of another length.
 * The substring is compared on `document || ''`, the same text, so that a trigram index of the
 * document is not offered for it: with no trigram to look up it returns every row (at 1,000,000
 * orders the planner ANDed 636,000 of them with the 69,000 the pieces found, 2.4 s). It comes
 * first because it is the cheaper test where rows are checked one by one (a walk).
 */
export function twoCharacterMatch(document: SQL, terms: SearchTerms): SQL | undefined {
  return [...terms.text].length === 2 ? sql`((${document} || '') ILIKE ${terms.pattern} AND text_bigrams(${document}) && text_bigrams(${terms.text}::text))` : undefined;
}

/**
 * `twoCharacterMatch` for a row already in hand (a walk, or ids an index found): the substring
 * alone, which is what decides; the pieces only narrow an index scan, and computing them for one
 * row (`text_bigrams` splits the whole text) costs far more than the comparison: 0.4 ms a row on
 * PGlite. Undefined for a term of another length.
 */
export function twoCharacterTest(document: SQL, terms: SearchTerms): SQL | undefined {
  return [...terms.text].length === 2 ? sql`((${document} || '') ILIKE ${terms.pattern})` : undefined;
}

/** Whether `document` holds what was asked as a substring only: for short texts with no full-text index (a SKU and a product name). */
export function substringMatches(document: SQL, terms: SearchTerms): SQL {
  return sql`${document} ILIKE ${terms.pattern}`;
}

/** How well `document` matched, 0 to 1 000 000: half for holding the words as typed, half for the closest match of trigrams or words. */
export function textScore(document: SQL, terms: SearchTerms): SQL {
  return sql`round(1000000 * (
    CASE WHEN ${document} ILIKE ${terms.pattern} THEN 0.5 ELSE 0 END
    + 0.5 * greatest(word_similarity(${terms.text}, ${document}), ts_rank(to_tsvector('simple', ${document}), plainto_tsquery('simple', ${terms.text}), 32))
  ))::int`;
}

/** A number's own score: the number itself first, then numbers that start with what was asked, then the text's. */
export function numberScore(number: SQL, document: SQL, terms: SearchTerms, prefix: string): SQL {
  return sql`CASE WHEN lower(${number}) = lower(${terms.text}) THEN 4000000 WHEN ${number} ILIKE ${prefix} THEN 2000000 + ${textScore(document, terms)} ELSE ${textScore(document, terms)} END`;
}

/** The part of `text` around the first place it holds what was asked (case-insensitive), or its start. */
export function snippetAround(text: string, asked: string, width = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = flat.toLowerCase().indexOf(asked.toLowerCase());
  if (at < 0) return flat.length > width * 2 ? `${flat.slice(0, width * 2)}…` : flat;
  const start = Math.max(0, at - width);
  const end = Math.min(flat.length, at + asked.length + width);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/**
 * How many matches of each kind are ranked: the newest this many, and the exact number besides.
 * Ranking scores every candidate (`word_similarity`, `ts_rank`), some 35 µs each: a common
 * term matches 69,000 orders at 1,000,000, seconds to score, and a page shows 50 at most.
 */
export const rankedMatches = 200;

/** How many matches a kind's indexes may return before the newest are found by walking instead. */
const collectedPerRanked = 4;

/**
 * The ids of the matches a kind ranks (a sub-query over `table`, whose key is `id`): the exact
 * number (`exact`, see `exactNumber`), and the newest `bound` of the others. `found(since)` lists
 * the matches' ids from their indexes, a match perhaps more than once (by its text and by a
 * line), among the rows passing `since` where it can; `test` decides one row of `table`, and
 * `newest` is an ORDER BY an index serves. Few matches (up to `collectedPerRanked` × `bound`
 * ids) are sorted by `newest` and cut; more, and the table is walked in `newest`'s order testing
 * each row until `bound` are found: a common term matches often, so the walk is short, where
 * reading every match from the index is not (the planner cannot tell the two apart, see
 * `searchPage` in the order list). The walk's test stays a column in a fenced sub-query
 * (OFFSET 0) so no index is chosen for it. `since` (see `numberPrefixCutoff`) leaves out rows
 * older than `bound` matches already known, which cannot be among the newest `bound`.
 */
export function rankedCandidates(
  source: { table: SQL; newest: SQL; found: (since: SQL) => SQL; test: SQL; exact: SQL | undefined; since?: SQL },
  bound = rankedMatches,
): SQL {
  const { table, newest, found, test, exact } = source;
  const since = source.since ?? sql`true`;
  const collected = bound * collectedPerRanked;
  return sql`(WITH few AS MATERIALIZED (SELECT f.id FROM (${found(since)}) f LIMIT ${collected + 1})
    (SELECT id FROM ${table} WHERE id IN (SELECT id FROM few) AND ${test} AND ${since} AND (SELECT count(*) FROM few) <= ${collected} ORDER BY ${newest} LIMIT ${bound})
    UNION ALL
    (SELECT walked.id FROM (SELECT id, ${test} AS matched FROM ${table} WHERE ${since} ORDER BY ${newest} OFFSET 0) walked
     WHERE walked.matched AND (SELECT count(*) FROM few) > ${collected} LIMIT ${bound})
    ${exact ? sql`UNION SELECT id FROM ${table} WHERE ${exact}` : sql``})`;
}

/**
 * When what was asked could start a number (digits and hyphens), the rows whose number starts
 * with it match, and the newest `bound` of them bound where the newest `bound` matches can be:
 * none is older than the oldest of those. The answer is a condition on `table`'s rows for
 * `rankedCandidates` (`at`, `id` at least that oldest's, a range of the `at` index), or undefined
 * when fewer than `bound` numbers start so, or the term is no number's start. Without it a
 * month's prefix (202606: 42,000 orders at 1,000,000, all older than the newest 220,000) is a
 * common term whose newest matches are found by walking every newer order.
 *
 * Those newest numbers are found one of two ways in one statement, as `rankedCandidates` finds
 * matches: when at most `numbersSorted` numbers start so (a month's), they are read from the
 * number's index and sorted; more (2026, every order this year), and the newest rows are walked
 * until `bound` are found, which is short because so many match. The planner cannot choose:
 * it takes the numbers for spread evenly over time, and walks 220,000 rows for a month's 200.
 * The numbers' own order is no guide to time: serials widen past 999, so 202606-999 sorts
 * after 202606-4123.
 */
export async function numberPrefixCutoff(db: Executor, source: { table: SQL; number: SQL; at: SQL }, terms: SearchTerms, bound = rankedMatches): Promise<SQL | undefined> {
  if (!numberStart.test(terms.text)) return undefined;
  const { table, number, at } = source;
  const starts = sql`${number} LIKE ${prefixPattern(terms.text)}`;
  const known = await queryRows<{ at: string; id: string }>(
    db,
    sql`WITH counted AS MATERIALIZED (SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${starts} LIMIT ${numbersSorted + 1}) x)
      (SELECT sorted.at::text AS at, sorted.id FROM (SELECT ${at} AS at, id FROM ${table} WHERE ${starts} OFFSET 0) sorted
       WHERE (SELECT n FROM counted) <= ${numbersSorted} ORDER BY sorted.at DESC, sorted.id DESC OFFSET ${bound - 1} LIMIT 1)
      UNION ALL
      (SELECT walked.at::text AS at, walked.id FROM (SELECT ${at} AS at, id, ${starts} AS matched FROM ${table} ORDER BY ${at} DESC, id DESC OFFSET 0) walked
       WHERE walked.matched AND (SELECT n FROM counted) > ${numbersSorted} OFFSET ${bound - 1} LIMIT 1)`,
  );
  const oldest = known[0];
  return oldest ? sql`(${at}, id) >= (${oldest.at}::timestamptz, ${oldest.id}::uuid)` : undefined;
}

/**
 * The most numbers `numberPrefixCutoff` sorts before it walks instead: a month's at 1,000,000
 * orders (42,000) and twice that. Each costs a read from the number's index and its row, about
 * what a walked row costs.
 */
const numbersSorted = 100_000;

/**
 * `rankedCandidates` for a kind found by one text of its own (`document`) and its order's number
 * (cases, feedback): `at` is when a row was made (an index of `at`, `id` serves the newest
 * first), `number` the order's number (with a `text_pattern_ops` index).
 */
export async function documentCandidates(db: Executor, source: { table: SQL; at: SQL; number: SQL; document: SQL }, terms: SearchTerms, bound?: number): Promise<SQL> {
  const { table, at, number, document } = source;
  const matches = twoCharacterMatch(document, terms) ?? textMatches(document, terms);
  return rankedCandidates(
    {
      table,
      newest: sql`${at} DESC, id DESC`,
      found: (newer) => sql`SELECT id FROM ${table} WHERE ${matches} AND ${newer}`,
      test: twoCharacterTest(document, terms) ?? matches,
      exact: exactNumber(number, terms),
      since: await numberPrefixCutoff(db, { table, number, at }, terms, bound),
    },
    bound,
  );
}

/** What could start an order number: digits and hyphens, a digit among them. */
const numberStart = /^(?=.*\d)[0-9-]+$/;

/**
 * Whether `number` is what was asked, exactly, on the number's own index; undefined when what
 * was asked has no digit and so is no number. Numbers are upper case where they hold letters,
 * and one typed in lower case is still exact.
 */
export function exactNumber(number: SQL, terms: SearchTerms): SQL | undefined {
  return /\d/.test(terms.text) ? sql`${number} IN (${terms.text}, upper(${terms.text}))` : undefined;
}

/** A module's hits for what was asked after the cursor, at most `limit`, in search order, among its newest `bound` matches (`rankedCandidates`). */
export type SearchSource = (db: Executor, terms: SearchTerms, cursor: SearchCursor | undefined, limit: number, bound?: number) => Promise<SearchHit[]>;
