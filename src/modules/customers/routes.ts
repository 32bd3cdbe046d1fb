import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Currency, IdParams, IfMatchHeaders, Minor, Page, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { createCustomer, customerTiers, customerTypes, getCustomer, listCustomers, paymentTermKinds, updateCustomer } from './service.js';

const ShortText = (max = 200) => Type.String({ minLength: 1, maxLength: max });

const Contact = StrictObject({
  name: ShortText(100),
  phone: Type.Optional(Type.String({ pattern: '^[+0-9][0-9 ()-]{3,30}$' })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  title: Type.Optional(ShortText(100)),
  primary: Type.Optional(Type.Boolean()),
});

const Address = StrictObject({
  label: Type.Optional(ShortText(50)),
  recipient: Type.Optional(ShortText(100)),
  phone: Type.Optional(Type.String({ pattern: '^[+0-9][0-9 ()-]{3,30}$' })),
  country: Type.Optional(ShortText(100)),
  region: Type.Optional(ShortText(100)),
  city: Type.Optional(ShortText(100)),
  district: Type.Optional(ShortText(100)),
  line1: ShortText(300),
  postalCode: Type.Optional(Type.String({ maxLength: 20 })),
  isDefault: Type.Optional(Type.Boolean()),
});

const PaymentTerms = StrictObject({
  kind: StringEnum(paymentTermKinds),
  netDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
});

const fields = {
  name: ShortText(),
  type: StringEnum(customerTypes),
  tier: StringEnum(customerTiers),
  creditLimitMinor: Type.Optional(Minor),
  currency: Type.Optional(Currency),
  paymentTerms: Type.Optional(PaymentTerms),
  contacts: Type.Optional(Type.Array(Contact, { maxItems: 50 })),
  addresses: Type.Optional(Type.Array(Address, { maxItems: 50 })),
  sourceChannel: Type.Optional(Type.Union([ShortText(50), Type.Null()])),
  tags: Type.Optional(Type.Array(ShortText(50), { maxItems: 50 })),
  ownerUserId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  notes: Type.Optional(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()])),
  timeZone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64, description: "The customer's IANA time zone (their 17:00 digest); null: the company's" }), Type.Null()])),
};

const CustomerCreate = StrictObject(fields);
const CustomerPatch = Type.Partial(CustomerCreate, { additionalProperties: false, minProperties: 1 });

const Customer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.String(),
  tier: Type.String(),
  creditLimitMinor: Type.Integer(),
  currency: Type.String(),
  paymentTerms: Type.Object({ kind: Type.String(), netDays: Type.Optional(Type.Integer()) }),
  contacts: Type.Array(Type.Object({}, { additionalProperties: true })),
  addresses: Type.Array(Type.Object({}, { additionalProperties: true })),
  sourceChannel: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  ownerUserId: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  timeZone: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});

export const customerRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.post(
    '/api/v1/customers',
    {
      config: { permission: 'customers:write' },
      schema: { tags: ['customers'], summary: 'Create a customer', body: CustomerCreate, response: { 201: Customer } },
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
        querystring: StrictObject({
          q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name or notes' })),
          tier: Type.Optional(StringEnum(customerTiers)),
          tag: Type.Optional(ShortText(50)),
          limit: Type.Optional(limitSchema),
          cursor: Type.Optional(cursorSchema),
        }),
        response: { 200: Page(Customer) },
      },
    },
    async (request) => listCustomers(ctx.db, { ...request.query, limit: request.query.limit ?? 50 }),
  );

  app.get(
    '/api/v1/customers/:id',
    { config: { permission: 'customers:read' }, schema: { tags: ['customers'], summary: 'One customer', params: IdParams, response: { 200: Customer } } },
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
        response: { 200: Customer },
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
