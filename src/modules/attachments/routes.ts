import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { multipartOptions, receiveFiles } from '../../platform/files/upload.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { portalCustomerOf } from '../portal/service.js';
import { AttachmentList, AttachmentParams, UploadQuery } from './contract.js';
import { addAttachments, assertNamesFitContent, assertOwnOrder, type AttachmentContent, attachmentLimits, type AttachmentOwner, deleteAttachment, listAttachments, maxAttachmentsPerOwner, openAttachment } from './service.js';

const shownInline = new Set(['image/jpeg', 'image/png', 'image/webp']);

const uploadDescription =
  `Every file of the request is stored, or none: ${attachmentLimits.types.join(', ')} (told by the content, not the declared type, and the name's extension must agree with it; 415 unsupported_file_type), ` +
  `at most ${attachmentLimits.maxFileBytes} bytes each (413 file_too_large), ${attachmentLimits.maxFiles} per request and ${maxAttachmentsPerOwner} in all (413 too_many_files). ` +
  'The kind (query) applies to every file of the request.';

function sendFile(reply: FastifyReply, file: AttachmentContent) {
  // Browsers show pictures themselves; a PDF (it may carry script) or a HEIC is downloaded.
  const disposition = shownInline.has(file.contentType) ? 'inline' : 'attachment';
  return reply
    .type(file.contentType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}

/** The four routes of one owner: `/api/v1/{owners}/:id/attachments` (upload, list) and `/…/:attachmentId` (download, delete). */
function ownerRoutes(app: Parameters<FastifyPluginAsyncTypebox<AppContext>>[0], ctx: AppContext, owners: 'orders' | 'cases', owner: (id: string) => AttachmentOwner) {
  const tag = ['attachments'];
  const readPermission = owners === 'orders' ? 'orders:read' : 'aftersales:read';
  const what = owners === 'orders' ? 'order' : 'after-sales case';
  app.post(
    `/api/v1/${owners}/:id/attachments`,
    {
      config: { permission: 'attachments:write' },
      schema: { tags: tag, summary: `Attach files to the ${what} (multipart/form-data, one or more files)`, description: uploadDescription, params: IdParams, querystring: UploadQuery, response: { 201: AttachmentList } },
    },
    async (request, reply) => {
      const staged = await receiveFiles(request, ctx.files, attachmentLimits);
      await assertNamesFitContent(ctx.files, staged);
      const items = await addAttachments(ctx.db, ctx.files, actorOf(request), ctx.clock.now(), owner(request.params.id), { kind: request.query.kind ?? 'other', source: 'staff' }, staged);
      return reply.code(201).send({ items });
    },
  );
  app.get(
    `/api/v1/${owners}/:id/attachments`,
    { config: { permission: readPermission }, schema: { tags: tag, summary: `The ${what}'s files, oldest first`, params: IdParams, response: { 200: AttachmentList } } },
    async (request) => ({ items: await listAttachments(ctx.db, owner(request.params.id)) }),
  );
  app.get(
    `/api/v1/${owners}/:id/attachments/:attachmentId`,
    { config: { permission: readPermission }, schema: { tags: tag, summary: `One file of the ${what}`, params: AttachmentParams } },
    async (request, reply) => sendFile(reply, await openAttachment(ctx.db, ctx.files, owner(request.params.id), request.params.attachmentId)),
  );
  app.delete(
    `/api/v1/${owners}/:id/attachments/:attachmentId`,
    { config: { permission: 'attachments:write' }, schema: { tags: tag, summary: `Delete a file of the ${what} (audited)`, params: AttachmentParams, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteAttachment(ctx.db, ctx.files, actorOf(request), ctx.clock.now(), owner(request.params.id), request.params.attachmentId);
      return reply.code(204).send(null);
    },
  );
}

export const attachmentRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  // Multipart bodies are parsed only on this plugin's routes: files only, streamed to the file store.
  await app.register(multipart, multipartOptions(attachmentLimits));
  ownerRoutes(app, ctx, 'orders', (orderId) => ({ orderId }));
  ownerRoutes(app, ctx, 'cases', (caseId) => ({ caseId }));

  // The portal: a customer's own person sees and adds files on their own orders only.
  app.get(
    '/api/v1/portal/orders/:id/attachments',
    { config: { permission: 'portal:use' }, schema: { tags: ['portal'], summary: "My order's files", params: IdParams, response: { 200: AttachmentList } } },
    async (request) => {
      await assertOwnOrder(ctx.db, portalCustomerOf(actorOf(request)), request.params.id);
      return { items: await listAttachments(ctx.db, { orderId: request.params.id }) };
    },
  );
  app.post(
    '/api/v1/portal/orders/:id/attachments',
    {
      config: { permission: 'portal:use' },
      schema: { tags: ['portal'], summary: 'Attach files to my order (multipart/form-data)', description: uploadDescription, params: IdParams, querystring: UploadQuery, response: { 201: AttachmentList } },
    },
    async (request, reply) => {
      await assertOwnOrder(ctx.db, portalCustomerOf(actorOf(request)), request.params.id);
      const staged = await receiveFiles(request, ctx.files, attachmentLimits);
      await assertNamesFitContent(ctx.files, staged);
      const items = await addAttachments(ctx.db, ctx.files, actorOf(request), ctx.clock.now(), { orderId: request.params.id }, { kind: request.query.kind ?? 'other', source: 'portal' }, staged);
      return reply.code(201).send({ items });
    },
  );
  app.get(
    '/api/v1/portal/orders/:id/attachments/:attachmentId',
    { config: { permission: 'portal:use' }, schema: { tags: ['portal'], summary: 'One file of my order', params: AttachmentParams } },
    async (request, reply) => {
      await assertOwnOrder(ctx.db, portalCustomerOf(actorOf(request)), request.params.id);
      return sendFile(reply, await openAttachment(ctx.db, ctx.files, { orderId: request.params.id }, request.params.attachmentId));
    },
  );
};
