import multipart from '@fastify/multipart';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../identity/auth.js';
import { addAcceptancePhoto, getAcceptance, getAcceptancePhoto, lineResults, maxPhotoBytes, photoTypes, recordAcceptance } from './acceptance.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Photo = Type.Object({ id: Type.String(), fileName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String(), uploadedAt: Type.String() });
const acceptanceFields = {
  id: Type.String(),
  orderId: Type.String(),
  result: Type.String(),
  lines: Type.Array(
    Type.Object({
      lineId: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      deliveredQuantity: Type.Integer(),
      result: Type.String(),
      acceptedQuantity: Type.Integer(),
      comment: Nullable(Type.String()),
    }),
  ),
  comment: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByLabel: Type.String(),
  recordedAt: Type.String(),
  photos: Type.Array(Photo),
};

export const acceptanceRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  // Multipart bodies are parsed only on this plugin's routes: one file per request, no fields.
  await app.register(multipart, { limits: { fileSize: maxPhotoBytes, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/v1/orders/:id/acceptance',
    {
      config: { permission: 'acceptance:write' },
      schema: {
        tags: ['acceptance'],
        summary: 'Record the customer’s acceptance of a delivered order, every line once',
        description:
          'pass, fail or partial (with the accepted quantity) per line, with comments. All pass: the order is accepted (completed once the survey has gone out). ' +
          'A fail or partial line opens an after-sales case due for contact within 2 h (caseId). 409 order_not_delivered; 409 already_accepted.',
        params: IdParams,
        body: StrictObject({
          lines: Type.Array(
            StrictObject({
              lineId: Uuid,
              result: StringEnum(lineResults),
              acceptedQuantity: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
              comment: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
            }),
            { minItems: 1, maxItems: 500 },
          ),
          comment: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
        }),
        response: { 201: Type.Object({ ...acceptanceFields, caseId: Nullable(Type.String()) }) },
      },
    },
    async (request, reply) => reply.code(201).send(await recordAcceptance(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/orders/:id/acceptance',
    { config: { permission: 'orders:read' }, schema: { tags: ['acceptance'], summary: "The order's acceptance with its photos", params: IdParams, response: { 200: Type.Object(acceptanceFields) } } },
    async (request) => getAcceptance(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/orders/:id/acceptance/photos',
    {
      config: { permission: 'acceptance:write' },
      schema: {
        tags: ['acceptance'],
        summary: 'Attach a photo to the acceptance (multipart/form-data, one file)',
        description: `${photoTypes.join(', ')}; at most ${maxPhotoBytes} bytes, 10 per acceptance; the content must match the type (422 invalid_attachment).`,
        params: IdParams,
        response: { 201: Photo },
      },
    },
    async (request, reply) => {
      let file;
      try {
        file = await request.file();
      } catch (err) {
        throw new DomainError('unsupported_media_type', `Send the photo as multipart/form-data: ${(err as Error).message}`);
      }
      if (!file) throw new DomainError('invalid_attachment', 'The request carries no file', { errors: [{ path: '/file', in: 'body', code: 'required', message: 'is required' }] });
      let content: Buffer;
      try {
        content = await file.toBuffer();
      } catch {
        throw new DomainError('invalid_attachment', `A photo has at most ${maxPhotoBytes} bytes`, { errors: [{ path: '/file', in: 'body', code: 'too_large', message: `at most ${maxPhotoBytes} bytes` }] });
      }
      const photo = await addAcceptancePhoto(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, { fileName: file.filename, contentType: file.mimetype, content });
      return reply.code(201).send(photo);
    },
  );

  app.get(
    '/api/v1/orders/:id/acceptance/photos/:photoId',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['acceptance'], summary: 'One acceptance photo', params: StrictObject({ id: Uuid, photoId: Uuid }) },
    },
    async (request, reply) => {
      const photo = await getAcceptancePhoto(ctx.db, request.params.id, request.params.photoId);
      return reply
        .type(photo.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(photo.content);
    },
  );
};
