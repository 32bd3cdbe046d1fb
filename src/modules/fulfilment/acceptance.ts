import { Readable } from 'node:stream';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { fileTypes } from '../../platform/files/sniff.js';
import type { FileLimits, FileStore, StagedFile } from '../../platform/files/store.js';
import { tooManyFiles } from '../../platform/files/upload.js';
import { type Actor, type Change, type OutboxMessage, recordChanges } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { type CaseView, openCaseInTx } from '../aftersales/service.js';
import { surveySent } from '../feedback/service.js';
import { canOrder, completeIfAcceptedAndSurveyed, deliveredQuantity, lockOrderWithLines, orderMessage, recordAcceptanceOutcome } from '../orders/service.js';
import type { LineResult } from './contract.js';
import { type AcceptanceLine, acceptancePhotos, acceptances } from './schema.js';
import { newId } from '../../platform/db/ids.js';

/* Delivery acceptance (SPEC §8): per line pass, fail or partial, with comments and photos. */


export const maxPhotosPerAcceptance = 10;

/**
 * What an acceptance photo may be: camera pictures (HEIC from phones included) and the signed
 * delivery note scanned to PDF, each up to 10 MiB, and as many in one request as an
 * acceptance holds.
 */
export const photoLimits: FileLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: maxPhotosPerAcceptance,
  types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'],
};

export interface PhotoView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface AcceptanceView {
  id: string;
  orderId: string;
  result: LineResult;
  lines: AcceptanceLine[];
  comment: string | null;
  recordedBy: string | null;
  recordedByLabel: string;
  recordedAt: string;
  photos: PhotoView[];
}

export interface AcceptanceInput {
  lines: { lineId: string; result: LineResult; acceptedQuantity?: number; comment?: string }[];
  comment?: string;
}

function photoView(row: typeof acceptancePhotos.$inferSelect): PhotoView {
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, sha256: row.sha256, uploadedAt: row.uploadedAt.toISOString() };
}

async function photosOf(db: Executor, acceptanceId: string): Promise<PhotoView[]> {
  const rows = await db.select().from(acceptancePhotos).where(eq(acceptancePhotos.acceptanceId, acceptanceId)).orderBy(asc(acceptancePhotos.uploadedAt), asc(acceptancePhotos.id));
  return rows.map(photoView);
}

function toView(row: typeof acceptances.$inferSelect, photos: PhotoView[]): AcceptanceView {
  return {
    id: row.id,
    orderId: row.orderId,
    result: row.result,
    lines: row.lines,
    comment: row.comment,
    recordedBy: row.recordedBy,
    recordedByLabel: row.recordedByLabel,
    recordedAt: row.recordedAt.toISOString(),
    photos,
  };
}

/**
 * Records the customer's acceptance of a delivered order, every line once. All pass: the
 * order is accepted (and complete if the survey already went out). A fail or partial line
 * opens an after-sales case, due for contact within 2 h; it needs a reason, the line's
 * comment or the acceptance's (else 422 `acceptance_reason_required` naming the lines).
 */
