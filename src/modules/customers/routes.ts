import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { CustomerCreate, CustomerPatch, CustomerQuery, CustomerView } from './contract.js';
import { createCustomer, getCustomer, listCustomers, updateCustomer } from './service.js';

export const customerRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/customers',
    {
      config: { permission: 'customers:write' },
      schema: { tags: ['customers'], summary: 'Create a customer', body: CustomerCreate, response: { 201: CustomerView } },
    },
    async (request, reply) => {
      const customer = await createCustomer(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, customer.version);
      return reply.code(201).send(customer);
    },
  );

  app.get(
    '/api/v1/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: 'List customers by name, with filters',
        querystring: CustomerQuery,
        response: { 200: Page(CustomerView) },
      },
    },
    async (request) => listCustomers(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/customers/:id',
    { config: { permission: 'customers:read' }, schema: { tags: ['customers'], summary: 'One customer', params: IdParams, response: { 200: CustomerView } } },
    async (request, reply) => {
      const customer = await getCustomer(ctx.db, request.params.id);
      if (!customer) throw new DomainError('not_found', `No customer ${request.params.id}`);
      setVersionTag(reply, customer.version);
      return customer;
    },
  );

  app.patch(
    '/api/v1/customers/:id',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['customers'],
        summary: 'Change a customer; send If-Match with the version you edited',
        params: IdParams,
        headers: IfMatchHeaders,
        body: CustomerPatch,
        response: { 200: CustomerView },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request.headers['if-match']);
      const customer = await updateCustomer(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, version, request.body);
      setVersionTag(reply, customer.version);
      return customer;
    },
  );
};
