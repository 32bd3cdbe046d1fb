/*
 * Shipments and delivery acceptance (shipments, shipment_lines/events, acceptances, photos): from
 * picking to the customer's signature. It calls orders through orders' door; others reach it only here.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { type Actor, type Change, recordChanges } from '../../platform/audit/record.js';
import { fire } from '../../platform/fsm.js';
import { DomainError } from '../../platform/http/errors.js';
import { scheduleSurvey } from '../feedback/service.js';
import { canOrder, deliveryRecord, getOrder, type LockedOrder, lockOrderWithLines, orderMessage, shipOrderLines, transitionOrder } from '../orders/service.js';
import { settleDeliveryStages } from '../planning/service.js';
import { shipmentEvents, shipmentLines, shipments } from './schema.js';
import { activeCarrier, carriersByCode, trackingUrl } from './carriers.js';
import type { CarrierKind, PickList } from './contract.js';
import { shipmentMachine, type ShipmentStatus, trackingEvents, type TrackingStatus } from './states.js';
import { newId } from '../../platform/db/ids.js';

export { addAcceptancePhotos, getAcceptance, maxPhotosPerAcceptance, photoLimits, recordAcceptance, type AcceptanceInput } from './acceptance.js';
export { createCarrier, deleteCarrier, getCarrier, listCarriers, updateCarrier } from './carriers.js';
export { shipmentStatuses, trackingStatuses, type ShipmentStatus, type TrackingStatus } from './states.js';

/* Picking, packing, shipping and tracking (SPEC §7); services go "in service" instead. */

export { carrierKinds, lineResults, type CarrierKind, type LineResult } from './contract.js';
/** From this many units a consignment is bulk: freight rather than express. */
export const bulkUnits = 100;

type ShipmentRow = typeof shipments.$inferSelect;

export interface ShipmentView {
  id: string;
  orderId: string;
  carrier: { kind: CarrierKind; name: string; code: string | null; trackingUrl: string | null };
  trackingNumber: string;
  costMinor: number;
  currency: string;
  status: ShipmentStatus;
  shippedAt: string;
  deliveredAt: string | null;
  lines: { orderLineId: string; lineNo: number; sku: string; name: string; unit: string; quantity: number }[];
  events: { status: TrackingStatus; at: string; location: string | null; note: string | null }[];
}

async function shipmentViews(db: Executor, rows: ShipmentRow[]): Promise<ShipmentView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const lines = await db.select().from(shipmentLines).where(inArray(shipmentLines.shipmentId, ids)).orderBy(asc(shipmentLines.lineNo));
  const events = await db.select().from(shipmentEvents).where(inArray(shipmentEvents.shipmentId, ids)).orderBy(asc(shipmentEvents.at), asc(shipmentEvents.id));
  const directory = await carriersByCode(db, rows.flatMap((r) => (r.carrierCode ? [r.carrierCode] : [])));
  return rows.map((row) => ({
    id: row.id,
    orderId: row.orderId,
    carrier: {
      kind: row.carrierKind as CarrierKind,
      // The name as shipped: a carrier renamed later still shows under the name on the waybill.
      name: row.carrierName,
      code: row.carrierCode,
      trackingUrl: trackingUrl((row.carrierCode && directory.get(row.carrierCode)?.trackingUrlTemplate) || null, row.trackingNumber),
    },
    trackingNumber: row.trackingNumber,
    costMinor: row.costMinor,
    currency: row.currency,
    status: row.status,
    shippedAt: row.shippedAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    lines: lines.filter((l) => l.shipmentId === row.id).map(({ orderLineId, lineNo, sku, name, unit, quantity }) => ({ orderLineId, lineNo, sku, name, unit, quantity })),
    events: events.filter((e) => e.shipmentId === row.id).map((e) => ({ status: e.status, at: e.at.toISOString(), location: e.location, note: e.note })),
  }));
}

export async function getShipment(db: Executor, id: string): Promise<ShipmentView> {
  const [row] = await db.select().from(shipments).where(eq(shipments.id, id));
  if (!row) throw new DomainError('not_found', `No shipment ${id}`);
  return (await shipmentViews(db, [row]))[0]!;
}

export async function listShipments(db: Executor, orderId: string): Promise<ShipmentView[]> {
  await getOrder(db, orderId);
  return shipmentViews(db, await db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.shippedAt), asc(shipments.id)));
}

/** Express for green-channel orders and small consignments, freight for bulk (SPEC §7). */
function suggestedCarrier(type: string, units: number): CarrierKind {
  return type === 'urgent' || units < bulkUnits ? 'express' : 'freight';
}