export async function recordAcceptance(db: Db, actor: Actor, now: Date, orderId: string, input: AcceptanceInput): Promise<AcceptanceView & { caseId: string | null }> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    if (order.row.acceptanceResult !== null) throw new DomainError('already_accepted', `Acceptance of order ${order.row.number} was recorded already (${order.row.acceptanceResult})`);
    if (!canOrder(order.row.status, 'accept')) {
      throw new DomainError('order_not_delivered', `Order ${order.row.number} is ${order.row.status}; acceptance is recorded once it is delivered`, { meta: { orderStatus: order.row.status } });
    }
    const problems: FieldError[] = [];
    const lines: AcceptanceLine[] = [];
    input.lines.forEach((given, index) => {
      const line = order.lines.find((l) => l.id === given.lineId);
      if (!line || lines.some((l) => l.lineId === given.lineId)) {
        problems.push({ path: `/lines/${index}/lineId`, in: 'body', code: 'invalid_line', message: line ? 'appears twice' : 'is not a line of the order' });
        return;
      }
      const delivered = deliveredQuantity(line);
      if (given.result === 'partial' && (given.acceptedQuantity === undefined || given.acceptedQuantity >= delivered)) {
        problems.push({ path: `/lines/${index}/acceptedQuantity`, in: 'body', code: 'partial_quantity', message: `a partial acceptance names the quantity accepted, less than the ${delivered} delivered` });
      }
      const acceptedQuantity = given.result === 'pass' ? delivered : given.result === 'fail' ? 0 : (given.acceptedQuantity ?? 0);
      lines.push({ lineId: line.id, lineNo: line.lineNo, sku: line.sku, deliveredQuantity: delivered, result: given.result, acceptedQuantity, comment: given.comment?.trim() || null });
    });
    for (const line of order.lines) {
      if (!input.lines.some((l) => l.lineId === line.id)) problems.push({ path: '/lines', in: 'body', code: 'missing_line', message: `line ${line.lineNo} (${line.sku}) has no result` });
    }
    if (problems.length > 0) throw new DomainError('invalid_acceptance', problems.map((p) => `${p.path} ${p.message}`).join('; '), { errors: problems });
    const comment = input.comment?.trim() || null;
    // The after-sales case opened for a line not passed starts from why: the line's own comment, or the acceptance's.
    const unexplained = comment ? [] : lines.flatMap((line, index) => (line.result !== 'pass' && !line.comment ? [index] : []));
    if (unexplained.length > 0) {
      throw new DomainError('acceptance_reason_required', `Say why line(s) ${unexplained.map((i) => lines[i]!.lineNo).join(', ')} were not accepted in full`, {
        errors: unexplained.map((index) => ({ path: `/lines/${index}/comment`, in: 'body', code: 'reason_required', message: 'is required: the line was not accepted in full' })),
      });
    }

    const result: LineResult = lines.every((l) => l.result === 'pass') ? 'pass' : lines.some((l) => l.result === 'fail') ? 'fail' : 'partial';
    const row: typeof acceptances.$inferSelect = {
      id: newId(),
      orderId,
      customerId: order.row.customerId,
      result,
      lines,
      comment,
      recordedBy: actor.userId,
      recordedByLabel: actor.label,
      recordedAt: now,
    };
    await tx.insert(acceptances).values(row);
    const outcome = await recordAcceptanceOutcome(tx, actor, now, order, result, { acceptanceId: row.id, lines: lines.map(({ lineNo, sku, result: r, acceptedQuantity, comment }) => ({ lineNo, sku, result: r, acceptedQuantity, comment })) });
    const changes: Change[] = [outcome.change];
    const messages: OutboxMessage[] = [orderMessage(order.row, result === 'pass' ? 'order.accepted' : 'order.acceptance_failed', { roles: ['specialist', 'after_sales'] }, { comment: row.comment ?? '' })];
    let opened: CaseView | null = null;
    if (result !== 'pass') {
      const failing = lines
        .filter((l) => l.result !== 'pass')
        .map((l) => ({ lineNo: l.lineNo, sku: l.sku, result: l.result, accepted: l.acceptedQuantity, delivered: l.deliveredQuantity, ...(l.comment ? { comment: l.comment } : {}) }));
      const summary = { code: 'case.acceptance_failed', params: { result, lines: failing } } as const;
      const caseOpened = await openCaseInTx(tx, actor, now, order, { type: 'quality', summary, source: 'acceptance', customerId: order.row.customerId, currency: order.row.currency });
      opened = caseOpened.case;
      changes.push(...caseOpened.changes);
      messages.push(...caseOpened.messages);
    } else {
      changes.push(...(await completeIfAcceptedAndSurveyed(tx, actor, now, order, await surveySent(tx, orderId))));
    }
    await recordChanges(tx, actor, now, changes, messages);
    return { ...toView(row, []), caseId: opened?.id ?? null };
  });
}

export async function getAcceptance(db: Executor, orderId: string): Promise<AcceptanceView> {
  const [row] = await db.select().from(acceptances).where(eq(acceptances.orderId, orderId));
  if (!row) throw new DomainError('not_found', `No acceptance recorded for order ${orderId}`);
  return toView(row, await photosOf(db, row.id));
}

