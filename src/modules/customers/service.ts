/*
 * Customers (customers): who orders, their contacts, addresses, terms and credit. Other modules use
 * them only through this file (Address and Contact types included), never the table.
 */
import { and, arrayContains, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { containsPattern } from '../../platform/db/sql.js';
import { type Actor, type Change, recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { type SortDirection, type SortKey, sortedPage } from '../../platform/http/sorting.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { isKnownTimeZone } from '../../platform/time/zone.js';
import type { CustomerInput, CustomerPatch, CustomerSort, CustomerTier, CustomerType, CustomerView, PaymentTerms } from './contract.js';
import { customers } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { customerTiers, customerTypes, paymentTermKinds, type CustomerInput, type PaymentTerms, type CustomerPatch, type CustomerTier, type CustomerView } from './contract.js';

function toView(row: typeof customers.$inferSelect): CustomerView {
  return {
    id: row.id,
    name: row.name,
    type: row.type as CustomerType,
    tier: row.tier as CustomerTier,
    tierPinned: row.tierPinned,
    active: row.active,
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
    marketingOptOutAt: row.marketingOptOutAt?.toISOString() ?? null,
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
  if (input.tierPinned === false && input.tier !== undefined) {
    throw new DomainError('validation_failed', 'A derived tier cannot be sent: leave tier out or pin it', {
      errors: [{ path: '/tier', in: 'body', code: 'not_applicable', message: 'cannot be set while tierPinned is false' }],
    });
  }
  if (input.addresses && input.addresses.filter((a) => a.isDefault).length > 1) {
    throw new DomainError('validation_failed', 'Only one address can be the default', {
      errors: [{ path: '/addresses', in: 'body', code: 'default', message: 'has more than one default address' }],
    });
  }
}

/** The tier completed orders give a customer whose tier nobody pinned: new until the first one, then normal. */
function derivedTier(firstOrderCompletedAt: Date | null): CustomerTier {
  return firstOrderCompletedAt ? 'normal' : 'new';
}

/**
 * The tier and whether it is pinned after a patch: a tier sent is pinned; `tierPinned: false`
 * goes back to the derived tier; `tierPinned: true` alone keeps the tier as it is.
 */
function tierAfter(patch: CustomerPatch, current: { tier: string; tierPinned: boolean; firstOrderCompletedAt: Date | null }): { tier: string; tierPinned: boolean } {
  if (patch.tier !== undefined) return { tier: patch.tier, tierPinned: true };
  if (patch.tierPinned === false) return { tier: derivedTier(current.firstOrderCompletedAt), tierPinned: false };
  if (patch.tierPinned === true) return { tier: current.tier, tierPinned: true };
  return { tier: current.tier, tierPinned: current.tierPinned };
}

export async function createCustomer(db: Db, actor: Actor, now: Date, input: CustomerInput): Promise<CustomerView> {
  checkConsistency(input);
  const { tier, tierPinned } = tierAfter(input, { tier: derivedTier(null), tierPinned: false, firstOrderCompletedAt: null });
  const row: typeof customers.$inferSelect = {
    id: newId(),
    name: input.name.trim(),
    type: input.type,
    tier,
    tierPinned,
    firstOrderCompletedAt: null,
    active: true,
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
    marketingOptOutAt: null,
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
      ...tierAfter(patch, current),
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.tags !== undefined ? { tags: [...new Set(patch.tags)] } : {}),
      updatedAt: now,
      version: current.version + 1,
    };
    const [updated] = await tx.update(customers).set(changes).where(eq(customers.id, id)).returning();
    const before = toView(current);
    const after = toView(updated!);
    const action = before.active === after.active ? 'customer.updated' : after.active ? 'customer.reactivated' : 'customer.deactivated';
    await recordChange(tx, actor, now, { entityType: 'customer', entityId: id, customerId: id, action, before, after });
    return after;
  });
}

/**
 * Records that the customer opts out of marketing (`optedOut`), or takes it again, inside the
 * caller's transaction with its audit event; saying it twice changes nothing and records
 * nothing. The first opt-out's time stays.
 */
export async function recordMarketingOptOut(tx: Tx, actor: Actor, now: Date, id: string, optedOut: boolean): Promise<CustomerView> {
  const [current] = await tx.select().from(customers).where(eq(customers.id, id)).for('update');
  if (!current) throw new DomainError('not_found', `No customer ${id}`);
  if ((current.marketingOptOutAt !== null) === optedOut) return toView(current);
  const [updated] = await tx
    .update(customers)
    .set({ marketingOptOutAt: optedOut ? now : null, updatedAt: now, version: current.version + 1 })
    .where(eq(customers.id, id))
    .returning();
  const after = toView(updated!);
  await recordChange(tx, actor, now, {
    entityType: 'customer',
    entityId: id,
    customerId: id,
    action: optedOut ? 'customer.marketing_opted_out' : 'customer.marketing_opted_in',
    before: { marketingOptOutAt: current.marketingOptOutAt?.toISOString() ?? null },
    after: { marketingOptOutAt: after.marketingOptOutAt },
  });
  return after;
}

