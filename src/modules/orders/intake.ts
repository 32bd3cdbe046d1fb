import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { rowFromJson, rowToJson } from '../../platform/db/json-rows.js';
import { isUniqueViolation, prepared, queryRows } from '../../platform/db/sql.js';
import { type Actor, auditAppendCtes, type OutboxMessage } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { settingsFromLookup } from '../../platform/settings/service.js';
import { claimIdempotencyKey, completeIdempotencyKey, hashRequest, type StoredResponse } from '../../platform/idempotency/service.js';
import { daysBetween, localDate, zonedParts } from '../../platform/time/zone.js';
import { productsFromLookup, productsLookup, type ProductView } from '../catalog/service.js';
import { assertCustomerTakesOrders, customerFromLookup, customerLookup, type CustomerView, lockCustomerForCredit } from '../customers/service.js';
import type { CustomerAddress, CustomerContact } from '../customers/contract.js';
import { reserveForOrder } from '../inventory/service.js';
import { promiseFor, templateFromLookup, templateLookup } from '../planning/service.js';
import { reviewFromLookup, reviewLookup } from '../review/service.js';
import type { SlaClockPlan } from '../sla/service.js';
import type { Role } from '../identity/service.js';
import { auditIntake } from './intake-audit.js';
import { computePriority, deadlinesFor } from './priority.js';
import { followAudit, openReceivablesLookup } from './review.js';
import { orderLines, orders } from './schema.js';
import { maxDuplicateWindowHours, type OrderSettings, orderSettingsFrom, orderSettingsLookup } from './settings.js';
import type { OrderEvent } from './states.js';
import { type NumberWaiter, numberOrder, queueNumberingCte } from './numbering.js';
import { OpeningOrder } from './transition.js';
import { findByExternalRef, type LineRow, loadView, toView } from './views.js';
import type { Delivery, OrderInput, OrderLineInput, OrderType, OrderView, Priority, SpecialRequirements, StoredFinding } from './contract.js';
import { newId } from '../../platform/db/ids.js';

/* Order intake (SPEC §3, §4): from a request to a numbered, audited, prioritised order. */

function orderMonth(at: Date, timeZone: string): string {
  const p = zonedParts(at, timeZone);
  return `${p.year}${String(p.month).padStart(2, '0')}`;
}

export function linesFingerprint(lines: OrderLineInput[]): string {
  const key = lines
    .map((l) => `${l.productId}:${l.quantity}`)
    .sort()
    .join('|');
  return createHash('sha256').update(key).digest('hex');
}

function unknownReference(detail: string, errors: FieldError[]): DomainError {
  return new DomainError('unknown_reference', detail, { errors });
}

export function normaliseRequirements(value: OrderInput['specialRequirements']): SpecialRequirements | null {
  if (value === undefined || value === null) return null;
  const req = typeof value === 'string' ? { text: value } : value;
  const text = req.text?.trim();
  const normalised: SpecialRequirements = {
    ...(text ? { text } : {}),
    ...(req.customization && Object.keys(req.customization).length > 0 ? { customization: req.customization } : {}),
    ...(req.packaging?.trim() ? { packaging: req.packaging.trim() } : {}),
  };
  return Object.keys(normalised).length > 0 ? normalised : null;
}

export function defaultContact(customer: CustomerView): CustomerContact | null {
  const reachable = customer.contacts.filter((c) => c.phone || c.email);
  return reachable.find((c) => c.primary) ?? reachable[0] ?? null;
}

export function defaultAddress(customer: CustomerView): CustomerAddress | null {
  return customer.addresses.find((a) => a.isDefault) ?? customer.addresses[0] ?? null;
}

export interface PricedLine {
  id: string;
  lineNo: number;
  input: OrderLineInput;
  product: ProductView;
  unitPriceMinor: number;
  discountMinor: number;
  totalMinor: number;
}

