import { inArray, sql, type SQL } from 'drizzle-orm';
import { containsPattern, prefixPattern } from '../../platform/db/sql.js';
import { searchTerms, twoCharacterMatch } from '../../platform/search.js';
import { contactPhoneDigits, lineSearchDocument, orders, orderSearchDocument } from './schema.js';

/**
 * One way the order list's `q` finds an order, in the two forms a query needs: `ids`, the
 * orders it finds (a statement on its own index), and `test`, whether one order row (of
 * `orders`) is found by it, for a walk through the list that checks the orders it passes.
 * Both find the same orders.
 */
export interface SearchBranch {
  ids: SQL;
  test: SQL;
}

/** The shortest text pg_trgm can index a substring search by. */
const trigramLength = 3;

/**
 * What `q` finds: the order number by prefix, the external reference exactly, or part of the
 * customer's name, a line's product name or SKU, or the contact's name or phone. A phone is
 * compared by its digits, so "138 0013" finds "+86 138-0013-8000".
 *
 * Each way of matching is its own branch on its own index: one OR over all of them leaves the
 * planner nothing but reading every order (a second at 100,000 orders), and a scan in list
 * order cannot stop early when nothing matches. The number branch only runs when `q` could
 * start a number (digits and hyphens). The names are narrowed by their trigram indexes; a
 * shorter text (a two-character Chinese word) makes no trigram, so two characters are narrowed
 * by their two-character pieces (`twoCharacterMatch`); the ILIKE decides. One character reads
 * them all. In each test the deciding comparison comes first: a walk checks mostly orders that
 * do not match, and the narrowing (the pieces of the whole document) costs more.
 */
export function searchBranches(q: string): SearchBranch[] {
  const terms = searchTerms(q);
  const contains = terms.pattern;
  const digits = q.replace(/\D/g, '');
  const characters = [...q].length;
  const contactName = sql`(contact->>'name')`;
  const onOrder = (test: SQL): SearchBranch => ({ ids: sql`SELECT id FROM orders WHERE ${test}`, test });
  const branches: SearchBranch[] = [];
  if (/^[0-9-]+$/.test(q)) branches.push(onOrder(sql`number LIKE ${prefixPattern(q)}`));
  branches.push(onOrder(sql`external_ref = ${q}`));
  // The search document holds the customer's name: its index narrows, the name decides.
  const inDocument = twoCharacterMatch(orderSearchDocument, terms) ?? (characters >= trigramLength ? sql`${orderSearchDocument} ILIKE ${contains}` : sql`true`);
  branches.push(onOrder(sql`customer_name ILIKE ${contains} AND ${inDocument}`));
  branches.push(onOrder(twoCharacterMatch(contactName, terms) ?? sql`${contactName} ILIKE ${contains}`));
  if (digits.length >= 4) branches.push(onOrder(sql`${contactPhoneDigits} LIKE ${containsPattern(digits)}`));
  // The lines' index covers SKU and name together; the two columns decide.
  const inLine = twoCharacterMatch(lineSearchDocument, terms) ?? (characters >= trigramLength ? sql`${lineSearchDocument} ILIKE ${contains}` : sql`true`);
  const lineMatches = sql`(name ILIKE ${contains} OR sku ILIKE ${contains}) AND ${inLine}`;
  branches.push({
    ids: sql`SELECT order_id FROM order_lines WHERE ${lineMatches}`,
    test: sql`EXISTS (SELECT 1 FROM order_lines WHERE order_lines.order_id = ${orders.id} AND ${lineMatches})`,
  });
  return branches;
}

/** The orders any branch finds, as one condition: each branch on its own index, their ids unioned. */
export function foundByAny(branches: readonly SearchBranch[]): SQL {
  return inArray(
    orders.id,
    sql`(${sql.join(
      branches.map((b) => b.ids),
      sql` UNION `,
    )})`,
  );
}

/** Whether one order row is found by any branch (for a walk that checks the rows it passes). */
export function testedByAny(branches: readonly SearchBranch[]): SQL {
  return sql`(${sql.join(
    branches.map((b) => sql`(${b.test})`),
    sql` OR `,
  )})`;
}
