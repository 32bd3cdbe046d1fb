import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { multipartOptions, receiveFiles } from '../../platform/files/upload.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { maxPhotosPerAcceptance, photoLimits } from '../fulfilment/service.js';
import { PortalOrder } from './contract.js';
import { addPortalAcceptancePhotos, portalCustomerOf } from './service.js';

/* The customer's photos of a delivery: a plugin of its own, so multipart bodies are parsed only here. */

export const portalPhotoRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  await app.register(multipart, multipartOptions(photoLimits));

  app.post(
    '/api/v1/portal/orders/:id/acceptance/photos',
    {
      config: { permission: 'portal:use' },
      schema: {
        tags: ['portal'],
        summary: 'Attach photos of my delivery to my acceptance (multipart/form-data, one or more files)',
        description:
          `Once the acceptance is recorded (404 before, and for another customer's order). Every file of the request is stored, or none: ${photoLimits.types.join(', ')} ` +
          `(told by the content, not the declared type; 415 unsupported_file_type), at most ${photoLimits.maxFileBytes} bytes each (413 file_too_large), ` +
          `at most ${maxPhotosPerAcceptance} per acceptance (413 too_many_files).`,
        params: IdParams,
        response: { 201: PortalOrder },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const order = await addPortalAcceptancePhotos(ctx.db, ctx.files, actor, ctx.clock.now(), portalCustomerOf(actor), request.params.id, () => receiveFiles(request, ctx.files, photoLimits));
      return reply.code(201).send(order);
    },
  );
};