/** The stored row of a priced line, of which `reservedQuantity` was reserved (the rest of a stock line is backordered). */
export function lineRowOf(l: PricedLine, order: { orderId: string; customerId: string }, reservedQuantity: number): LineRow {
  return {
    id: l.id,
    orderId: order.orderId,
    customerId: order.customerId,
    lineNo: l.lineNo,
    productId: l.product.id,
    sku: l.product.sku,
    name: l.product.name,
    unit: l.product.unit,
    kind: l.product.kind,
    quantity: l.input.quantity,
    listPriceMinor: l.product.priceMinor,
    unitPriceMinor: l.unitPriceMinor,
    discountMinor: l.discountMinor,
    totalMinor: l.totalMinor,
    reservedQuantity,
    backorderedQuantity: l.product.kind === 'stock' ? l.input.quantity - reservedQuantity : 0,
    shippedQuantity: 0,
  };
}

/** Prices every line from the catalogue (or the given price) and refuses what cannot be an order. */
export function priceLines(input: Pick<OrderInput, 'lines'>, products: Map<string, ProductView>): { lines: PricedLine[]; currency: string } {
  const missing: FieldError[] = [];
  input.lines.forEach((line, index) => {
    if (!products.has(line.productId)) {
      missing.push({ path: `/lines/${index}/productId`, in: 'body', code: 'unknown', message: `${line.productId} is not a known product` });
    }
  });
  if (missing.length > 0) throw unknownReference(`${missing.length} line(s) name a product that does not exist`, missing);

  const currency = products.get(input.lines[0]!.productId)!.currency;
  const lines = input.lines.map((line, index): PricedLine => {
    const product = products.get(line.productId)!;
    if (product.currency !== currency) {
      throw new DomainError('mixed_currency', `Line ${index + 1} (${product.sku}) is priced in ${product.currency}, the order in ${currency}`, {
        errors: [{ path: `/lines/${index}/productId`, in: 'body', code: 'currency', message: `is priced in ${product.currency}, not ${currency}` }],
      });
    }
    const unitPriceMinor = line.unitPriceMinor ?? product.priceMinor;
    const gross = unitPriceMinor * line.quantity;
    const discountMinor = line.discountMinor ?? 0;
    if (!Number.isSafeInteger(gross)) {
      throw new DomainError('validation_failed', `Line ${index + 1} is too large to total`, {
        errors: [{ path: `/lines/${index}/quantity`, in: 'body', code: 'maximum', message: 'quantity × unit price is too large' }],
      });
    }
    if (discountMinor > gross) {
      throw new DomainError('validation_failed', `Line ${index + 1}: the discount ${discountMinor} exceeds the line amount ${gross}`, {
        errors: [{ path: `/lines/${index}/discountMinor`, in: 'body', code: 'maximum', message: `must not exceed ${gross}` }],
      });
    }
    return { id: newId(), lineNo: index + 1, input: line, product, unitPriceMinor, discountMinor, totalMinor: gross - discountMinor };
  });
  return { lines, currency };
}

/** What intake concludes about an order before writing anything: shared by taking it in and by the preview. */
export interface OrderAssessment {
  totals: { subtotalMinor: number; discountMinor: number; totalMinor: number };
  receivedDate: string;
  requestedDeliveryDate: string | null;
  specialRequirements: SpecialRequirements | null;
  contact: CustomerContact | null;
  delivery: Delivery;
  type: OrderType;
  exceptions: StoredFinding[];
  warnings: StoredFinding[];
  priority: Priority;
  deadlines: ReturnType<typeof deadlinesFor>;
}

/**
 * The preliminary audit (SPEC §3), the priority and the deadlines (SPEC §4) of priced
 * lines, given how much of each line stock covers (reserved by intake, or available for a
 * preview).
 */
