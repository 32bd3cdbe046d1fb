import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { recordChange, type Actor } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { assertVersion } from '../../platform/http/versioning.js';
import { carriers, shipments } from './schema.js';
import { trackingNumberPlaceholder, type Carrier, type CarrierCreate, type CarrierPatch } from './contract.js';
import { newId } from '../../platform/db/ids.js';

/* The carrier directory (承运商): whom shipments are handed to, and where their tracking pages are. */

type CarrierRow = typeof carriers.$inferSelect;

function carrierView(row: CarrierRow): Carrier {
  return { id: row.id, code: row.code, name: row.name, trackingUrlTemplate: row.trackingUrlTemplate, active: row.active, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

function codeTaken(code: string): DomainError {
  return new DomainError('already_exists', `A carrier with code ${code} already exists`, { errors: [{ path: '/code', in: 'body', code: 'unique', message: 'is already taken' }] });
}

/**
 * A template is usable when it is an https address with a host and `{trackingNumber}` in it,
 * and stays a valid address once a number is put in. Empty means "no tracking page" (null).
 */
export function normaliseTrackingTemplate(template: string | null | undefined): string | null {
  const trimmed = template?.trim() ?? '';
  if (trimmed === '') return null;
  const refuse = (why: string) =>
    new DomainError('invalid_tracking_url', `${trimmed}: ${why}`, { errors: [{ path: '/trackingUrlTemplate', in: 'body', code: 'invalid_tracking_url', message: why }] });
  if (!trimmed.includes(trackingNumberPlaceholder)) throw refuse(`must contain ${trackingNumberPlaceholder}`);
  const filled = (n: string) => {
    try {
      return new URL(trimmed.replaceAll(trackingNumberPlaceholder, n));
    } catch {
      throw refuse('is not an address');
    }
  };
  const url = filled('SF1234567890');
  if (url.protocol !== 'https:') throw refuse('must start with https://');
  if (url.hostname === '' || url.username !== '' || url.password !== '') throw refuse('must name a host and no credentials');
  // The number may go in the path or the query, never in the host: the link must always lead to the carrier.
  if (filled('JD0987654321').host !== url.host) throw refuse('the number goes in the path or query, not the host');
  return trimmed;
}

/** The tracking page of one shipment: the template with the number filled in (escaped), or null without a template. */
export function trackingUrl(template: string | null, trackingNumber: string): string | null {
  return template ? template.replaceAll(trackingNumberPlaceholder, encodeURIComponent(trackingNumber)) : null;
}

export async function listCarriers(db: Executor, filter: { active?: boolean } = {}): Promise<Carrier[]> {
  const rows = await db
    .select()
    .from(carriers)
    .where(filter.active === undefined ? undefined : eq(carriers.active, filter.active))
    .orderBy(asc(carriers.code));
  return rows.map(carrierView);
}

export async function getCarrier(db: Executor, id: string): Promise<Carrier> {
  const [row] = await db.select().from(carriers).where(eq(carriers.id, id));
  if (!row) throw new DomainError('not_found', `No carrier ${id}`);
  return carrierView(row);
}

/** The directory's entries with these codes, for showing shipments (names and tracking links). */
export async function carriersByCode(db: Executor, codes: readonly string[]): Promise<Map<string, CarrierRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select().from(carriers).where(inArray(carriers.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r]));
}

/** An active carrier by code, as a new shipment names it; anything else is a 422 on the field. */
export async function activeCarrier(db: Executor, code: string): Promise<CarrierRow> {
  const [row] = await db
    .select()
    .from(carriers)
    .where(and(eq(carriers.code, code.trim().toUpperCase()), eq(carriers.active, true)));
  if (!row) {
    throw new DomainError('unknown_reference', `No active carrier with code ${code}`, { errors: [{ path: '/carrier/code', in: 'body', code: 'unknown_carrier', message: 'is not an active carrier' }] });
  }
  return row;
}

export async function createCarrier(db: Db, actor: Actor, now: Date, input: CarrierCreate): Promise<Carrier> {
  const row: CarrierRow = {
    id: newId(),
    code: input.code.trim().toUpperCase(),
    name: input.name.trim(),
    trackingUrlTemplate: normaliseTrackingTemplate(input.trackingUrlTemplate),
    active: input.active ?? true,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(carriers).values(row);
      const view = carrierView(row);
      await recordChange(tx, actor, now, { entityType: 'carrier', entityId: row.id, action: 'carrier.created', after: view });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'carriers_code_key')) throw codeTaken(row.code);
    throw err;
  }
}

export async function updateCarrier(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number, patch: CarrierPatch): Promise<Carrier> {
  const code = patch.code?.trim().toUpperCase();
  const template = patch.trackingUrlTemplate === undefined ? undefined : normaliseTrackingTemplate(patch.trackingUrlTemplate);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(carriers).where(eq(carriers.id, id)).for('update');
      if (!current) throw new DomainError('not_found', `No carrier ${id}`);
      assertVersion('carrier', current.version, expectedVersion);
      if (code !== undefined && code !== current.code && (await inUse(tx, current.code))) {
        // Shipments keep the code to find their carrier's name and tracking page.
        throw new DomainError('carrier_in_use', `Shipments name carrier ${current.code}; its code cannot change`, { errors: [{ path: '/code', in: 'body', code: 'immutable', message: 'is used by shipments' }] });
      }
      const [updated] = await tx
        .update(carriers)
        .set({
          ...(code !== undefined ? { code } : {}),
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(template !== undefined ? { trackingUrlTemplate: template } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
          updatedAt: now,
          version: current.version + 1,
        })
        .where(eq(carriers.id, id))
        .returning();
      const after = carrierView(updated!);
      await recordChange(tx, actor, now, { entityType: 'carrier', entityId: id, action: 'carrier.updated', before: carrierView(current), after });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'carriers_code_key')) throw codeTaken(code ?? '');
    throw err;
  }
}

async function inUse(db: Executor, code: string): Promise<boolean> {
  const [used] = await db.select({ id: shipments.id }).from(shipments).where(eq(shipments.carrierCode, code)).limit(1);
  return used !== undefined;
}

/** Removes a carrier no shipment names; one that shipped something is deactivated instead (409 carrier_in_use). */
export async function deleteCarrier(db: Db, actor: Actor, now: Date, id: string, expectedVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(carriers).where(eq(carriers.id, id)).for('update');
    if (!current) throw new DomainError('not_found', `No carrier ${id}`);
    assertVersion('carrier', current.version, expectedVersion);
    if (await inUse(tx, current.code)) throw new DomainError('carrier_in_use', `Shipments name carrier ${current.code}; deactivate it instead`);
    await tx.delete(carriers).where(eq(carriers.id, id));
    await recordChange(tx, actor, now, { entityType: 'carrier', entityId: id, action: 'carrier.deleted', before: carrierView(current) });
  });
}
