import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';

/* Files on orders and after-sales cases, as the API shows them. */

export const attachmentKinds = ['signed_confirmation', 'drawing', 'logo', 'photo', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentSources = ['staff', 'portal'] as const;
export type AttachmentSource = (typeof attachmentSources)[number];

export const Attachment = Type.Object({
  id: Type.String(),
  orderId: Nullable(Type.String()),
  caseId: Nullable(Type.String()),
  kind: StringEnum(attachmentKinds),
  fileName: Type.String(),
  contentType: Type.String({ description: 'Told by the content, not the declared type' }),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  source: StringEnum(attachmentSources),
  uploadedBy: Nullable(Type.String()),
  uploadedByLabel: Type.String(),
  uploadedAt: Type.String(),
});
export type Attachment = Static<typeof Attachment>;

export const AttachmentList = Type.Object({ items: Type.Array(Attachment) });
export const UploadQuery = StrictObject({ kind: Type.Optional(StringEnum(attachmentKinds, { description: 'What the files are (default other); the same for every file of the request' })) });
export const AttachmentParams = StrictObject({ id: Uuid, attachmentId: Uuid });