export function assessOrder(
  input: OrderInput,
  ctx: { now: Date; timeZone: string; customer: CustomerView; settings: OrderSettings; duplicateOf: { number: string; receivedAt: Date } | null },
  lines: PricedLine[],
  coveredOf: (line: PricedLine, index: number) => number,
): OrderAssessment {
  const { now, customer, settings } = ctx;
  const subtotalMinor = lines.reduce((s, l) => s + l.unitPriceMinor * l.input.quantity, 0);
  const discountMinor = lines.reduce((s, l) => s + l.discountMinor, 0);
  const totalMinor = subtotalMinor - discountMinor;
  const currency = lines[0]!.product.currency;
  const receivedDate = localDate(now, ctx.timeZone);
  const requestedDeliveryDate = input.requestedDeliveryDate ?? null;
  const specialRequirements = normaliseRequirements(input.specialRequirements);
  const contact = input.contact ?? defaultContact(customer);
  const delivery: Delivery =
    input.delivery?.method === 'pickup'
      ? { method: 'pickup', address: null }
      : { method: 'ship', address: input.delivery?.address ?? defaultAddress(customer) };
  const type = input.type ?? 'standard';
  const { exceptions, warnings } = auditIntake({
    type,
    paymentStatus: input.paymentStatus,
    requestedDeliveryDate,
    receivedDate,
    specialRequirements,
    hasContact: Boolean(contact && (contact.phone || contact.email)),
    needsDelivery: lines.some((l) => l.product.kind !== 'service'),
    hasDeliveryTarget: delivery.method === 'pickup' || delivery.address !== null,
    lines: lines.map((l, index) => ({
      sku: l.product.sku,
      kind: l.product.kind,
      active: l.product.active,
      quantity: l.input.quantity,
      reserved: coveredOf(l, index),
      listPriceMinor: l.product.priceMinor,
      unitPriceMinor: l.unitPriceMinor,
    })),
    duplicateOf: ctx.duplicateOf,
  });
  const priority = computePriority(
    {
      customerTier: customer.tier,
      totalMinor,
      currency,
      daysToDelivery: requestedDeliveryDate ? daysBetween(receivedDate, requestedDeliveryDate) : null,
      orderType: type,
    },
    settings.priority,
  );
  const deadlines = deadlinesFor(priority.level, now, settings.sla, settings.calendar);
  return { totals: { subtotalMinor, discountMinor, totalMinor }, receivedDate, requestedDeliveryDate, specialRequirements, contact, delivery, type, exceptions, warnings, priority, deadlines };
}

export interface CreateOrderContext {
  db: Db;
  now: Date;
  timeZone: string;
  actor: Actor;
  idempotencyKey?: string;
  /** Who owns the order from intake: the staff member entering it; none for the portal and the system. */
  owner?: { id: string; name: string } | null;
  /** Numbers the order after its transaction commits (PostgreSQL, numbering.ts); without one, intake numbers inline. */
  numberer?: NumberWaiter | undefined;
}

/**
 * Takes an order in (SPEC §3, §4): de-duplicates it by idempotency key and by channel +
 * the customer's external reference, prices it, reserves stock, runs the preliminary audit, scores its
 * priority and deadlines, and numbers it — all in one transaction with its audit event.
 * Answers 201 for a new order, 200 for one that already existed.
 */
export async function createOrder(ctx: CreateOrderContext, input: OrderInput): Promise<StoredResponse & { body: OrderView }> {
  let taken: StoredResponse & { body: OrderView };
  try {
    taken = await ctx.db.transaction((tx) => createOrderIn(tx, ctx, input, null, ctx.numberer ? 'queued' : 'inline'));
  } catch (err) {
    if (input.externalRef && isUniqueViolation(err, 'orders_channel_customer_external_ref_key')) {
      // A concurrent request with the same reference won the race: answer with its order.
      const existing = await findByExternalRef(ctx.db, { channel: input.channel, customerId: input.customerId, externalRef: input.externalRef });
      if (existing) return { statusCode: 200, body: await withNumber(ctx, existing) };
    }
    throw err;
  }
  return { ...taken, body: await withNumber(ctx, taken.body) };
}

/** The order as answered: an order committed unnumbered (or replayed from then) is answered once numbered. */
async function withNumber(ctx: CreateOrderContext, order: OrderView): Promise<OrderView> {
  if (order.number || !ctx.numberer) return order;
  return { ...order, number: await ctx.numberer.numbered(order.id) };
}