/** What the warehouse picks now: per goods line, what is left to ship and how much of it is reserved stock (the rest is backordered). */
export async function pickList(db: Executor, orderId: string): Promise<PickList> {
  const order = await getOrder(db, orderId);
  const lines = order.lines
    .filter((l) => l.kind !== 'service')
    .map((l) => {
      const open = l.quantity - l.shippedQuantity;
      return {
        lineId: l.id,
        lineNo: l.lineNo,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        kind: l.kind,
        open,
        reserved: l.reservedQuantity,
        backordered: l.backorderedQuantity,
        pickNow: l.kind === 'stock' ? Math.min(open, l.reservedQuantity) : open,
      };
    });
  const units = lines.reduce((sum, l) => sum + l.pickNow, 0);
  return { orderId, number: order.number, status: order.status, suggestedCarrier: suggestedCarrier(order.type, units), delivery: order.delivery, lines };
}

/** The packing list of one shipment: what goes in the box and where it goes. */
export async function packList(db: Executor, shipmentId: string): Promise<ShipmentView & { orderNumber: string; customerName: string; delivery: unknown; contact: unknown }> {
  const shipment = await getShipment(db, shipmentId);
  const order = await getOrder(db, shipment.orderId);
  return { ...shipment, orderNumber: order.number, customerName: order.customer.name, delivery: order.delivery, contact: order.contact };
}

export interface ShipmentInput {
  /** A carrier of the directory by `code`, or one outside it by `name`. */
  carrier: { kind: CarrierKind; code?: string; name?: string };
  trackingNumber: string;
  costMinor: number;
  lines: { lineId: string; quantity: number }[];
}

/**
 * Hands some quantity of some lines to a carrier: a partial or split shipment, or the
 * last one. Shipping consumes the order's reserved stock; the order moves to
 * partially_shipped or shipped, and the customer hears the tracking number.
 */
export async function createShipment(db: Db, actor: Actor, now: Date, orderId: string, input: ShipmentInput): Promise<ShipmentView> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    if (!canOrder(order.row.status, 'ship_partial')) {
      throw new DomainError('invalid_transition', `Order ${order.row.number} is ${order.row.status}; it ships once ready_to_ship`, { meta: { orderStatus: order.row.status } });
    }
    const carrier = input.carrier.code !== undefined ? await activeCarrier(tx, input.carrier.code) : undefined;
    const carrierName = carrier?.name ?? input.carrier.name?.trim() ?? '';
    if (carrierName === '') {
      throw new DomainError('carrier_required', 'Choose a carrier from the directory (carrier.code) or name one (carrier.name)', { errors: [{ path: '/carrier/code', in: 'body', code: 'required', message: 'is required' }] });
    }
    const shipped = await shipOrderLines(tx, actor, now, order, input.lines);
    const id = newId();
    const row: ShipmentRow = {
      id,
      orderId,
      customerId: order.row.customerId,
      carrierKind: input.carrier.kind,
      carrierName,
      carrierCode: carrier?.code ?? null,
      trackingNumber: input.trackingNumber.trim(),
      costMinor: input.costMinor,
      currency: order.row.currency,
      status: 'shipped',
      shippedAt: now,
      deliveredAt: null,
      createdBy: actor.userId,
    };
    await tx.insert(shipments).values(row);
    await tx.insert(shipmentLines).values(
      shipped.shipped.map(({ line, quantity }) => ({
        shipmentId: id,
        orderLineId: line.id,
        customerId: order.row.customerId,
        lineNo: line.lineNo,
        productId: line.productId,
        sku: line.sku,
        name: line.name,
        unit: line.unit,
        quantity,
      })),
    );
    const view = (await shipmentViews(tx, [row]))[0]!;
    shipped.change.after = { ...(shipped.change.after as object), shipmentId: id, carrier: view.carrier, trackingNumber: view.trackingNumber, costMinor: view.costMinor, currency: view.currency };
    await recordChanges(
      tx,
      actor,
      now,
      [shipped.change, ...(await settleDeliveryStages(tx, now, orderId, 'started'))],
      [orderMessage(shipped.row, 'shipment.shipped', { customer: true, roles: ['specialist'] }, { shipmentId: id, carrier: view.carrier.name, trackingNumber: view.trackingNumber, status: shipped.row.status })],
    );
    return view;
  });
}

async function lockShipment(tx: Tx, id: string): Promise<{ order: LockedOrder; shipment: ShipmentRow }> {
  const [found] = await tx.select({ orderId: shipments.orderId }).from(shipments).where(eq(shipments.id, id));
  if (!found) throw new DomainError('not_found', `No shipment ${id}`);
  const order = await lockOrderWithLines(tx, found.orderId);
  const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, id)).for('update');
  return { order, shipment: shipment! };
}

