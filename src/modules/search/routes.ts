import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { rankedMatches } from '../../platform/search.js';
import { SearchAnswer, SearchQuery } from './contract.js';
import { readableKinds, search } from './service.js';

export const searchRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/search',
    {
      // Every staff role reads orders; a portal user does not, and searches nothing here.
      config: { permission: 'orders:read' },
      schema: {
        tags: ['search'],
        summary: 'Search orders, after-sales cases and feedback by number (exact, then prefix), customer, SKU or product, and words of their texts; best match first',
        description:
          'Chinese is matched as substrings (trigrams), Latin words by full text. ' +
          `Of each kind the newest ${rankedMatches} matches (by when the order was received, the case opened, the feedback recorded) are ranked, ` +
          'and besides them whatever carries exactly the order number asked for; older matches of a common term are not listed. ' +
          'Cases need aftersales:read and feedback needs feedback:read: ' +
          'a kind you may not read is left out (`kinds` in the answer says which were searched). 400 search_query_too_short / search_query_too_long.',
        querystring: SearchQuery,
        response: { 200: SearchAnswer },
      },
    },
    async (request) => {
      const { q, kinds, limit, cursor } = request.query;
      return search(ctx.db, readableKinds(actorOf(request).permissions, kinds), { q, limit: limit ?? 20, ...(cursor ? { cursor } : {}) });
    },
  );
};
