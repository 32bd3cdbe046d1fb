/*
 * What each kind does with its rows: check the values, find what is already there by the
 * kind's key, and (unless dry) create or update it through the owning module's service, each
 * row (each order) in a transaction of its own with the key it was imported by.
 */
import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import type { Actor } from '../../platform/audit/record.js';
import { createCustomer, customersNamed, getCustomer, type CustomerView } from '../customers/service.js';
import { createProduct, englishUnitNames, listProducts, productKinds, productUnits, updateProduct, type ProductInput, type ProductUnit, type ProductView } from '../catalog/service.js';
import { recordStockMovement } from '../inventory/service.js';
import { channels } from '../orders/contract.js';
import { createOrder, type OrderInput } from '../orders/service.js';
import { columnsOf } from './columns.js';
import type { ImportKind, RowError, RowOutcome } from './contract.js';
import { importedKeys } from './schema.js';
import { parseChoice, parseDate, parseList, parseMoney, parseQuantity, toHalfWidth, type Parsed } from './values.js';

export interface RowContext {
  db: Db;
  actor: Actor;
  now: Date;
  timeZone: string;
  importId: string;
  dryRun: boolean;
  /** The file's header for a field (the template's Chinese one when the file lacks the column). */
  headerOf(field: string): string;
  /** Keys of the rows seen so far in this file, to tell a duplicate row. */
  seen: Set<string>;
  /** Products by SKU, looked up once per import. */
  products: Map<string, ProductView | null>;
}

/** A row's text values by field. */
export type RowValues = Record<string, string>;

export interface RowResult {
  row: number;
  outcome: RowOutcome;
  /** What the row is known by in the outcome file: a customer's name, a SKU, an order reference. */
  reference: string;
  errors: RowError[];
}

const messages: Record<string, string> = {
  required: 'is required',
  invalid_number: 'is not a number this column takes',
  invalid_date: 'is not a date (2026-12-04, 2026/12/4, 2026年12月4日 or an Excel date)',
  invalid_value: 'is not one of the values this column takes',
  duplicate_row: 'repeats an earlier row of the file',
  unknown_product: 'is not a known product SKU',
  unknown_customer: 'is not a known customer',
  ambiguous_customer: 'names more than one customer',
  not_stocked: 'is not a stock product',
  other_line_failed: "another line of the same order has an error",
};

export function rowError(row: number, column: string | null, code: string, params: Record<string, string | number> = {}, message?: string): RowError {
  return { row, column, code, message: message ?? (column ? `${column} ${messages[code] ?? code}` : (messages[code] ?? code)), params };
}

/** Collects a row's errors while its values are parsed. */
class RowCheck {
  readonly errors: RowError[] = [];
  constructor(
    readonly row: number,
    readonly values: RowValues,
    private readonly ctx: RowContext,
  ) {}

  fail(field: string | null, code: string, params: Record<string, string | number> = {}, message?: string): void {
    this.errors.push(rowError(this.row, field ? this.ctx.headerOf(field) : null, code, params, message));
  }

  text(field: string, required = false): string | undefined {
    const value = this.values[field]?.trim() ?? '';
    if (value === '') {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    return value;
  }

  parsed<T>(field: string, parse: (text: string) => Parsed<T>, required = false): T | undefined {
    const text = this.text(field, required);
    if (text === undefined) return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    this.fail(field, result.code, { value: text });
    return undefined;
  }

  /** Marks the row a repeat of an earlier one with the same key. */
  unique(field: string, key: string): boolean {
    if (this.ctx.seen.has(key)) {
      this.fail(field, 'duplicate_row', { value: this.values[field] ?? '' });
      return false;
    }
    this.ctx.seen.add(key);
    return true;
  }
}

/** A service's refusal as the row's error: its code and detail, on the column its path names when there is one. */
function refused(row: number, err: unknown): RowError[] {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && 'extra' in err) {
    return [rowError(row, null, err.code, {}, err.message)];
  }
  throw err;
}

async function importedKey(db: Executor, kind: ImportKind, key: string): Promise<string | undefined> {
  const [row] = await db.select({ entityId: importedKeys.entityId }).from(importedKeys).where(and(eq(importedKeys.kind, kind), eq(importedKeys.key, key)));
  return row?.entityId;
}

async function keepKey(db: Executor, ctx: RowContext, kind: ImportKind, key: string, entityId: string, row: number): Promise<void> {
  await db.insert(importedKeys).values({ kind, key, entityId, importId: ctx.importId, createdAt: ctx.now, row }).onConflictDoNothing();
}

