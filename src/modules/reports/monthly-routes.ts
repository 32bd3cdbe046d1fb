import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchema } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { DomainError } from '../../platform/http/errors.js';
import { FigureOrders, FigureOrdersQuery, MonthlyReport, MonthlyReportQuery, MonthParams, reportFormats, type ReportFormat } from './monthly-contract.js';
import { fileTypes, monthlyCsv, monthlyPdf, monthlyXlsx } from './monthly-files.js';
import { checkedMonth } from './monthly.js';
import type { ReportLanguage } from './monthly-labels.js';
import { figureOrders, monthlyReport, recomputeMonth } from './snapshots.js';

function checkedFormat(format: string | undefined): ReportFormat {
  const chosen = format ?? 'json';
  if (!(reportFormats as readonly string[]).includes(chosen)) {
    throw new DomainError('format_unknown', `"${chosen}" is not one of ${reportFormats.join(', ')}`, { errors: [{ path: '/format', in: 'query', code: 'format_unknown', message: `one of ${reportFormats.join(', ')}` }] });
  }
  return chosen as ReportFormat;
}

/**
 * JSON by the report's schema, or a file: typed as a plain schema so the handler may answer
 * either (the JSON branch is still serialised and checked by `MonthlyReport`).
 */
const reportResponses: FastifySchema['response'] = {
  200: {
    description: 'The report as JSON, or the file the format asks for',
    content: {
      'application/json': { schema: MonthlyReport },
      ...Object.fromEntries(Object.values(fileTypes).map((type) => [type.split(';')[0]!, { schema: { type: 'string', format: 'binary' } }])),
    },
  },
};

/** The monthly report (SPEC §11): JSON or a file, the orders behind each figure, and a closed month's recomputation. */
export const monthlyReportRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/reports/monthly',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['reports'],
        summary: "A month's figures against the month before: as JSON, or as an XLSX, CSV or PDF file",
        description:
          'A closed month is answered from its snapshot; the current month and months not closed yet are computed now. ' +
          'Every figure has a key; `GET /api/v1/reports/monthly/orders` lists the orders behind it. Definitions: README, "Monthly report".',
        querystring: MonthlyReportQuery,
        response: reportResponses,
      },
    },
    async (request, reply) => {
      const format = checkedFormat(request.query.format);
      const month = checkedMonth(request.query.month, ctx.clock.now(), ctx.config.timeZone);
      const report = await monthlyReport(ctx.db, ctx.clock.now(), ctx.config.timeZone, month);
      if (format === 'json') return report;
      const language: ReportLanguage = request.query.lang ?? (actorOf(request).locale === 'en' ? 'en' : 'zh-CN');
      const file = format === 'csv' ? monthlyCsv(report, language) : format === 'xlsx' ? await monthlyXlsx(report, language) : await monthlyPdf(ctx.db, report, language, ctx.clock.now());
      return reply
        .type(fileTypes[format])
        .header('content-disposition', `attachment; filename="monthly-report-${month}.${format}"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );

  app.get(
    '/api/v1/reports/monthly/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        tags: ['reports'],
        summary: 'The orders behind one figure of a month (its drill-down), as the report counted them',
        querystring: FigureOrdersQuery,
        response: { 200: FigureOrders },
      },
    },
    async (request) => {
      const month = checkedMonth(request.query.month, ctx.clock.now(), ctx.config.timeZone);
      return figureOrders(ctx.db, ctx.config.timeZone, month, request.query.figure);
    },
  );

  app.post(
    '/api/v1/reports/monthly/:month/recompute',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['reports'],
        summary: "Recomputes a closed month's snapshot from the data as it is now (audited); the month's report changes only this way",
        params: MonthParams,
        response: { 200: MonthlyReport },
      },
    },
    async (request) => {
      const month = checkedMonth(request.params.month, ctx.clock.now(), ctx.config.timeZone, 'params');
      return recomputeMonth(ctx.db, actorOf(request), ctx.clock.now(), month);
    },
  );
};
