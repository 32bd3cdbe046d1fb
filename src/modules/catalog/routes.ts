import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Currency, IdParams, IfMatchHeaders, Minor, Page, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { createProduct, getProduct, listProducts, productKinds, updateProduct } from './service.js';

const Kind = StringEnum(productKinds);

const ProductCreate = StrictObject({
  sku: Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S(.*\\S)?$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  model: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  unit: Type.String({ minLength: 1, maxLength: 20, description: 'e.g. 台, 件, pcs, h' }),
  priceMinor: Minor,
  currency: Type.Optional(Currency),
  kind: Kind,
  category: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  leadTimes: Type.Optional(
    Type.Record(Type.String({ pattern: '^[a-z_]{1,32}$' }), Type.Integer({ minimum: 0, maximum: 365 }), {
      description: 'Default working days per plan stage, e.g. {"production": 3, "qc": 1, "logistics": 2}',
    }),
  ),
  active: Type.Optional(Type.Boolean()),
});
const ProductPatch = Type.Partial(ProductCreate, { additionalProperties: false, minProperties: 1 });

const Product = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  model: Type.Union([Type.String(), Type.Null()]),
  unit: Type.String(),
  priceMinor: Type.Integer(),
  currency: Type.String(),
  kind: Type.String(),
  category: Type.Union([Type.String(), Type.Null()]),
  leadTimes: Type.Record(Type.String(), Type.Integer()),
  active: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});

export const catalogRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/products',
    { config: { permission: 'products:write' }, schema: { tags: ['products'], summary: 'Create a product', body: ProductCreate, response: { 201: Product } } },
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
        querystring: StrictObject({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name, SKU or model' })),
          kind: Type.Optional(Kind),
          active: Type.Optional(Type.Boolean()),
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(Product) },
      },
    },
    async (request) => listProducts(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/products/:id',
    { config: { permission: 'products:read' }, schema: { tags: ['products'], summary: 'One product', params: IdParams, response: { 200: Product } } },
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
        response: { 200: Product },
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
