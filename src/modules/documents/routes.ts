import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { defaultLetterhead, deliveryNotePdf, documentLanguage, letterheadKey, LetterheadSettings, orderConfirmationPdf, packListPdf, type Reader } from './service.js';

const pdfResponse = { 200: { description: "A PDF in the reader's language", content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } } as const;

/** Shown inline in the browser's viewer, with a file name to save it under. */
function sendPdf(reply: FastifyReply, fileName: string, pdf: Buffer) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${fileName}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}

/** The printed documents: whoever may read the order (or shipment) may print it. */
export const documentRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const readerOf = (request: Parameters<typeof actorOf>[0]): Reader => ({ language: documentLanguage(actorOf(request).locale), timeZone: ctx.config.timeZone, now: ctx.clock.now() });

  app.get(
    '/api/v1/orders/:id/confirmation.pdf',
    { config: { permission: 'orders:read' }, schema: { tags: ['documents'], summary: 'The order confirmation (订单确认单) as a PDF, with prices and totals', params: IdParams, response: pdfResponse } },
    async (request, reply) => {
      const { number, pdf } = await orderConfirmationPdf(ctx.db, readerOf(request), request.params.id);
      return sendPdf(reply, `order-confirmation-${number}`, pdf);
    },
  );

  app.get(
    '/api/v1/shipments/:id/delivery-note.pdf',
    { config: { permission: 'orders:read' }, schema: { tags: ['documents'], summary: 'The delivery note (发货单) of a shipment as a PDF, with carrier and tracking number', params: IdParams, response: pdfResponse } },
    async (request, reply) => {
      const { number, pdf } = await deliveryNotePdf(ctx.db, readerOf(request), request.params.id);
      return sendPdf(reply, `delivery-note-${number}`, pdf);
    },
  );

  app.get(
    '/api/v1/shipments/:id/pack-list.pdf',
    { config: { permission: 'orders:read' }, schema: { tags: ['documents'], summary: 'The packing list (装箱单) of a shipment as a PDF', params: IdParams, response: pdfResponse } },
    async (request, reply) => {
      const { number, pdf } = await packListPdf(ctx.db, readerOf(request), request.params.id);
      return sendPdf(reply, `pack-list-${number}`, pdf);
    },
  );

  registerSettingRoutes(app, ctx, { key: letterheadKey, schema: LetterheadSettings, defaults: defaultLetterhead, check: () => {} });
};
