import multipart from '@fastify/multipart';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { multipartOptions, receiveFiles } from '../../platform/files/upload.js';
import { IdParams, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { actorOf } from '../identity/auth.js';
import { addAcceptancePhotos, getAcceptance, lineResults, maxPhotosPerAcceptance, openAcceptancePhoto, photoLimits, recordAcceptance } from './acceptance.js';

const shownInline = new Set(['image/jpeg', 'image/png', 'image/webp']);

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Photo = Type.Object({ id: Type.String(), fileName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String(), uploadedAt: Type.String() });
const acceptanceFields = {
  id: Type.String(),
  orderId: Type.String(),
  result: StringEnum(lineResults),
  lines: Type.Array(
    Type.Object({
      lineId: Type.String(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      deliveredQuantity: Type.Integer(),
      result: StringEnum(lineResults),
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
  // Multipart bodies are parsed only on this plugin's routes: files only, streamed to the file store.
  await app.register(multipart, multipartOptions(photoLimits));

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
        summary: 'Attach photos to the acceptance (multipart/form-data, one or more files)',
        description:
          `Every file of the request is stored, or none: ${photoLimits.types.join(', ')} (told by the content, not the declared type; 415 unsupported_file_type), ` +
          `at most ${photoLimits.maxFileBytes} bytes each (413 file_too_large), at most ${maxPhotosPerAcceptance} per acceptance (413 too_many_files).`,
        params: IdParams,
        response: { 201: Type.Object({ photos: Type.Array(Photo) }) },
      },
    },
    async (request, reply) => {
      const staged = await receiveFiles(request, ctx.files, photoLimits);
      const photos = await addAcceptancePhotos(ctx.db, ctx.files, actorOf(request), ctx.clock.now(), request.params.id, staged);
      return reply.code(201).send({ photos });
    },
  );

  app.get(
    '/api/v1/orders/:id/acceptance/photos/:photoId',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['acceptance'], summary: 'One acceptance photo', params: StrictObject({ id: Uuid, photoId: Uuid }) },
    },
    async (request, reply) => {
      const photo = await openAcceptancePhoto(ctx.db, ctx.files, request.params.id, request.params.photoId);
      // Browsers show these pictures themselves; a PDF (it may carry script) or a HEIC is downloaded.
      const disposition = shownInline.has(photo.contentType) ? 'inline' : 'attachment';
      return reply
        .type(photo.contentType)
        .header('content-length', photo.sizeBytes)
        .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(photo.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(photo.body);
    },
  );
};