/**
 * Photos of what was delivered (or the signed delivery note as a PDF), every file of the
 * request or none: the files are moved into the store, and their rows, the count check and the
 * audit events are one transaction; when it fails the store removes the files again.
 */
export async function addAcceptancePhotos(db: Db, files: FileStore, actor: Actor, now: Date, orderId: string, staged: StagedFile[]): Promise<PhotoView[]> {
  return files.keep(staged, (stored) =>
    db.transaction(async (tx) => {
      const order = await lockOrderWithLines(tx, orderId);
      const [acceptance] = await tx.select().from(acceptances).where(eq(acceptances.orderId, orderId));
      if (!acceptance) throw new DomainError('not_found', `Record the acceptance of order ${order.row.number} before adding photos`);
      const [{ n }] = (await tx.select({ n: count() }).from(acceptancePhotos).where(eq(acceptancePhotos.acceptanceId, acceptance.id))) as [{ n: number }];
      if (n + stored.length > maxPhotosPerAcceptance) {
        throw tooManyFiles(maxPhotosPerAcceptance, `An acceptance holds at most ${maxPhotosPerAcceptance} photos; it has ${n}, and ${stored.length} more were sent`);
      }
      const rows: (typeof acceptancePhotos.$inferSelect)[] = stored.map((file) => ({
        id: newId(),
        acceptanceId: acceptance.id,
        customerId: acceptance.customerId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        pathKey: file.key,
        content: null,
        uploadedBy: actor.userId,
        uploadedAt: now,
      }));
      await tx.insert(acceptancePhotos).values(rows);
      const views = rows.map(photoView);
      await recordChanges(
        tx,
        actor,
        now,
        views.map((view) => ({ entityType: 'order', entityId: orderId, customerId: order.row.customerId, action: 'order.acceptance_photo_added', after: { acceptanceId: acceptance.id, ...view } })),
      );
      return views;
    }),
  );
}

export interface PhotoContent {
  contentType: string;
  fileName: string;
  sizeBytes: number;
  body: Readable | Buffer;
}

/**
 * A photo's bytes, streamed from the file store. A photo uploaded before the store existed is
 * still in the database: it is served from there and moved to the store on the way, once.
 */
export async function openAcceptancePhoto(db: Db, files: FileStore, orderId: string, photoId: string): Promise<PhotoContent> {
  const [row] = await db
    .select({ contentType: acceptancePhotos.contentType, fileName: acceptancePhotos.fileName, sizeBytes: acceptancePhotos.sizeBytes, pathKey: acceptancePhotos.pathKey })
    .from(acceptancePhotos)
    .innerJoin(acceptances, eq(acceptances.id, acceptancePhotos.acceptanceId))
    .where(and(eq(acceptancePhotos.id, photoId), eq(acceptances.orderId, orderId)));
  if (!row) throw new DomainError('not_found', `No photo ${photoId} on order ${orderId}`);
  const { pathKey, ...facts } = row;
  if (pathKey) return { ...facts, body: await files.read(pathKey) };
  const [legacy] = (await db.select({ pathKey: acceptancePhotos.pathKey, content: acceptancePhotos.content }).from(acceptancePhotos).where(eq(acceptancePhotos.id, photoId))) as [{ pathKey: string | null; content: Buffer | null }];
  // A request serving the same photo may have moved it since the first read.
  if (legacy.pathKey) return { ...facts, body: await files.read(legacy.pathKey) };
  await moveToFileStore(db, files, photoId, legacy.content!);
  return { ...facts, body: legacy.content! };
}

/** Writes a photo held in the database to the store and clears the column; a concurrent move wins, and this copy goes. */
async function moveToFileStore(db: Db, files: FileStore, photoId: string, content: Buffer): Promise<void> {
  const staged = await files.stage(Readable.from([content]), 'photo', { maxFileBytes: content.length, maxFiles: 1, types: fileTypes });
  await files.keep([staged], async ([stored]) => {
    const moved = await db
      .update(acceptancePhotos)
      .set({ pathKey: stored!.key, content: null })
      .where(and(eq(acceptancePhotos.id, photoId), isNull(acceptancePhotos.pathKey)))
      .returning({ id: acceptancePhotos.id });
    if (moved.length === 0) await files.remove([stored!.key]);
  });
}