/** Runs the row's writes in one transaction; a refusal rolls back the row alone and becomes its error. */
async function inTransaction(ctx: RowContext, row: number, work: (tx: Db) => Promise<RowOutcome>): Promise<{ outcome: RowOutcome; errors: RowError[] }> {
  try {
    return { outcome: await ctx.db.transaction((tx) => work(tx)), errors: [] };
  } catch (err) {
    return { outcome: 'failed', errors: refused(row, err) };
  }
}

const digits = (phone: string) => toHalfWidth(phone).replace(/\D/g, '');

async function findProduct(ctx: RowContext, sku: string): Promise<ProductView | undefined> {
  if (!ctx.products.has(sku)) {
    const { items } = await listProducts(ctx.db, { q: sku, limit: 50 });
    // A cache of every SKU of a 100,000-row file would grow with it; it is cleared instead.
    if (ctx.products.size >= 10_000) ctx.products.clear();
    ctx.products.set(sku, items.find((p) => p.sku === sku) ?? null);
  }
  return ctx.products.get(sku) ?? undefined;
}

/* ---- customers: by code (an earlier import's), else by name + phone ---- */

const customerTypeWords = { company: ['公司', '企业', '单位'], person: ['个人', '个体'] } as const;

async function findCustomerByName(db: Executor, name: string, phone: string | undefined): Promise<CustomerView[]> {
  // An exact look-up by the name index: a search (ILIKE over every customer) made a big file's import slow down row by row.
  const items = await customersNamed(db, name);
  return items.filter((c) => (phone === undefined ? true : c.contacts.some((contact) => contact.phone && digits(contact.phone) === digits(phone))));
}

export async function customerRow(ctx: RowContext, row: number, values: RowValues): Promise<RowResult> {
  const check = new RowCheck(row, values, ctx);
  const code = check.text('code');
  const name = check.text('name', true);
  const type = check.parsed('type', (t) => parseChoice(t, customerTypeWords)) ?? 'company';
  const contactName = check.text('contactName');
  const phone = check.text('phone');
  if (phone !== undefined && !/^\+?[0-9][0-9 -]{5,19}$/.test(toHalfWidth(phone))) check.fail('phone', 'invalid_value', { value: phone });
  const email = check.text('email');
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) check.fail('email', 'invalid_value', { value: email });
  const creditLimitMinor = check.parsed('creditLimit', parseMoney);
  const tags = parseList(check.text('tags') ?? '');
  const notes = check.text('notes');
  const reference = code ?? name ?? '';
  if (code) check.unique('code', `code:${code}`);
  else if (name) check.unique('name', `name:${name}|${digits(phone ?? '')}`);
  if (check.errors.length > 0 || !name) return { row, outcome: 'failed', reference, errors: check.errors };

  const byCode = code ? await importedKey(ctx.db, 'customers', code) : undefined;
  if (byCode) return { row, outcome: 'unchanged', reference, errors: [] };
  const sameNamePhone = await findCustomerByName(ctx.db, name, phone);
  if (sameNamePhone.length > 0) {
    if (code && !ctx.dryRun) await keepKey(ctx.db, ctx, 'customers', code, sameNamePhone[0]!.id, row);
    return { row, outcome: 'unchanged', reference, errors: [] };
  }
  if (ctx.dryRun) return { row, outcome: 'created', reference, errors: [] };
  const contact = contactName || phone || email ? [{ name: contactName ?? name, ...(phone ? { phone: toHalfWidth(phone) } : {}), ...(email ? { email } : {}), primary: true }] : [];
  const result = await inTransaction(ctx, row, async (tx) => {
    const created = await createCustomer(tx, ctx.actor, ctx.now, {
      name,
      type,
      contacts: contact,
      tags,
      sourceChannel: 'file_import',
      ...(creditLimitMinor !== undefined ? { creditLimitMinor } : {}),
      ...(notes ? { notes } : {}),
    });
    if (code) await keepKey(tx, ctx, 'customers', code, created.id, row);
    return 'created';
  });
  return { row, reference, ...result };
}

/* ---- products: by SKU; a changed name, unit, price, kind, model or category is updated ---- */

const productKindWords: Record<(typeof productKinds)[number], readonly string[]> = {
  stock: ['库存', '现货', '库存品'],
  made_to_order: ['定制', '按单生产', 'made to order', 'made-to-order'],
  service: ['服务'],
};

/** A unit is written as its code (台) or its English name, singular or plural. */
const unitWords = {} as Record<ProductUnit, readonly string[]>;
for (const unit of productUnits) unitWords[unit] = [englishUnitNames[unit].one, englishUnitNames[unit].other];

