import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { orderStatuses } from './states.js';
import { canOrder, isDelivered } from './transition.js';

const sourceRoot = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Updates of the orders table that write its status column: through Drizzle or in SQL. */
function statusWrites(source: string): string[] {
  const flat = source.replace(/\s+/g, ' ');
  const drizzle = [...flat.matchAll(/\.update\(orders\)\s?\.set\(\{([^}]*)\}/g)].filter((m) => /(^|[\s,{])status\b/.test(m[1]!));
  const raw = [...flat.matchAll(/UPDATE orders SET ([^;`]*?)(WHERE|FROM|RETURNING|$)/gi)].filter((m) => /\bstatus\s*=/.test(m[1]!));
  return [...drizzle, ...raw].map((m) => m[0]);
}

describe('one way to move an order', () => {
  test("only orders/transition.ts writes an order's status", () => {
    const writers = sourceFiles(sourceRoot)
      .filter((file) => statusWrites(readFileSync(file, 'utf8')).length > 0)
      .map((file) => relative(sourceRoot, file));
    expect(writers).toEqual(['modules/orders/transition.ts']);
  });

  test('the check sees a status written through Drizzle or in SQL', () => {
    expect(statusWrites('await tx.update(orders).set({ priority, status: next }).where(eq(orders.id, id))')).toHaveLength(1);
    expect(statusWrites("sql`UPDATE orders SET status = 'planned' WHERE id = ${id}`")).toHaveLength(1);
    expect(statusWrites('await tx.update(orders).set({ acceptanceResult: result }).where(eq(orders.id, id))')).toEqual([]);
  });

  test('canOrder answers from the transition table', () => {
    expect(canOrder('ready_to_ship', 'ship_partial')).toBe(true);
    expect(canOrder('partially_shipped', 'ship_partial')).toBe(true);
    expect(canOrder('in_progress', 'ship_partial')).toBe(false);
    expect(orderStatuses.filter((s) => canOrder(s, 'open_case'))).toEqual(['accepted', 'acceptance_failed', 'completed']);
    expect(canOrder('no_such_status', 'cancel')).toBe(false);
  });

  test('an order counts as delivered from delivery on, whatever came after', () => {
    expect(orderStatuses.filter(isDelivered)).toEqual(['delivered', 'accepted', 'acceptance_failed', 'after_sales', 'completed']);
  });
});
