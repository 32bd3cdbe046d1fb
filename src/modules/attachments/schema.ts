import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AttachmentKind, AttachmentSource } from './contract.js';

/**
 * Files kept on an order or on an after-sales case: the customer's signed confirmation,
 * drawings, LOGO files, photos. The bytes are in the file store under `path_key`; the row
 * keeps the facts about them. Each row belongs to exactly one order or one case.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id'),
    caseId: uuid('case_id'),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind').$type<AttachmentKind>().notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content, never the client's word. */
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    pathKey: text('path_key').notNull(),
    /** staff, or the customer's own person through the portal. */
    source: text('source').$type<AttachmentSource>().notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedByLabel: text('uploaded_by_label').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('attachments_order_idx').on(t.orderId, t.uploadedAt),
    index('attachments_case_idx').on(t.caseId, t.uploadedAt),
    check('attachments_one_owner', sql`(${t.orderId} IS NULL) <> (${t.caseId} IS NULL)`),
  ],
);