export async function productRow(ctx: RowContext, row: number, values: RowValues): Promise<RowResult> {
  const check = new RowCheck(row, values, ctx);
  const sku = check.text('sku', true);
  const name = check.text('name', true);
  const unit = check.parsed('unit', (t) => parseChoice(t, unitWords), true);
  const priceMinor = check.parsed('price', parseMoney, true);
  const kind = check.parsed('kind', (t) => parseChoice(t, productKindWords), true);
  const model = check.text('model') ?? null;
  const category = check.text('category') ?? null;
  if (sku) check.unique('sku', `sku:${sku}`);
  const reference = sku ?? '';
  if (check.errors.length > 0 || !sku || !name || !unit || priceMinor === undefined || !kind) return { row, outcome: 'failed', reference, errors: check.errors };

  const wanted: ProductInput = { sku, name, unit, priceMinor, kind, model, category };
  const existing = await findProduct(ctx, sku);
  if (!existing) {
    if (ctx.dryRun) return { row, outcome: 'created', reference, errors: [] };
    const result = await inTransaction(ctx, row, async (tx) => {
      ctx.products.set(sku, await createProduct(tx, ctx.actor, ctx.now, wanted));
      return 'created';
    });
    if (result.outcome === 'failed') ctx.products.delete(sku);
    return { row, reference, ...result };
  }
  const patch = Object.fromEntries(Object.entries(wanted).filter(([field, value]) => existing[field as keyof ProductView] !== value)) as Partial<ProductInput>;
  if (Object.keys(patch).length === 0) return { row, outcome: 'unchanged', reference, errors: [] };
  if (ctx.dryRun) return { row, outcome: 'updated', reference, errors: [] };
  const result = await inTransaction(ctx, row, async (tx) => {
    ctx.products.set(sku, await updateProduct(tx, ctx.actor, ctx.now, existing.id, existing.version, patch));
    return 'updated';
  });
  if (result.outcome === 'failed') ctx.products.delete(sku);
  return { row, reference, ...result };
}

/* ---- stock receipts: by receipt reference + SKU ---- */

export async function stockRow(ctx: RowContext, row: number, values: RowValues): Promise<RowResult> {
  const check = new RowCheck(row, values, ctx);
  const referenceText = check.text('reference', true);
  const sku = check.text('sku', true);
  const quantity = check.parsed('quantity', parseQuantity, true);
  const note = check.text('note');
  const key = `${referenceText}|${sku}`;
  if (referenceText && sku) check.unique('reference', key);
  const product = sku ? await findProduct(ctx, sku) : undefined;
  if (sku && !product) check.fail('sku', 'unknown_product', { value: sku });
  else if (product && product.kind !== 'stock') check.fail('sku', 'not_stocked', { value: sku ?? '' });
  const reference = key;
  if (check.errors.length > 0 || !product || !referenceText || quantity === undefined) return { row, outcome: 'failed', reference, errors: check.errors };

  if (await importedKey(ctx.db, 'stock', key)) return { row, outcome: 'unchanged', reference, errors: [] };
  if (ctx.dryRun) return { row, outcome: 'created', reference, errors: [] };
  const result = await inTransaction(ctx, row, async (tx) => {
    const { movement } = await recordStockMovement(tx, ctx.actor, ctx.now, { productId: product.id, kind: 'receipt', quantity, reason: note ? `${referenceText} ${note}` : referenceText });
    await keepKey(tx, ctx, 'stock', key, movement.id, row);
    return 'created';
  });
  return { row, reference, ...result };
}

/* ---- orders: rows with the same channel reference in a run are one order, taken in through intake ---- */

const paymentWords = { unpaid: ['未付', '未付款', '未支付'], partial: ['部分', '部分付款', '部分支付'], paid: ['已付', '已付款', '已支付'] } as const;
const orderTypeWords = { standard: ['标准', '常规', '普通'], custom: ['定制'], urgent: ['加急', '紧急'] } as const;
const channelWords = Object.fromEntries(channels.map((c) => [c, [c.replace(/_/g, ' ')]])) as Record<(typeof channels)[number], string[]>;
Object.assign(channelWords, { online_store: ['网店', '官网', 'online store'], marketplace: ['电商平台', '平台'], phone: ['电话'], email: ['邮件'], in_person: ['面谈', '门店'], b2b_direct: ['直销', 'b2b'], file_import: ['导入'] });

