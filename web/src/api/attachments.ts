/* Files on orders and after-sales cases (signed confirmations, drawings, LOGO files, photos). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ItemOf } from './openapi';

export type Attachment = ItemOf<'/api/v1/orders/{id}/attachments'>;
export type AttachmentKind = Attachment['kind'];
export const attachmentKinds = ['signed_confirmation', 'drawing', 'logo', 'photo', 'other'] as const satisfies readonly AttachmentKind[];

/** Whose files, and through which door: staff reach orders and cases, a portal customer their own orders. */
export type AttachmentOwner = { orderId: string } | { caseId: string } | { portalOrderId: string };

export function attachmentsUrl(owner: AttachmentOwner): string {
  if ('orderId' in owner) return `/api/v1/orders/${owner.orderId}/attachments`;
  if ('caseId' in owner) return `/api/v1/cases/${owner.caseId}/attachments`;
  return `/api/v1/portal/orders/${owner.portalOrderId}/attachments`;
}

export const attachmentKeys = {
  list: (owner: AttachmentOwner) => ['attachments', attachmentsUrl(owner)],
} as const;

export function useAttachments(owner: AttachmentOwner) {
  return useQuery({ queryKey: attachmentKeys.list(owner), queryFn: () => api<{ items: Attachment[] }>(attachmentsUrl(owner)) });
}

export function deleteAttachment(owner: AttachmentOwner, attachmentId: string) {
  return api<null>(`${attachmentsUrl(owner)}/${attachmentId}`, { method: 'DELETE' });
}
