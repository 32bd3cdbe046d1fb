/*
 * Attachments (attachments): files kept on orders and after-sales cases. The bytes go to the
 * file store (platform/files), typed by their content; the rows, the count limit and the audit
 * change are one transaction under the order's (or case's) lock. A signed confirmation on an
 * order is told to orders through its door (setSignedConfirmation): the review may require one.
 */
import type { Readable } from 'node:stream';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../platform/db/connect.js';
import { nameFitsType } from '../../platform/files/sniff.js';
import type { FileLimits, FileStore, StagedFile } from '../../platform/files/store.js';
import { tooManyFiles } from '../../platform/files/upload.js';
import { type Actor, recordChanges } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import { lockCase } from '../aftersales/service.js';
import { getOrder, lockOrderWithLines, orderCompletedAt, setSignedConfirmation } from '../orders/service.js';
import { assertRetentionOver } from '../retention/service.js';
import type { Attachment, AttachmentKind, AttachmentSource } from './contract.js';
import { attachments } from './schema.js';
import { newId } from '../../platform/db/ids.js';

export { attachmentKinds, type Attachment, type AttachmentKind } from './contract.js';

/** At most this many files on one order or one case. */
export const maxAttachmentsPerOwner = 20;

/**
 * What an attachment may be: photos (HEIC from phones included) and PDFs (signed confirmations,
 * drawings, LOGO artwork exported to PDF), each up to 20 MiB, up to 10 in one request.
 */
export const attachmentLimits: FileLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxFiles: 10,
  types: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic'],
};

/**
 * Refuses (and removes) the received files when a name says another type than the content:
 * a file called `confirmation.pdf` that holds a picture, or one with no known extension, is
 * not kept under a name that would open it as something else.
 */
export async function assertNamesFitContent(files: FileStore, staged: StagedFile[]): Promise<void> {
  const misnamed = staged.findIndex((file) => !nameFitsType(file.fileName, file.contentType));
  if (misnamed < 0) return;
  await files.discard(staged);
  const file = staged[misnamed]!;
  const message = `is named ${file.fileName} but its content is ${file.contentType}`;
  throw new DomainError('unsupported_file_type', `A file ${message}`, {
    errors: [{ path: '/file', in: 'body', code: 'unsupported_file_type', message }],
    meta: { allowedTypes: attachmentLimits.types },
  });
}

/** Whose files: an order's or an after-sales case's. */
export type AttachmentOwner = { orderId: string } | { caseId: string };

type AttachmentRow = typeof attachments.$inferSelect;