/** What links a replacement order to the order it replaces and the after-sales case it was made for. */
export interface ReplacementLink {
  orderId: string;
  number: string;
  caseId: string;
}

/**
 * Takes in a replacement or reshipment for an after-sales case inside the caller's
 * transaction: the same intake as any order (numbering, audit, reservation, priority),
 * carrying the link to the order it replaces.
 */
export async function createReplacementOrder(tx: Tx, ctx: Omit<CreateOrderContext, 'db' | 'idempotencyKey'>, input: OrderInput, replacementOf: ReplacementLink): Promise<OrderView> {
  const created = await createOrderIn(tx, ctx, input, replacementOf);
  return created.body;
}

/**
 * Takes an order in inside the caller's transaction (a lead converted with its first order):
 * the same intake as any order — validation, pricing, reservation, audit, priority, number.
 */
export async function createOrderWithin(tx: Tx, ctx: Omit<CreateOrderContext, 'db' | 'idempotencyKey'>, input: OrderInput): Promise<OrderView> {
  const created = await createOrderIn(tx, ctx, input);
  return created.body;
}

async function createOrderIn(
  tx: Tx,
  ctx: Omit<CreateOrderContext, 'db'>,
  input: OrderInput,
  replacementOf: ReplacementLink | null = null,
  numbering: 'inline' | 'queued' = 'inline',
): Promise<StoredResponse & { body: OrderView }> {
  const { now, actor } = ctx;
  const claim = ctx.idempotencyKey
    ? { scope: actor.userId ?? actor.label, key: ctx.idempotencyKey, requestHash: hashRequest(input) }
    : undefined;
  if (claim) {
    const replay = await claimIdempotencyKey(tx, claim, now);
    if (replay) return replay as StoredResponse & { body: OrderView };
  }
  const answer = async (statusCode: number, body: OrderView) => {
    if (claim) await completeIdempotencyKey(tx, claim, { statusCode, body });
    return { statusCode, body };
  };

  const fingerprint = linesFingerprint(input.lines);
  // Only an order that leaves something unpaid is checked against the credit limit, so only
  // such orders hold the customer: a paid order neither decides on nor changes what the
  // customer owes, and a busy customer's paid orders no longer wait for one another here.
  if (input.paymentStatus !== 'paid') await lockCustomerForCredit(tx, input.customerId);
  const known = await lookUpIntake(tx, input, fingerprint, now);
  if (known.existing) return answer(200, await loadView(tx, known.existing));
  const { customer, products, settings, duplicateOf, receivables, template } = known;
  if (!customer) {
    throw unknownReference(`No customer ${input.customerId}`, [{ path: '/customerId', in: 'body', code: 'unknown', message: 'is not a known customer' }]);
  }
  assertCustomerTakesOrders(customer);
  const { lines, currency } = priceLines(input, products);
  const orderId = newId();
  const reserved = await reserveForOrder(tx, {
    orderId,
    customerId: customer.id,
    actorId: actor.userId,
    at: now,
    lines: lines.filter((l) => l.product.kind === 'stock').map((l) => ({ lineId: l.id, productId: l.product.id, quantity: l.input.quantity })),
  });

  const { totals, receivedDate, requestedDeliveryDate, specialRequirements, contact, delivery, type, exceptions, warnings, priority, deadlines } = assessOrder(
    input,
    { now, timeZone: ctx.timeZone, customer, settings, duplicateOf },
    lines,
    (line) => reserved.get(line.id) ?? 0,
  );
  const { subtotalMinor, discountMinor, totalMinor } = totals;

  // The promise date from what intake holds already: the reservations just made, the
  // products' lead times and the plan template; only made-to-order lines read capacity.
  const promise = await promiseFor(tx, {
    orderType: type,
    template,
    calendar: settings.calendar,
    start: receivedDate,
    lines: lines.map((l) => ({ sku: l.product.sku, kind: l.product.kind, quantity: l.input.quantity, inStock: reserved.get(l.id) ?? 0, leadTimes: l.product.leadTimes })),
  });

  const entryCheckRequired = (settings.intake.entryCheckChannels as string[]).includes(input.channel);
  const events: OrderEvent[] = entryCheckRequired ? ['require_entry_check'] : [exceptions.length > 0 ? 'audit_fail' : 'audit_pass'];
  const opening = new OpeningOrder(
    {
      id: orderId,
      number: null,
      customerId: customer.id,
      customerName: customer.name,
      channel: input.channel,
      externalRef: input.externalRef ?? null,
      type,
      priorityLevel: priority.level,
      priority,
      exceptions,
      warnings,
      requestedDeliveryDate,
      promisedDeliveryDate: promise.promiseDate,
      contact,
      delivery,
      specialRequirements,
      paymentStatus: input.paymentStatus,
      // Paid in full before entry; a partial payment declared at intake has no amount, so none is counted.
      paidMinor: input.paymentStatus === 'paid' ? totalMinor : 0,
      signedConfirmation: false,
      currency,
      subtotalMinor,
      discountMinor,
      totalMinor,
      linesFingerprint: fingerprint,
      receivedAt: now,
      responseDueAt: deadlines.response.dueAt,
      planDueAt: deadlines.plan.dueAt,
      enteredBy: actor.userId,
      ownerId: ctx.owner?.id ?? null,
      ownerName: ctx.owner?.name ?? null,
      entryCheck: entryCheckRequired ? 'pending' : 'not_required',
      entryConfirmedBy: null,
      entryConfirmedAt: null,
      exceptionSince: null,
      acceptanceResult: null,
      deliveredAt: null,
      promisedAtDelivery: null,
      deliveredLate: null,
      replacementOfOrderId: replacementOf?.orderId ?? null,
      replacementOfNumber: replacementOf?.number ?? null,
      replacementCaseId: replacementOf?.caseId ?? null,
      updatedAt: now,
      version: 1,
    },
    events,
  );
  const orderRow = opening.row;
  const lineRows = lines.map((l) => lineRowOf(l, { orderId, customerId: customer.id }, reserved.get(l.id) ?? 0));
  // An order that passed the audit starts its review (and may be approved at once); an
  // exception opens the specialist's task.
  const followUp = await followAudit(tx, now, orderRow, lineRows, async () => ({ customer, products, receivables, today: receivedDate, review: known.review }));
  opening.advance(followUp.events);
  orderRow.exceptionSince = followUp.exceptionSince;
  const { status } = orderRow;
  const { path } = opening;
  // The order, its lines, its first review and plan job and its audit events in one statement;
  // the events lock one of the customer's audit chains until commit.
  const view = toView(orderRow, lineRows);
  const { number: _unassigned, ...received } = view;
  const intakeMessages = [
    { topic: 'order.received', customerId: customer.id, payload: { orderId, status, priority: priority.level } } satisfies OutboxMessage<'order.received'>,
    prioritisedMessage(orderId, customer.id, priority, settings.priority.informRoles),
  ];
  // An order approved at intake has had its response: that clock starts met.
  const clocks: SlaClockPlan[] = [
    { kind: 'response', ...deadlines.response, ...(status === 'approved' ? { satisfiedAt: now } : {}) },
    { kind: 'plan', ...deadlines.plan },
  ];
  const toNumber = { id: orderId, customerId: customer.id, ownerId: orderRow.ownerId, month: orderMonth(now, ctx.timeZone) };
  const reviewStarted = status === 'under_review' || status === 'approved';
  // An order numbered after commit is queued in the same statement and sends no message before it has its number.
  const queued = numbering === 'queued';
  await tx.execute(
    prepared(sql`
    WITH
      inserted AS (INSERT INTO orders SELECT * FROM jsonb_populate_record(NULL::orders, ${JSON.stringify(rowToJson(orders, orderRow))}::jsonb)),
      inserted_lines AS (INSERT INTO order_lines SELECT * FROM jsonb_populate_recordset(NULL::order_lines, ${JSON.stringify(lineRows.map((l) => rowToJson(orderLines, l)))}::jsonb)),
      ${sql.join(followUp.writes.map((write) => sql`${write},`))}
      ${queued ? sql`${queueNumberingCte(actor, now, toNumber, { clocks, reviewStarted, messages: [...intakeMessages, ...followUp.messages] })},` : sql``}
      ${auditAppendCtes(
        actor,
        now,
        [{ entityType: 'order', entityId: orderId, customerId: customer.id, action: 'order.received', after: { ...received, transitions: path } }, ...followUp.changes],
        queued ? [] : intakeMessages,
      )}
    SELECT 1`),
  );
  if (queued) return answer(201, view);
  const number = await numberOrder(tx, actor, now, toNumber, { clocks, reviewStarted, messages: followUp.messages });
  return answer(201, { ...view, number });
}

