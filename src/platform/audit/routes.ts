import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.js';
import { StringEnum } from '../http/schemas.js';
import { breakCodes, verifyAuditChain } from './verify.js';

export const auditRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/audit/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chains of the audit trail and report the first broken link',
        description: 'Each chain is walked on from its last verified link (whose hash is checked first); full=true walks every chain from its start.',
        querystring: Type.Object({ full: Type.Optional(Type.Boolean()) }),
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            chains: Type.Integer(),
            full: Type.Boolean(),
            broken: Type.Optional(
              Type.Object({
                chain: Type.String({ description: 'system, or `<customer id>/<stripe>` for one of the chains of a customer (a bare customer id: a chain from before the stripes)' }),
                seq: Type.Integer(),
                code: StringEnum(breakCodes),
                reason: Type.String({ description: 'The break in English' }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => verifyAuditChain(ctx.db, { full: request.query.full ?? false, now: ctx.clock.now() }),
  );
};