function toView(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    orderId: row.orderId,
    caseId: row.caseId,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    source: row.source,
    uploadedBy: row.uploadedBy,
    uploadedByLabel: row.uploadedByLabel,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

const ownedBy = (owner: AttachmentOwner) => ('orderId' in owner ? eq(attachments.orderId, owner.orderId) : eq(attachments.caseId, owner.caseId));

/** The owner locked for the transaction, the customer it belongs to, and when it was completed (null while open). */
async function lockOwner(tx: Tx, owner: AttachmentOwner): Promise<{ customerId: string; entityType: 'order' | 'case'; entityId: string; completedAt: Date | null }> {
  if ('orderId' in owner) {
    const { row } = await lockOrderWithLines(tx, owner.orderId);
    return { customerId: row.customerId, entityType: 'order', entityId: row.id, completedAt: orderCompletedAt(row) };
  }
  const row = await lockCase(tx, owner.caseId);
  return { customerId: row.customerId, entityType: 'case', entityId: row.id, completedAt: row.closedAt };
}

/** A portal user's own order, or not found: another customer's order is not revealed. */
export async function assertOwnOrder(db: Executor, customerId: string, orderId: string): Promise<void> {
  const order = await getOrder(db, orderId).catch(() => undefined);
  if (!order || order.customer.id !== customerId) throw new DomainError('not_found', `No order ${orderId}`);
}

/**
 * Keeps uploaded files on an order or a case, every file of the request or none: moved into
 * the store, then their rows, the count check and the audit changes in one transaction; when
 * it fails the store removes the files again.
 */
export async function addAttachments(
  db: Db,
  files: FileStore,
  actor: Actor,
  now: Date,
  owner: AttachmentOwner,
  input: { kind: AttachmentKind; source: AttachmentSource },
  staged: StagedFile[],
): Promise<Attachment[]> {
  return files.keep(staged, (stored) =>
    db.transaction(async (tx) => {
      const locked = await lockOwner(tx, owner);
      const [{ n }] = (await tx.select({ n: count() }).from(attachments).where(ownedBy(owner))) as [{ n: number }];
      if (n + stored.length > maxAttachmentsPerOwner) {
        throw tooManyFiles(maxAttachmentsPerOwner, `An ${locked.entityType} keeps at most ${maxAttachmentsPerOwner} files; it has ${n}, and ${stored.length} more were sent`);
      }
      const rows: AttachmentRow[] = stored.map((file) => ({
        id: newId(),
        orderId: 'orderId' in owner ? owner.orderId : null,
        caseId: 'caseId' in owner ? owner.caseId : null,
        customerId: locked.customerId,
        kind: input.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        pathKey: file.key,
        source: input.source,
        uploadedBy: actor.userId,
        uploadedByLabel: actor.label,
        uploadedAt: now,
      }));
      await tx.insert(attachments).values(rows);
      if ('orderId' in owner && input.kind === 'signed_confirmation') await setSignedConfirmation(tx, owner.orderId, true);
      const views = rows.map(toView);
      await recordChanges(
        tx,
        actor,
        now,
        views.map((view) => ({ entityType: locked.entityType, entityId: locked.entityId, customerId: locked.customerId, action: `${locked.entityType}.attachment_added`, after: { ...view } })),
      );
      return views;
    }),
  );
}

export async function listAttachments(db: Executor, owner: AttachmentOwner): Promise<Attachment[]> {
  if ('orderId' in owner) await getOrder(db, owner.orderId);
  const rows = await db.select().from(attachments).where(ownedBy(owner)).orderBy(asc(attachments.uploadedAt), asc(attachments.id));
  return rows.map(toView);
}

export interface AttachmentContent {
  contentType: string;
  fileName: string;
  sizeBytes: number;
  body: Readable;
}

/** An attachment's bytes, streamed from the file store; only under its own order or case. */
export async function openAttachment(db: Executor, files: FileStore, owner: AttachmentOwner, attachmentId: string): Promise<AttachmentContent> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.id, attachmentId), ownedBy(owner)));
  if (!row) throw new DomainError('not_found', `No attachment ${attachmentId} here`);
  return { contentType: row.contentType, fileName: row.fileName, sizeBytes: row.sizeBytes, body: await files.read(row.pathKey) };
}

/**
 * Staff delete an attachment, with its audit change (which keeps the facts and the hash of
 * what was deleted). The file leaves the store once the row is gone. Removing an order's
 * last signed confirmation tells orders it has none. Once the order or case is completed its
 * files are part of its record, kept for the retention period (retention_period_running).
 */
export async function deleteAttachment(db: Db, files: FileStore, actor: Actor, now: Date, owner: AttachmentOwner, attachmentId: string): Promise<void> {
  const pathKey = await db.transaction(async (tx) => {
    const locked = await lockOwner(tx, owner);
    await assertRetentionOver(tx, now, locked);
    const [row] = await tx.delete(attachments).where(and(eq(attachments.id, attachmentId), ownedBy(owner))).returning();
    if (!row) throw new DomainError('not_found', `No attachment ${attachmentId} here`);
    if (row.orderId && row.kind === 'signed_confirmation') {
      const [left] = await tx
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.orderId, row.orderId), eq(attachments.kind, 'signed_confirmation')))
        .limit(1);
      if (!left) await setSignedConfirmation(tx, row.orderId, false);
    }
    await recordChanges(tx, actor, now, [
      { entityType: locked.entityType, entityId: locked.entityId, customerId: locked.customerId, action: `${locked.entityType}.attachment_deleted`, before: { ...toView(row) } },
    ]);
    return row.pathKey;
  });
  await files.remove([pathKey]);
}