/** SPEC §4: the priority result, with how it was reached, goes to the departments involved. */
function prioritisedMessage(orderId: string, customerId: string, priority: Priority, informRoles: Role[]): OutboxMessage<'order.prioritised'> {
  return {
    topic: 'order.prioritised',
    customerId,
    payload: { orderId, level: priority.level, score: priority.score, factors: priority.factors, rules: priority.rules, audience: { roles: informRoles } },
  };
}

/**
 * Everything intake reads before it writes, in one round trip: the customer, the products,
 * the order settings, the customer's order already taken under this channel reference, the newest
 * likely duplicate (same customer and lines within the window), and the customer's open
 * receivables (for the review's credit check).
 */
export async function lookUpIntake(tx: Executor, input: OrderInput, fingerprint: string, now: Date) {
  const [row] = await queryRows<{
    customer: unknown;
    products: unknown;
    settings: unknown;
    existing: Record<string, unknown> | null;
    duplicate: { number: string; received_at: string } | null;
    receivables: Record<string, number>;
    template: unknown;
    review: unknown;
  }>(
    tx,
    prepared(sql`SELECT ${customerLookup(input.customerId)} AS customer,
               ${productsLookup([...new Set(input.lines.map((l) => l.productId))])} AS products,
               ${orderSettingsLookup()} AS settings,
               ${input.externalRef ? sql`(SELECT to_jsonb(o) FROM orders o WHERE o.channel = ${input.channel} AND o.customer_id = ${input.customerId}::uuid AND o.external_ref = ${input.externalRef})` : sql`NULL::jsonb`} AS existing,
               (SELECT jsonb_build_object('number', o.number, 'received_at', o.received_at) FROM orders o
                 WHERE o.customer_id = ${input.customerId}::uuid AND o.lines_fingerprint = ${fingerprint} AND o.status <> 'cancelled'
                   AND o.received_at >= ${new Date(now.getTime() - maxDuplicateWindowHours * 3_600_000).toISOString()}::timestamptz
                 ORDER BY o.received_at DESC LIMIT 1) AS duplicate,
               ${openReceivablesLookup(input.customerId)} AS receivables,
               ${templateLookup(input.type ?? 'standard')} AS template,
               ${reviewLookup(input.type ?? 'standard')} AS review`),
  );
  const settings = orderSettingsFrom(settingsFromLookup(row!.settings));
  // The newest match decides: if it is outside the configured window, all older ones are too.
  const duplicate = row!.duplicate && Date.parse(row!.duplicate.received_at) >= now.getTime() - settings.intake.duplicateWindowHours * 3_600_000 ? row!.duplicate : null;
  return {
    customer: customerFromLookup(row!.customer),
    products: productsFromLookup(row!.products),
    settings,
    existing: row!.existing ? rowFromJson(orders, row!.existing) : undefined,
    duplicateOf: duplicate ? { number: duplicate.number, receivedAt: new Date(duplicate.received_at) } : null,
    receivables: row!.receivables,
    template: templateFromLookup(input.type ?? 'standard', row!.template),
    review: reviewFromLookup(input.type ?? 'standard', row!.review),
  };
}