/** Staff set or clear a customer's marketing opt-out (what they said on the phone, say). */
export function setMarketingOptOut(db: Db, actor: Actor, now: Date, id: string, optedOut: boolean): Promise<CustomerView> {
  return db.transaction((tx) => recordMarketingOptOut(tx, actor, now, id, optedOut));
}

/** How a campaign reaches a customer: their name, primary (else first) contact's name, email and phone, and whether they opted out of marketing. */
export interface MarketingContact {
  name: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  optedOut: boolean;
}

export async function marketingContacts(db: Executor, ids: readonly string[]): Promise<Map<string, MarketingContact>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, name: customers.name, contacts: customers.contacts, marketingOptOutAt: customers.marketingOptOutAt })
    .from(customers)
    .where(inArray(customers.id, [...new Set(ids)]));
  return new Map(
    rows.map((r) => {
      const contact = r.contacts.find((c) => c.primary) ?? r.contacts[0];
      return [r.id, { name: r.name, contactName: contact?.name || null, email: contact?.email?.toLowerCase() || null, phone: contact?.phone || null, optedOut: r.marketingOptOutAt !== null }];
    }),
  );
}

/** Refuses a new order for a deactivated customer (intake asks before it writes anything). */
export function assertCustomerTakesOrders(customer: CustomerView): void {
  if (!customer.active) {
    throw new DomainError('customer_inactive', `${customer.name} is deactivated and takes no new orders`, {
      errors: [{ path: '/customerId', in: 'body', code: 'customer_inactive', message: 'is deactivated' }],
    });
  }
}

/**
 * An order of the customer was completed, inside the order's transaction: the first one
 * is remembered, and a customer whose tier is derived goes from new to normal. Hands
 * back the audit change of the tier (none when nothing changed) for the caller's append.
 */
export async function noteOrderCompleted(tx: Tx, now: Date, customerId: string, orderId: string): Promise<Change[]> {
  const [current] = await tx.select().from(customers).where(eq(customers.id, customerId)).for('update');
  if (!current || current.firstOrderCompletedAt) return [];
  const promote = !current.tierPinned && current.tier !== derivedTier(now);
  const [updated] = await tx
    .update(customers)
    .set({ firstOrderCompletedAt: now, ...(promote ? { tier: derivedTier(now), updatedAt: now, version: current.version + 1 } : {}) })
    .where(eq(customers.id, customerId))
    .returning();
  if (!promote) return [];
  return [
    {
      entityType: 'customer',
      entityId: customerId,
      customerId,
      action: 'customer.tier_derived',
      before: { tier: current.tier, version: current.version },
      after: { tier: updated!.tier, version: updated!.version, cause: 'first_order_completed', orderId },
    },
  ];
}

export async function getCustomer(db: Executor, id: string): Promise<CustomerView | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row ? toView(row) : undefined;
}