async function findOrderCustomer(ctx: RowContext, check: RowCheck): Promise<CustomerView | undefined> {
  const code = check.text('customerCode');
  if (code) {
    const id = await importedKey(ctx.db, 'customers', code);
    const found = id ? await getCustomer(ctx.db, id) : undefined;
    if (!found) check.fail('customerCode', 'unknown_customer', { value: code });
    return found;
  }
  const name = check.text('customerName');
  if (!name) {
    check.fail('customerName', 'required');
    return undefined;
  }
  const named = await findCustomerByName(ctx.db, name, undefined);
  if (named.length === 0) check.fail('customerName', 'unknown_customer', { value: name });
  if (named.length > 1) check.fail('customerName', 'ambiguous_customer', { value: name });
  return named.length === 1 ? named[0] : undefined;
}

export interface OrderLineRow {
  row: number;
  values: RowValues;
}

/** One order from its rows (one per line): each row is checked; the order is taken in only when all are sound. */
export async function orderRows(ctx: RowContext, rows: readonly OrderLineRow[]): Promise<RowResult[]> {
  const first = rows[0]!;
  const head = new RowCheck(first.row, first.values, ctx);
  const externalRef = head.text('externalRef', true) ?? '';
  const channel = head.parsed('channel', (t) => parseChoice(t, channelWords)) ?? 'file_import';
  const customer = await findOrderCustomer(ctx, head);
  const requestedDeliveryDate = head.parsed('requestedDeliveryDate', parseDate);
  const paymentStatus = head.parsed('paymentStatus', (t) => parseChoice(t, paymentWords)) ?? 'unpaid';
  const type = head.parsed('type', (t) => parseChoice(t, orderTypeWords));
  if (externalRef) head.unique('externalRef', `order:${channel}|${externalRef}`);

  const skus = new Set<string>();
  const lines: OrderInput['lines'] = [];
  const checks = [head];
  for (const [index, line] of rows.entries()) {
    const check = index === 0 ? head : new RowCheck(line.row, line.values, ctx);
    if (index > 0) checks.push(check);
    const sku = check.text('sku', true);
    const quantity = check.parsed('quantity', parseQuantity, true);
    const unitPriceMinor = check.parsed('unitPrice', parseMoney);
    if (sku && skus.has(sku)) check.fail('sku', 'duplicate_row', { value: sku });
    if (sku) skus.add(sku);
    const product = sku ? await findProduct(ctx, sku) : undefined;
    if (sku && !product) check.fail('sku', 'unknown_product', { value: sku });
    if (product && quantity !== undefined) lines.push({ productId: product.id, quantity, ...(unitPriceMinor !== undefined ? { unitPriceMinor } : {}) });
  }
  const failedAll = (errorsOf: (check: RowCheck) => RowError[]): RowResult[] =>
    checks.map((check) => ({ row: check.row, outcome: 'failed', reference: externalRef, errors: check.errors.length > 0 ? check.errors : errorsOf(check) }));
  if (checks.some((check) => check.errors.length > 0) || !customer) return failedAll((check) => [rowError(check.row, null, 'other_line_failed')]);

  const key = `${channel}|${customer.id}|${externalRef}`;
  const done = (outcome: RowOutcome): RowResult[] => rows.map((r) => ({ row: r.row, outcome, reference: externalRef, errors: [] }));
  if (await importedKey(ctx.db, 'orders', key)) return done('unchanged');
  if (ctx.dryRun) return done('created');
  const input: OrderInput = { customerId: customer.id, channel, externalRef, lines, paymentStatus, ...(type ? { type } : {}), ...(requestedDeliveryDate ? { requestedDeliveryDate } : {}) };
  const owner = ctx.actor.userId ? { id: ctx.actor.userId, name: ctx.actor.label } : null;
  const result = await inTransaction(ctx, first.row, async (tx) => {
    // The normal intake: numbering, audit, priority, reservation and review, as for any order.
    const taken = await createOrder({ db: tx, now: ctx.now, timeZone: ctx.timeZone, actor: ctx.actor, owner }, input);
    await keepKey(tx, ctx, 'orders', key, taken.body.id, first.row);
    return taken.statusCode === 201 ? 'created' : 'unchanged';
  });
  if (result.outcome !== 'failed') return done(result.outcome);
  return rows.map((r, index) => ({ row: r.row, outcome: 'failed', reference: externalRef, errors: index === 0 ? result.errors : [rowError(r.row, null, 'other_line_failed')] }));
}

/** The Chinese header of each field, for errors about a column the file does not have. */
export function templateHeader(kind: ImportKind, field: string): string {
  return columnsOf[kind].find((c) => c.field === field)?.headers['zh-CN'] ?? field;
}
