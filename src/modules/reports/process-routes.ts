import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { orderTypes } from '../orders/contract.js';
import { Type } from '@sinclair/typebox';
import type { FieldError } from '../../platform/http/errors.js';
import { BottleneckReport } from './bottlenecks-contract.js';
import { bottleneckOrders, bottleneckReport } from './bottlenecks.js';
import { ProcessMap, ProcessQuery, ReportOrders, ReportOrdersQuery, ReportQuery } from './process-contract.js';
import { processMap, processOrders } from './process.js';
import { readReportPeriod } from './process-range.js';

/** The problem for a `type` that is not an order type, to list beside the period's. */
function typeErrors(type: string | undefined): FieldError[] {
  return type !== undefined && !(orderTypes as readonly string[]).includes(type) ? [{ path: '/type', in: 'query', code: 'unknown_type', message: `type is one of ${orderTypes.join(', ')}` }] : [];
}

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
      const period = readReportPeriod(request.query, ctx.config.timeZone, typeErrors(type));
      return processMap(ctx.db, period, type ?? null, ctx.clock.now());
    },
  );

  app.get(
    '/api/v1/reports/bottlenecks/orders',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['reports'],
        summary: 'The orders behind one figure of the bottleneck report, a page at a time by id',
        description:
          '`figure` is `late:<stage key>` (orders with a late stage of that key) or `delays.byStage:<key>`, `delays.byCause:<key>`, `delays.byDepartment:<key>`, ' +
          '`delays.byCategory:<key>` (orders held up by that group of delays), the key as the report gives it. A figure the period does not have is a 404 `figure_unknown`.',
        querystring: Type.Object({ ...ReportQuery.properties, ...ReportOrdersQuery.properties }),
        response: { 200: ReportOrders },
      },
    },
    async (request) => bottleneckOrders(ctx.db, readReportPeriod(request.query, ctx.config.timeZone), ctx.clock.now(), ctx.config.timeZone, request.query),
  );

  app.get(
    '/api/v1/reports/process/orders',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['reports'],
        summary: 'The orders behind one edge, variant or rework loop of the process map, a page at a time by id',
        description:
          '`figure` is `edge:<from>:<to>`, `variant:<status>><status>…` (the path joined by `>`) or `rework:<event>:<from>:<to>`, for the same period and type as the map. ' +
          'A figure the map does not have is a 404 `figure_unknown`.',
        querystring: Type.Object({ ...ProcessQuery.properties, ...ReportOrdersQuery.properties }),
        response: { 200: ReportOrders },
      },
    },
    async (request) => {
      const { type } = request.query;
      const period = readReportPeriod(request.query, ctx.config.timeZone, typeErrors(type));
      return processOrders(ctx.db, period, type ?? null, request.query);
    },
  );
};
