/*
 * An order's dossier (issue 14 item 7, SPEC §11 archiving): everything recorded about one
 * order, gathered through each module's door, with its audit events and a check of the hash
 * chain they lie in. It owns no table; exporting one is itself recorded on the order.
 */
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { chainedEventsOf } from '../../platform/audit/query.js';
import { verifyChainSegment } from '../../platform/audit/verify.js';
import type { Db, Executor } from '../../platform/db/connect.js';
import { allPages } from '../../platform/export/table-file.js';
import { DomainError } from '../../platform/http/errors.js';
import { listCases } from '../aftersales/service.js';
import { listFeedback, surveyStatus } from '../feedback/service.js';
import { getAcceptance, listShipments } from '../fulfilment/service.js';
import { getOrder, listRevisions, orderIdByNumber } from '../orders/service.js';
import { listPayments } from '../payments/service.js';
import { getPlan } from '../planning/service.js';
import { getReview } from '../review/service.js';
import type { Dossier, DossierEvent, DossierFormat } from './contract.js';
import type { DossierLanguage } from './labels.js';
import { dossierPdf } from './pdf.js';

export { dossierFormats, type Dossier, type DossierFormat } from './contract.js';

/** A part the order may not have yet (no plan before approval, no acceptance before delivery). */
async function unlessMissing<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'not_found') return null;
    throw err;
  }
}

async function everyItem<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  for await (const batch of allPages(page)) items.push(...batch);
  return items;
}

/** Checks, chain by chain, the stretch from the order's first event to its last, every event between recomputed. */
async function verifyEvents(db: Executor, events: DossierEvent[]): Promise<Dossier['verification']> {
  const stretches = new Map<string, { from: number; to: number }>();
  for (const { chain, seq } of events) {
    const stretch = stretches.get(chain);
    stretches.set(chain, stretch ? { from: Math.min(stretch.from, seq), to: Math.max(stretch.to, seq) } : { from: seq, to: seq });
  }
  const segments: Dossier['verification']['segments'] = [];
  for (const [chain, { from, to }] of stretches) segments.push(await verifyChainSegment(db, chain, from, to));
  return { ok: segments.every((s) => s.ok), segments };
}

/** The dossier of one order as it stands now (404 not_found for an unknown order). */
export async function orderDossier(db: Executor, orderId: string, now: Date): Promise<Dossier> {
  const order = await getOrder(db, orderId);
  const cases = await everyItem((cursor) => listCases(db, { orderId, sort: 'opened', order: 'asc', limit: 200, cursor }));
  const caseIds = cases.map((c) => c.id);
  const events = (await chainedEventsOf(db, { order: [orderId], plan: [orderId], aftersales_case: caseIds, case: caseIds })).sort(
    (a, b) => a.at.localeCompare(b.at) || a.chain.localeCompare(b.chain) || a.seq - b.seq,
  );
  const survey = await surveyStatus(db, orderId, now);
  return {
    generatedAt: now.toISOString(),
    order,
    revisions: await listRevisions(db, orderId),
    review: (await getReview(db, orderId)) ?? null,
    plan: await unlessMissing(getPlan(db, orderId)),
    shipments: await listShipments(db, orderId),
    acceptance: await unlessMissing(getAcceptance(db, orderId)),
    cases,
    survey: survey ? { status: survey.status, expiresAt: survey.expiresAt } : null,
    feedback: await everyItem((cursor) => listFeedback(db, { orderId, limit: 200, cursor })),
    payments: await listPayments(db, orderId),
    events,
    verification: await verifyEvents(db, events),
  };
}

/** The id of the order a person names by its number (404 order_number_unknown). */
export async function orderIdOfNumber(db: Executor, number: string): Promise<string> {
  const id = await orderIdByNumber(db, number);
  if (!id) throw new DomainError('order_number_unknown', `No order has the number ${number}`);
  return id;
}

export interface DossierExport {
  orderId: string;
  format: DossierFormat;
  language: DossierLanguage;
  timeZone: string;
}

/**
 * Exports an order's dossier: gathered, printed when a PDF is asked for, then recorded on the
 * order as `order.dossier_exported` (who took the archive record, when, in what form, whether
 * its chain held). Gathering and printing hold no transaction: printing takes a moment, and
 * the embedded database has one connection that every other request would wait for.
 */
export async function exportDossier(db: Db, actor: Actor, now: Date, request: DossierExport): Promise<{ dossier: Dossier; pdf: Buffer | null }> {
  const dossier = await orderDossier(db, request.orderId, now);
  const pdf = request.format === 'pdf' ? await dossierPdf(db, dossier, { language: request.language, timeZone: request.timeZone, now }) : null;
  await db.transaction((tx) =>
    recordChange(tx, actor, now, {
      entityType: 'order',
      entityId: request.orderId,
      customerId: dossier.order.customer.id,
      action: 'order.dossier_exported',
      after: { format: request.format, language: request.language, events: dossier.events.length, chainIntact: dossier.verification.ok },
    }),
  );
  return { dossier, pdf };
}
