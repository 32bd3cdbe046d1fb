import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { ProductCreate, ProductPatch, ProductQuery, ProductView } from './contract.js';
import { createProduct, getProduct, listProducts, updateProduct } from './service.js';

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
        summary: 'List products by name, with filters',
        querystring: ProductQuery,
        response: { 200: Page(ProductView) },
      },
    },
    async (request) => listProducts(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
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
