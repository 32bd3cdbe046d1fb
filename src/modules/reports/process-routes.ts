import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { orderTypes } from '../orders/contract.js';
import { BottleneckReport } from './bottlenecks-contract.js';
import { bottleneckReport } from './bottlenecks.js';
import { ProcessMap, ProcessQuery, ReportQuery } from './process-contract.js';
import { processMap } from './process.js';
import { readReportPeriod } from './process-range.js';

/** The bottleneck and process-mining reports; both read the audit trail and other modules' facts, and write nothing. */
export const processReportRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/reports/bottlenecks',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['reports'],
        summary: 'Where time goes in a period: plan stages and review steps (median, p90), delays by stage, cause and department, role inboxes, and per-person figures',
        querystring: ReportQuery,
        response: { 200: BottleneckReport },
      },
    },
    async (request) => bottleneckReport(ctx.db, readReportPeriod(request.query, ctx.config.timeZone), ctx.clock.now(), ctx.config.timeZone),
  );

  app.get(
    '/api/v1/reports/process',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['reports'],
        summary: 'Process mining over the orders received in a period: directly-follows graph with edge times, variants, rework loops and conformance to the state table',
        querystring: ProcessQuery,
        response: { 200: ProcessMap },
      },
    },
    async (request) => {
      const { type } = request.query;
      const unknownType = type !== undefined && !(orderTypes as readonly string[]).includes(type);
      const period = readReportPeriod(
        request.query,
        ctx.config.timeZone,
        unknownType ? [{ path: '/type', in: 'query', code: 'unknown_type', message: `type is one of ${orderTypes.join(', ')}` }] : [],
      );
      return processMap(ctx.db, period, type ?? null, ctx.clock.now());
    },
  );
};
