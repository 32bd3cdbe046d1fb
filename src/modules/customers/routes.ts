import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { Type } from '@sinclair/typebox';
import { chosenColumns, readerLanguage, sendFile } from '../../platform/export/table-file.js';
import { CustomerCreate, CustomerExportQuery, customerExportColumns, CustomerListQuery, CustomerPatch, CustomerQuery, CustomerView, MarketingOptOutBody } from './contract.js';
import { exportCustomers } from './export.js';
import { countCustomers, createCustomer, getCustomer, listCustomers, setMarketingOptOut, updateCustomer } from './service.js';

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
        summary: 'List customers with filters: by name, or sorted by tier, creation time or credit limit',
        querystring: CustomerListQuery,
        response: { 200: Page(CustomerView) },
      },
    },
    async (request) => listCustomers(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/customers/count',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: "How many customers the list holds under the same filters (the table's total)",
        querystring: CustomerQuery,
        response: { 200: Type.Object({ total: Type.Integer() }) },
      },
    },
    async (request) => countCustomers(ctx.db, request.query),
  );

  app.get(
    '/api/v1/customers/export',
    {
      config: { permission: 'customers:read' },
      schema: {
        tags: ['customers'],
        summary: "The customer list as a file: every customer the filters select, in the list's sort, as XLSX or CSV",
        description: "Takes the list's filters and sort, the columns to write (in order) and the language of headers and cells. The file is streamed as it is read; CSV is UTF-8 with a byte-order mark.",
        querystring: CustomerExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
      },
    },
    async (request, reply) => {
      const { format, columns, lang, ...query } = request.query;
      const language = readerLanguage(lang, actorOf(request), request.headers['accept-language']);
      const stream = exportCustomers(ctx.db, { query, columns: chosenColumns(columns, customerExportColumns), language, format, timeZone: ctx.config.timeZone });
      return sendFile(reply, stream, { format, name: 'customers', now: ctx.clock.now(), timeZone: ctx.config.timeZone });
    },
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

  app.put(
    '/api/v1/customers/:id/marketing-opt-out',
    {
      config: { permission: 'customers:write' },
      schema: {
        tags: ['customers'],
        summary: "Set or clear the customer's opt-out of marketing: campaigns skip a customer who opted out; order notices still go",
        description: 'Saying what is already so changes nothing. The customer can also opt out by the unsubscribe link every campaign mail and SMS carries.',
        params: IdParams,
        body: MarketingOptOutBody,
        response: { 200: CustomerView },
      },
    },
    async (request, reply) => {
      const customer = await setMarketingOptOut(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body.optedOut);
      setVersionTag(reply, customer.version);
      return customer;
    },
  );
};
