import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { Type } from '@sinclair/typebox';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { ProductCreate, ProductExportQuery, productExportColumns, ProductListQuery, ProductPatch, ProductQuery, ProductView } from './contract.js';
import { exportProducts } from './export.js';
import { countProducts, createProduct, getProduct, listProducts, updateProduct } from './service.js';

export const catalogRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/products',
    { config: { permission: 'products:write' }, schema: { tags: ['products'], summary: 'Create a product', body: ProductCreate, response: { 201: ProductView } } },
    async (request, reply) => {
      const product = await createProduct(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, product.version);
      return reply.code(201).send(product);
    },
  );

  app.get(
    '/api/v1/products',
    {
      config: { permission: 'products:read' },
      schema: {
        tags: ['products'],
        summary: 'List products with filters: by name, or sorted by SKU, price or creation time',
        querystring: ProductListQuery,
        response: { 200: Page(ProductView) },
      },
    },
    async (request) => listProducts(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/products/count',
    {
      config: { permission: 'products:read' },
      schema: {
        tags: ['products'],
        summary: "How many products the list holds under the same filters (the table's total)",
        querystring: ProductQuery,
        response: { 200: Type.Object({ total: Type.Integer() }) },
      },
    },
    async (request) => countProducts(ctx.db, request.query),
  );

  app.get(
    '/api/v1/products/export',
    {
      config: { permission: 'products:read' },
      schema: {
        tags: ['products'],
        summary: "The product list as a file: every product the filters select, in the list's sort, as XLSX or CSV",
        description: "Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.",
        querystring: ProductExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format, columns, lang, ...query } = request.query;
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportProducts(ctx.db, { query, columns: chosenColumns(columns, productExportColumns), language, format, timeZone: ctx.config.timeZone });
      return sendFile(reply, stream, { format, name: 'products', now: ctx.clock.now(), timeZone: ctx.config.timeZone });
    },
  );

  app.get(
    '/api/v1/products/:id',
    { config: { permission: 'products:read' }, schema: { tags: ['products'], summary: 'One product', params: IdParams, response: { 200: ProductView } } },
    async (request, reply) => {
      const product = await getProduct(ctx.db, request.params.id);
      if (!product) throw new DomainError('not_found', `No product ${request.params.id}`);
      setVersionTag(reply, product.version);
      return product;
    },
  );

  app.patch(
    '/api/v1/products/:id',
    {
      config: { permission: 'products:write' },
      schema: {
        tags: ['products'],
        summary: 'Change a product; send If-Match with the version you edited',
        params: IdParams,
        headers: IfMatchHeaders,
        body: ProductPatch,
        response: { 200: ProductView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const product = await updateProduct(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, version, request.body);
      setVersionTag(reply, product.version);
      return product;
    },
  );
};
