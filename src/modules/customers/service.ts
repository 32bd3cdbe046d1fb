/*
 * Customers (customers): who orders, their contacts, addresses, terms and credit. Other modules use
 * them only through this file (Address and Contact types included), never the table.
 */
import { randomUUID } from 'node:crypto';
import { and, arrayContains, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { containsPattern } from '../../platform/db/sql.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { isKnownTimeZone } from '../../platform/time/zone.js';
import type { CustomerInput, CustomerPatch, CustomerTier, CustomerType, CustomerView, PaymentTerms } from './contract.js';
import { customers } from './schema.js';

export { customerTiers, customerTypes, paymentTermKinds, type CustomerInput, type PaymentTerms, type CustomerPatch, type CustomerTier, type CustomerView } from './contract.js';

function toView(row: typeof customers.$inferSelect): CustomerView {
  return {
    id: row.id,
    name: row.name,
    type: row.type as CustomerType,
    tier: row.tier as CustomerTier,
    creditLimitMinor: row.creditLimitMinor,
    currency: row.currency,
    paymentTerms: row.paymentTerms,
    contacts: row.contacts,
    addresses: row.addresses,
    sourceChannel: row.sourceChannel,
    tags: row.tags,
    ownerUserId: row.ownerUserId,
    notes: row.notes,
    timeZone: row.timeZone ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Rules a schema cannot say: net terms need their days, a known time zone, one default address at most. */
function checkConsistency(input: CustomerPatch): void {
  const terms = input.paymentTerms;
  if (terms) {
    if (terms.kind === 'net' && terms.netDays === undefined) {
      throw new DomainError('validation_failed', 'Net payment terms need netDays', {
        errors: [{ path: '/paymentTerms/netDays', in: 'body', code: 'required', message: 'is required when kind is net' }],
      });
    }
    if (terms.kind !== 'net' && terms.netDays !== undefined) {
      throw new DomainError('validation_failed', `netDays only applies to net terms, not ${terms.kind}`, {
        errors: [{ path: '/paymentTerms/netDays', in: 'body', code: 'not_applicable', message: `does not apply to ${terms.kind}` }],
      });
    }
  }
  if (input.timeZone && !isKnownTimeZone(input.timeZone)) {
    throw new DomainError('validation_failed', `${input.timeZone} is not an IANA time zone`, {
      errors: [{ path: '/timeZone', in: 'body', code: 'format', message: 'must be an IANA time zone such as Asia/Shanghai' }],
    });
  }
  if (input.addresses && input.addresses.filter((a) => a.isDefault).length > 1) {
    throw new DomainError('validation_failed', 'Only one address can be the default', {
      errors: [{ path: '/addresses', in: 'body', code: 'default', message: 'has more than one default address' }],
    });
  }
}

export async function createCustomer(db: Db, actor: Actor, now: Date, input: CustomerInput): Promise<CustomerView> {
  checkConsistency(input);
  const row: typeof customers.$inferSelect = {
    id: randomUUID(),
    name: input.name.trim(),
    type: input.type,
    tier: input.tier,
    creditLimitMinor: input.creditLimitMinor ?? 0,
    currency: input.currency ?? 'CNY',
    paymentTerms: input.paymentTerms ?? { kind: 'prepaid' },
    contacts: input.contacts ?? [],
    addresses: input.addresses ?? [],
    sourceChannel: input.sourceChannel ?? null,
    tags: [...new Set(input.tags ?? [])],
    ownerUserId: input.ownerUserId ?? null,
    notes: input.notes ?? null,
    timeZone: input.timeZone ?? null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return db.transaction(async (tx) => {
    await tx.insert(customers).values(row);
    const view = toView(row);
    await recordChange(tx, actor, now, { entityType: 'customer', entityId: row.id, customerId: row.id, action: 'customer.created', after: view });
    return view;
  });
}

export async function updateCustomer(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, patch: CustomerPatch): Promise<CustomerView> {
  checkConsistency(patch);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(customers).where(eq(customers.id, id)).for('update');
    if (!current) throw new DomainError('not_found', `No customer ${id}`);
    assertVersion('customer', current.version, expectedVersion);
    const changes = {
      ...patch,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags)] } : {}),
      updatedAt: now,
      version: current.version + 1,
    };
    const [updated] = await tx.update(customers).set(changes).where(eq(customers.id, id)).returning();
    const before = toView(current);
    const after = toView(updated!);
    await recordChange(tx, actor, now, { entityType: 'customer', entityId: id, customerId: id, action: 'customer.updated', before, after });
    return after;
  });
}

export async function getCustomer(db: Executor, id: string): Promise<CustomerView | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row ? toView(row) : undefined;
}

/** A sub-query giving the customer as JSON (or NULL), for a caller reading several things in one statement. */
/**
 * Holds the customer until the caller's transaction ends, so that what the customer owes
 * (read after this, in a later statement) cannot change under a credit decision: two
 * orders of one customer are checked against the credit limit one after the other.
 */
export async function lockCustomerForCredit(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`SELECT 1 FROM customers WHERE id = ${id}::uuid FOR UPDATE`);
}

export function customerLookup(id: string): SQL {
  return sql`(SELECT to_jsonb(c) FROM customers c WHERE c.id = ${id}::uuid)`;
}

export function customerFromLookup(json: unknown): CustomerView | undefined {
  return json ? toView(rowFromJson(customers, json as Record<string, unknown>)) : undefined;
}

export interface CustomerQuery {
  q?: string;
  tier?: CustomerTier;
  tag?: string;
  limit: number;
  cursor?: string;
}

/** Customers by name, keyset-paginated. */
export async function listCustomers(db: Executor, query: CustomerQuery): Promise<{ items: CustomerView[]; nextCursor: string | null }> {
  const filters: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(or(ilike(customers.name, pattern), ilike(customers.notes, pattern)));
  }
  if (query.tier) filters.push(eq(customers.tier, query.tier));
  if (query.tag) filters.push(arrayContains(customers.tags, [query.tag]));
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, ['text', 'uuid']);
    filters.push(or(gt(customers.name, name), and(eq(customers.name, name), gt(customers.id, id))));
  }
  const rows = await db
    .select()
    .from(customers)
    .where(and(...filters))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(query.limit + 1);
  return pageOf(rows.map(toView), query.limit, (c) => [c.name, c.id]);
}

/** Each customer's own time zone, where one is set (the others follow the company's). */
export async function customerTimeZones(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: customers.id, timeZone: customers.timeZone }).from(customers).where(inArray(customers.id, [...ids]));
  return new Map(rows.filter((r) => r.timeZone).map((r) => [r.id, r.timeZone!]));
}

/** Each customer's payment terms and name: when what they owe falls due. */
export async function paymentTermsOf(db: Executor, ids: readonly string[]): Promise<Map<string, { name: string; paymentTerms: PaymentTerms }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: customers.id, name: customers.name, paymentTerms: customers.paymentTerms }).from(customers).where(inArray(customers.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { name: r.name, paymentTerms: r.paymentTerms }]));
}
