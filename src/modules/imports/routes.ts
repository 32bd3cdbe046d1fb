import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { ImportList, ImportParams, ImportView, importFormats, KindParams, TemplateColumns } from './contract.js';
import { cancelImport, getImport, importFolder, listImports, openOutcomeFile, runCheckedImport, startImport, templateColumns, templateFile } from './service.js';
import { importMultipartOptions, receiveImport } from './upload.js';

const tags = ['imports'];
const contentTypes = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

const TemplateFileQuery = StrictObject({
  format: Type.Optional(StringEnum(importFormats, { description: 'xlsx (default) or csv (UTF-8 with BOM)' })),
  lang: Type.Optional(StringEnum(['zh-CN', 'en'] as const, { description: "The headers' language (default zh-CN); an import reads either" })),
});

const uploadDescription =
  'multipart/form-data with the fields `kind` (customers | products | stock | orders) and `dryRun` (true | false, default false) and one `file` (.xlsx, or .csv in UTF-8 with or without BOM or GB18030). ' +
  'Answers 202 with the queued import; `GET /api/v1/imports/{id}` shows its progress. A dry run checks every row and writes nothing. ' +
  'A file that is not XLSX or CSV is refused (415 unsupported_file_type).';

/** The import routes: bulk changes to master data and orders, for managers and admins (imports:run). */
export const importRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  await app.register(multipart, importMultipartOptions);
  const folder = importFolder(ctx.config.filesDir);

  app.post(
    '/api/v1/imports',
    { config: { permission: 'imports:run' }, schema: { tags, summary: 'Import customers, products, stock receipts or orders from a file', description: uploadDescription, response: { 202: ImportView } } },
    async (request, reply) => {
      const received = await receiveImport(request, folder);
      const view = await startImport(ctx.db, ctx.config.filesDir, actorOf(request), ctx.clock.now(), { ...received, runBy: 'worker' });
      return reply.code(202).header('location', `/api/v1/imports/${view.id}`).send(view);
    },
  );
  app.get('/api/v1/imports', { config: { permission: 'imports:run' }, schema: { tags, summary: 'The latest imports, newest first', response: { 200: ImportList } } }, async () => ({
    items: await listImports(ctx.db),
  }));
  app.get(
    '/api/v1/imports/:id',
    { config: { permission: 'imports:run' }, schema: { tags, summary: "An import's state, counts, header mapping and row errors so far", params: ImportParams, response: { 200: ImportView } } },
    async (request) => getImport(ctx.db, request.params.id),
  );
  app.post(
    '/api/v1/imports/:id/run',
    { config: { permission: 'imports:run' }, schema: { tags, summary: 'Run the file a dry run checked, for real (a new import)', params: ImportParams, response: { 202: ImportView } } },
    async (request, reply) => {
      const view = await runCheckedImport(ctx.db, ctx.config.filesDir, actorOf(request), ctx.clock.now(), request.params.id);
      return reply.code(202).header('location', `/api/v1/imports/${view.id}`).send(view);
    },
  );
  app.post(
    '/api/v1/imports/:id/cancel',
    { config: { permission: 'imports:run' }, schema: { tags, summary: 'Stop an import after the row in hand (rows taken in stay)', params: ImportParams, response: { 200: ImportView } } },
    async (request) => cancelImport(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );
  app.get(
    '/api/v1/imports/:id/outcome',
    { config: { permission: 'imports:run' }, schema: { tags, summary: "The outcome file: each row's outcome and errors (CSV)", params: ImportParams } },
    async (request, reply) => {
      const file = await openOutcomeFile(ctx.db, ctx.config.filesDir, request.params.id);
      return reply
        .type(contentTypes.csv)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.body);
    },
  );
  app.get(
    '/api/v1/imports/templates/:kind/columns',
    { config: { permission: 'imports:run' }, schema: { tags, summary: "A kind's columns with their headers in both languages", params: KindParams, response: { 200: TemplateColumns } } },
    async (request) => templateColumns(request.params.kind),
  );
  app.get(
    '/api/v1/imports/templates/:kind',
    { config: { permission: 'imports:run' }, schema: { tags, summary: 'An empty file of the kind with its headers', params: KindParams, querystring: TemplateFileQuery } },
    async (request, reply) => {
      const format = request.query.format ?? 'xlsx';
      const lang = request.query.lang ?? 'zh-CN';
      const body = await templateFile(request.params.kind, format, lang);
      const fileName = `ordo-${request.params.kind}-${lang}.${format}`;
      return reply.type(contentTypes[format]).header('content-disposition', `attachment; filename="${fileName}"`).send(body);
    },
  );
};