/** The customers of exactly this name, by the name index (an import's "already here?" for each row, so it stays quick at any size). */
export async function customersNamed(db: Executor, name: string): Promise<CustomerView[]> {
  const rows = await db.select().from(customers).where(eq(customers.name, name)).orderBy(customers.id);
  return rows.map(toView);
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

export interface CustomerFilters {
  q?: string;
  tier?: CustomerTier;
  active?: boolean;
  tag?: string;
}

export interface CustomerQuery extends CustomerFilters {
  sort?: CustomerSort;
  order?: SortDirection;
  limit: number;
  cursor?: string;
}

/**
 * Whether one of the customer's contacts has `q` in their name, email or phone; a phone
 * number typed with spaces or dashes matches however it was stored.
 */
function contactMatches(q: string): SQL {
  const pattern = containsPattern(q);
  const digits = q.replace(/\D/g, '');
  const phoneLike = digits.length >= 3 && /^[\d\s()+-]+$/.test(q.trim());
  return sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${customers.contacts}) c
    WHERE c->>'name' ILIKE ${pattern} OR c->>'email' ILIKE ${pattern} OR c->>'phone' ILIKE ${pattern}
    ${phoneLike ? sql`OR regexp_replace(c->>'phone', '[^0-9]', '', 'g') LIKE ${containsPattern(digits)}` : sql``})`;
}


function filterConditions(query: CustomerFilters): (SQL | undefined)[] {
  const filters: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    filters.push(or(ilike(customers.name, pattern), ilike(customers.notes, pattern), contactMatches(query.q)));
  }
  if (query.tier) filters.push(eq(customers.tier, query.tier));
  if (query.active !== undefined) filters.push(eq(customers.active, query.active));
  if (query.tag) filters.push(arrayContains(customers.tags, [query.tag]));
  return filters;
}

/** What each sort compares: the tier ranks VIP first, like the console's tags. */
const sortKeys: Record<CustomerSort, SortKey> = {
  name: { expression: customers.name, kind: 'text' },
  tier: { expression: sql`(CASE ${customers.tier} WHEN 'vip' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END)`, kind: 'int' },
  created: { expression: customers.createdAt, kind: 'timestamp' },
  creditLimit: { expression: customers.creditLimitMinor, kind: 'int' },
};

/** Customers under the filters, sorted by name unless asked otherwise, keyset-paginated. */
export async function listCustomers(db: Executor, query: CustomerQuery): Promise<{ items: CustomerView[]; nextCursor: string | null }> {
  const page = sortedPage({ key: sortKeys[query.sort ?? 'name'], id: customers.id, direction: query.order ?? 'asc', cursor: query.cursor });
  const rows = await db
    .select({ row: customers, sortValue: page.value })
    .from(customers)
    .where(and(...filterConditions(query), page.after))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items, nextCursor } = page.pageOf(rows, query.limit);
  return { items: items.map(toView), nextCursor };
}

/** How many customers the list holds under these filters (the table's total). */
export async function countCustomers(db: Executor, query: CustomerFilters): Promise<{ total: number }> {
  const [row] = await db.select({ total: count() }).from(customers).where(and(...filterConditions(query)));
  return { total: row?.total ?? 0 };
}

/** A phone number as digits only, without China's country code: how one number is recognised however it was typed. */
export function phoneKey(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '').replace(/^0086|^86(?=1\d{10}$)/, '');
  return digits.length >= 6 ? digits : null;
}

/** An e-mail address as compared: trimmed and in lower case. */
export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? '').trim().toLowerCase();
  return key.includes('@') ? key : null;
}

/** The customers one of whose contacts has this phone number or e-mail address (`phoneKey`, `emailKey`). */
export async function customersByContact(db: Executor, keys: { phone: string | null; email: string | null }): Promise<{ id: string; name: string }[]> {
  if (!keys.phone && !keys.email) return [];
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${customers.contacts}) c WHERE
        ${keys.phone ? sql`regexp_replace(regexp_replace(c->>'phone', '[^0-9]', '', 'g'), '^(0086|86(?=1[0-9]{10}$))', '') = ${keys.phone}` : sql`false`}
        OR ${keys.email ? sql`lower(trim(c->>'email')) = ${keys.email}` : sql`false`})`,
    )
    .orderBy(customers.name)
    .limit(20);
  return rows;
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

/** The names of these customers, by id, in one query (lists of other modules' rows name their customers). */
export async function customerNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: customers.id, name: customers.name }).from(customers).where(inArray(customers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Who a segment selects by the customers' own data: every given part must hold. */
export interface CustomerSelection {
  /** Any of these tiers. */
  tiers?: readonly CustomerTier[];
  /** Every one of these tags. */
  tags?: readonly string[];
  /** One of the customer's addresses is in this province (region) and city. */
  region?: { province?: string; city?: string };
}

/**
 * The active customers a selection takes, as a sub-query: `id`, `name`, `tier`, `tags` and
 * the `province` and `city` of the default address (else the first). Segments join other
 * modules' figures to it by `id`.
 */
export function selectedCustomers(selection: CustomerSelection): SQL {
  const conditions: SQL[] = [eq(customers.active, true)];
  if (selection.tiers?.length) conditions.push(inArray(customers.tier, [...selection.tiers]));
  if (selection.tags?.length) conditions.push(arrayContains(customers.tags, [...selection.tags]));
  const { province, city } = selection.region ?? {};
  if (province || city) {
    conditions.push(sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${customers.addresses}) a
      WHERE ${province ? sql`a->>'region' = ${province}` : sql`true`} AND ${city ? sql`a->>'city' = ${city}` : sql`true`})`);
  }
  const home = sql`(SELECT a FROM jsonb_array_elements(${customers.addresses}) WITH ORDINALITY AS e(a, n) ORDER BY coalesce((a->>'isDefault')::boolean, false) DESC, n LIMIT 1)`;
  return sql`SELECT ${customers.id} AS id, ${customers.name} AS name, ${customers.tier} AS tier, ${customers.tags} AS tags,
      ${home}->>'region' AS province, ${home}->>'city' AS city
    FROM ${customers} WHERE ${and(...conditions)}`;
}