/** Delivery moves the order on (goods or service): it is delivered, and the survey is queued. */
async function deliverOrder(tx: Tx, actor: Actor, now: Date, timeZone: string, order: LockedOrder, event: 'deliver' | 'complete_service'): Promise<Change[]> {
  const surveyAt = await scheduleSurvey(tx, now, order.row.id);
  const delivery = deliveryRecord(order.row, now, timeZone);
  const moved = await transitionOrder(tx, actor, now, {
    order,
    events: [event],
    set: delivery,
    audit: { action: 'order.delivered', after: { surveyAt: surveyAt.toISOString(), promisedDeliveryDate: delivery.promisedAtDelivery, deliveredLate: delivery.deliveredLate } },
  });
  return [moved.change, ...(await settleDeliveryStages(tx, now, order.row.id, 'done'))];
}

/**
 * A carrier's tracking event. When the last shipment of a fully shipped order is
 * delivered, the order is delivered.
 */
export async function recordTrackingEvent(
  db: Db,
  actor: Actor,
  now: Date,
  timeZone: string,
  shipmentId: string,
  input: { status: TrackingStatus; at: string; location?: string; note?: string },
): Promise<ShipmentView> {
  return db.transaction(async (tx) => {
    const { order, shipment } = await lockShipment(tx, shipmentId);
    const status = fire(shipmentMachine, shipment.status, trackingEvents[input.status], {
      code: 'shipment_closed',
      detail: `Shipment ${shipment.trackingNumber} was delivered at ${shipment.deliveredAt?.toISOString()}`,
    });
    const at = new Date(input.at);
    await tx.insert(shipmentEvents).values({
      id: newId(),
      shipmentId,
      customerId: shipment.customerId,
      status: input.status,
      at,
      location: input.location?.trim() || null,
      note: input.note?.trim() || null,
      recordedBy: actor.userId,
      recordedAt: now,
    });
    const delivered = status === 'delivered';
    const [updated] = await tx
      .update(shipments)
      .set({ status, deliveredAt: delivered ? at : null })
      .where(eq(shipments.id, shipmentId))
      .returning();
    const changes: Change[] = [
      {
        entityType: 'order',
        entityId: order.row.id,
        customerId: order.row.customerId,
        action: 'shipment.tracked',
        before: { shipmentId, status: shipment.status },
        after: { shipmentId, trackingNumber: shipment.trackingNumber, status: input.status, at: at.toISOString(), location: input.location ?? null, note: input.note ?? null },
      },
    ];
    const messages = [];
    if (delivered && canOrder(order.row.status, 'deliver')) {
      const all = await tx.select({ status: shipments.status }).from(shipments).where(eq(shipments.orderId, order.row.id));
      if (all.every((s) => s.status === 'delivered')) {
        changes.push(...(await deliverOrder(tx, actor, now, timeZone, order, 'deliver')));
        messages.push(orderMessage(order.row, 'order.delivered', { customer: true, roles: ['specialist'] }));
      }
    }
    messages.unshift(orderMessage(order.row, 'shipment.tracked', { customer: true, roles: input.status === 'exception' ? ['logistics', 'specialist'] : ['specialist'] }, {
      shipmentId,
      trackingNumber: shipment.trackingNumber,
      carrier: shipment.carrierName,
      status: input.status,
      reason: input.note ?? '',
    }));
    await recordChanges(tx, actor, now, changes, messages);
    return (await shipmentViews(tx, [updated!]))[0]!;
  });
}

/** A service order's work begins at the customer's: "in service" instead of shipping (SPEC §7). */
export async function startService(db: Db, actor: Actor, now: Date, orderId: string, note?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const moved = await transitionOrder(tx, actor, now, { order, events: ['start_service'], audit: { action: 'order.in_service', after: { note: note ?? null } } });
    await recordChanges(tx, actor, now, [moved.change, ...(await settleDeliveryStages(tx, now, orderId, 'started'))], [orderMessage(moved.row, 'order.service_started', { customer: true, roles: ['specialist'] })]);
  });
}

/** The service is done: the order is delivered and waits for the customer's acceptance. */
export async function completeService(db: Db, actor: Actor, now: Date, timeZone: string, orderId: string, note?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const [change, ...stageChanges] = await deliverOrder(tx, actor, now, timeZone, order, 'complete_service');
    change!.after = { ...(change!.after as object), note: note ?? null };
    await recordChanges(tx, actor, now, [change!, ...stageChanges], [orderMessage(order.row, 'order.delivered', { customer: true, roles: ['specialist'] })]);
  });
}
