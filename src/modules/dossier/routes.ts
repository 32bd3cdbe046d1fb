import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchema } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { readerLanguage } from '../../platform/export/table-file.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams } from '../../platform/http/schemas.js';
import { Dossier, DossierQuery } from './contract.js';
import { exportDossier } from './service.js';

/**
 * JSON by the dossier's schema, or the printed PDF: typed as a plain schema so the handler may
 * answer either (the JSON branch is still serialised and checked by `Dossier`).
 */
const dossierResponses: FastifySchema['response'] = {
  200: {
    description: 'The dossier as JSON, or printed as a PDF',
    content: {
      'application/json': { schema: Dossier },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  },
};

export const dossierRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/orders/:id/dossier',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['orders'],
        summary: "The order's dossier: the archive record of the order with its audit events and a check of their hash chain",
        description:
          'The order (header, lines, amounts), its revisions, review, plan and progress, shipments, acceptance, after-sales cases, survey and feedback, payments, ' +
          'and every event of the order, its plan and its cases with their hashes, plus the verification of the chain stretch they lie in. ' +
          '`format=pdf` prints it in the reader\'s language. Each export is recorded on the order as order.dossier_exported. 404 not_found for an unknown order.',
        params: IdParams,
        querystring: DossierQuery,
        response: dossierResponses,
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'json';
      const actor = actorOf(request);
      const language = readerLanguage(request.query.lang, actor, request.headers['accept-language']);
      const { dossier, pdf } = await exportDossier(ctx.db, actor, ctx.clock.now(), { orderId: request.params.id, format, language, timeZone: ctx.config.timeZone });
      if (!pdf) return dossier;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="dossier-${dossier.order.number}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
