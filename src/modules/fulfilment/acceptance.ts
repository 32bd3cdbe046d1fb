import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { recordChanges, type Actor, type Change } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { openCaseInTx, type CaseView } from '../aftersales/service.js';
import { surveySent } from '../feedback/service.js';
import { deliveredQuantity, lockOrderWithLines, moveOrder, orderMessage, recordAcceptanceOutcome } from '../orders/service.js';
import { acceptancePhotos, acceptances, type AcceptanceLine } from './schema.js';

/* Delivery acceptance (SPEC §8): per line pass, fail or partial, with comments and photos. */

export const lineResults = ['pass', 'fail', 'partial'] as const;
export type LineResult = (typeof lineResults)[number];

export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maxPhotoBytes = 5 * 1024 * 1024;
export const maxPhotosPerAcceptance = 10;

/** The first bytes each accepted type starts with: the declared type must match the content. */
const signatures: Record<(typeof photoTypes)[number], (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
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
    result: row.result as LineResult,
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
 * opens an after-sales case, due for contact within 2 h.
 */
export async function recordAcceptance(db: Db, actor: Actor, now: Date, orderId: string, input: AcceptanceInput): Promise<AcceptanceView & { caseId: string | null }> {
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    if (order.row.acceptanceResult !== null) throw new DomainError('already_accepted', `Acceptance of order ${order.row.number} was recorded already (${order.row.acceptanceResult})`);
    if (order.row.status !== 'delivered') {
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

    const result: LineResult = lines.every((l) => l.result === 'pass') ? 'pass' : lines.some((l) => l.result === 'fail') ? 'fail' : 'partial';
    const row: typeof acceptances.$inferSelect = {
      id: randomUUID(),
      orderId,
      customerId: order.row.customerId,
      result,
      lines,
      comment: input.comment?.trim() || null,
      recordedBy: actor.userId,
      recordedByLabel: actor.label,
      recordedAt: now,
    };
    await tx.insert(acceptances).values(row);
    const outcome = await recordAcceptanceOutcome(tx, now, order, result, { acceptanceId: row.id, lines: lines.map(({ lineNo, sku, result: r, acceptedQuantity, comment }) => ({ lineNo, sku, result: r, acceptedQuantity, comment })) });
    const changes: Change[] = [outcome.change];
    const messages = [orderMessage(order.row, result === 'pass' ? 'order.accepted' : 'order.acceptance_failed', { roles: ['specialist', 'after_sales'] }, { comment: row.comment ?? '' })];
    let opened: CaseView | null = null;
    if (result !== 'pass') {
      const failing = lines.filter((l) => l.result !== 'pass').map((l) => `line ${l.lineNo} ${l.sku} ${l.result} (${l.acceptedQuantity}/${l.deliveredQuantity})${l.comment ? `: ${l.comment}` : ''}`);
      const caseOpened = await openCaseInTx(tx, actor, now, order, { type: 'quality', summary: `Acceptance ${result}: ${failing.join('; ')}`, source: 'acceptance', customerId: order.row.customerId, currency: order.row.currency });
      opened = caseOpened.case;
      changes.push(...caseOpened.changes);
      messages.push(...caseOpened.messages);
    } else if (await surveySent(tx, orderId)) {
      changes.push((await moveOrder(tx, now, order, ['close'], { action: 'order.completed', after: { reason: 'accepted and surveyed' } })).change);
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

/** A photo of what was delivered: JPEG, PNG or WebP whose bytes match the type, at most 5 MB, at most 10 per acceptance. */
export async function addAcceptancePhoto(db: Db, actor: Actor, now: Date, orderId: string, file: { fileName: string; contentType: string; content: Buffer }): Promise<PhotoView> {
  const type = photoTypes.find((t) => t === file.contentType);
  const refuse = (message: string) => new DomainError('invalid_attachment', message, { errors: [{ path: '/file', in: 'body', code: 'invalid_attachment', message }] });
  if (!type) throw refuse(`${file.contentType} is not accepted; send ${photoTypes.join(', ')}`);
  if (file.content.length === 0 || file.content.length > maxPhotoBytes) throw refuse(`A photo has 1 byte to ${maxPhotoBytes} bytes; this one has ${file.content.length}`);
  if (!signatures[type](file.content)) throw refuse(`The file's content is not ${type}`);
  return db.transaction(async (tx) => {
    const order = await lockOrderWithLines(tx, orderId);
    const [acceptance] = await tx.select().from(acceptances).where(eq(acceptances.orderId, orderId));
    if (!acceptance) throw new DomainError('not_found', `Record the acceptance of order ${order.row.number} before adding photos`);
    const [{ n }] = (await tx.select({ n: count() }).from(acceptancePhotos).where(and(eq(acceptancePhotos.acceptanceId, acceptance.id)))) as [{ n: number }];
    if (n >= maxPhotosPerAcceptance) throw refuse(`An acceptance holds at most ${maxPhotosPerAcceptance} photos`);
    const row: typeof acceptancePhotos.$inferSelect = {
      id: randomUUID(),
      acceptanceId: acceptance.id,
      customerId: acceptance.customerId,
      fileName: file.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'photo',
      contentType: type,
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploadedBy: actor.userId,
      uploadedAt: now,
    };
    await tx.insert(acceptancePhotos).values(row);
    const view = photoView(row);
    await recordChanges(tx, actor, now, [{ entityType: 'order', entityId: orderId, customerId: order.row.customerId, action: 'order.acceptance_photo_added', after: { acceptanceId: acceptance.id, ...view } }]);
    return view;
  });
}

export async function getAcceptancePhoto(db: Executor, orderId: string, photoId: string): Promise<{ contentType: string; fileName: string; content: Buffer }> {
  const [row] = await db
    .select({ contentType: acceptancePhotos.contentType, fileName: acceptancePhotos.fileName, content: acceptancePhotos.content })
    .from(acceptancePhotos)
    .innerJoin(acceptances, eq(acceptances.id, acceptancePhotos.acceptanceId))
    .where(and(eq(acceptancePhotos.id, photoId), eq(acceptances.orderId, orderId)));
  if (!row) throw new DomainError('not_found', `No photo ${photoId} on order ${orderId}`);
  return row;
}
