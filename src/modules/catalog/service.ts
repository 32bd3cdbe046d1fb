/*
 * The product catalogue (products): what can be ordered and how it is made or delivered. Other modules
 * read products only through this file, so prices and kinds have one reader.
 */
import { and, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { containsPattern, isUniqueViolation, sqlArray } from '../../platform/db/sql.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { type SortDirection, type SortKey, sortedPage } from '../../platform/http/sorting.js';
import { assertVersion } from '../../platform/http/versioning.js';
import type { ProductInput, ProductKind, ProductSort, ProductView } from './contract.js';
import { products } from './schema.js';
import { defaultProductUnit } from './units.js';
import { newId } from '../../platform/db/ids.js';

export { productKinds, type ProductInput, type ProductKind, type ProductView } from './contract.js';
export { englishUnitNames, productUnits, unitName, type ProductUnit } from './units.js';

function toView(row: typeof products.$inferSelect): ProductView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    model: row.model,
    unit: row.unit,
    priceMinor: row.priceMinor,
    currency: row.currency,
    kind: row.kind as ProductKind,
    category: row.category,
    leadTimes: row.leadTimes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function skuTaken(sku: string): DomainError {
  return new DomainError('already_exists', `A product with SKU ${sku} already exists`, {
    errors: [{ path: '/sku', in: 'body', code: 'unique', message: 'is already taken' }],
  });
}

export async function createProduct(db: Db, actor: Actor, now: Date, input: ProductInput): Promise<ProductView> {
  const row: typeof products.$inferSelect = {
    id: newId(),
    sku: input.sku.trim(),
    name: input.name.trim(),
    model: input.model ?? null,
    unit: input.unit ?? defaultProductUnit,
    priceMinor: input.priceMinor,
    currency: input.currency ?? 'CNY',
    kind: input.kind,
    category: input.category ?? null,
    leadTimes: input.leadTimes ?? {},
    active: input.active ?? true,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(products).values(row);
      const view = toView(row);
      await recordChange(tx, actor, now, { entityType: 'product', entityId: row.id, action: 'product.created', after: view });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_sku_key')) throw skuTaken(row.sku);
    throw err;
  }
}

export async function updateProduct(
  db: Db,
  actor: Actor,
  now: Date,
  id: string,
  expectedVersion: number,
  patch: Partial<ProductInput>,
): Promise<ProductView> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(products).where(eq(products.id, id)).for('update');
      if (!current) throw new DomainError('not_found', `No product ${id}`);
      assertVersion('product', current.version, expectedVersion);
      if (patch.kind !== undefined && patch.kind !== current.kind) {
        // Stock, reservations and open order lines depend on the kind; a new kind is a new product.
        throw new DomainError('conflict', `A product's kind cannot change (${current.kind} → ${patch.kind}); create a new product instead`, {
          errors: [{ path: '/kind', in: 'body', code: 'immutable', message: 'cannot change' }],
        });
      }
      const [updated] = await tx
        .update(products)
        .set({ ...patch, ...(patch.sku ? { sku: patch.sku.trim() } : {}), updatedAt: now, version: current.version + 1 })
        .where(eq(products.id, id))
        .returning();
      const after = toView(updated!);
      await recordChange(tx, actor, now, { entityType: 'product', entityId: id, action: 'product.updated', before: toView(current), after });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'products_sku_key')) throw skuTaken(patch.sku ?? '');
    throw err;
  }
}

export async function getProduct(db: Executor, id: string): Promise<ProductView | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  return row ? toView(row) : undefined;
}

/** A sub-query giving the products with these ids as a JSON array, for a caller reading several things in one statement. */
export function productsLookup(ids: readonly string[]): SQL {
  return sql`(SELECT coalesce(jsonb_agg(to_jsonb(p)), '[]'::jsonb) FROM products p WHERE p.id = ANY(${sqlArray(ids, 'uuid')}))`;
}

export function productsFromLookup(json: unknown): Map<string, ProductView> {
  const views = ((json ?? []) as Record<string, unknown>[]).map((p) => toView(rowFromJson(products, p)));
  return new Map(views.map((v) => [v.id, v]));
}

export interface ProductFilters {
  q?: string;
  kind?: ProductKind;
  active?: boolean;
}

export interface ProductQuery extends ProductFilters {
  sort?: ProductSort;
  order?: SortDirection;
  limit: number;
  cursor?: string;
}

function filterConditions(query: ProductFilters): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(or(ilike(products.name, pattern), ilike(products.sku, pattern), ilike(products.model, pattern)));
  }
  if (query.kind) filters.push(eq(products.kind, query.kind));
  if (query.active !== undefined) filters.push(eq(products.active, query.active));
  return filters;
}

const sortKeys: Record<ProductSort, SortKey> = {
  name: { expression: products.name, kind: 'text' },
  sku: { expression: products.sku, kind: 'text' },
  price: { expression: products.priceMinor, kind: 'int' },
  created: { expression: products.createdAt, kind: 'timestamp' },
};

/** Products under the filters, by name unless asked otherwise, keyset-paginated. */
export async function listProducts(db: Executor, query: ProductQuery): Promise<{ items: ProductView[]; nextCursor: string | null }> {
  const page = sortedPage({ key: sortKeys[query.sort ?? 'name'], id: products.id, direction: query.order ?? 'asc', cursor: query.cursor });
  const rows = await db
    .select({ row: products, sortValue: page.value })
    .from(products)
    .where(and(...filterConditions(query), page.after))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items, nextCursor } = page.pageOf(rows, query.limit);
  return { items: items.map(toView), nextCursor };
}

/** How many products the list holds under these filters (the table's total). */
export async function countProducts(db: Executor, query: ProductFilters): Promise<{ total: number }> {
  const [row] = await db.select({ total: count() }).from(products).where(and(...filterConditions(query)));
  return { total: row?.total ?? 0 };
}

/** The category of each of these products (null when it has none). */
export async function productCategories(db: Executor, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: products.id, category: products.category }).from(products).where(inArray(products.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.category]));
}
