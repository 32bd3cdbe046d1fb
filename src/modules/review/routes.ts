import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { IdParams, IfMatchHeaders, Page, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../identity/auth.js';
import {
  autoApprovalKey,
  AutoApprovalSettings,
  chainHistory,
  chainVersion,
  defaultAutoApproval,
  getReview,
  listInbox,
  reviewOrderTypes,
  reviewStatuses,
  reviewStepStatuses,
  saveChain,
  type ChainStep,
} from './service.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const StepName = StrictObject({ 'zh-CN': Type.String({ minLength: 1, maxLength: 100 }), en: Type.String({ minLength: 1, maxLength: 100 }) });

const ReviewStep = Type.Object({
  id: Type.String(),
  round: Type.Integer(),
  position: Type.Integer(),
  key: Type.String(),
  name: StepName,
  role: Type.String(),
  check: Nullable(Type.String()),
  checkPassed: Nullable(Type.Boolean()),
  evidence: Nullable(Type.Object({}, { additionalProperties: true })),
  status: StringEnum(reviewStepStatuses),
  waitingSince: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedByLabel: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  comment: Nullable(Type.String()),
});

const Review = Type.Object({
  orderId: Type.String(),
  orderNumber: Nullable(Type.String()),
  chain: Type.Object({ orderType: Type.String(), version: Type.Integer() }),
  round: Type.Integer(),
  status: StringEnum(reviewStatuses),
  startedAt: Type.String(),
  updatedAt: Type.String(),
  rounds: Type.Array(Type.Object({ round: Type.Integer(), steps: Type.Array(ReviewStep) })),
});

const ChainStepSchema = StrictObject({
  key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  name: StepName,
  role: Type.String({ minLength: 1, maxLength: 32, description: 'One of the roles, e.g. finance' }),
  check: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'An automatic check: basic, credit, capacity or materials' })),
});
const Chain = Type.Object({
  orderType: Type.String(),
  version: Type.Integer(),
  steps: Type.Array(ChainStepSchema),
  createdAt: Type.Union([Type.String(), Type.Null()]),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});
const OrderTypeParams = StrictObject({ orderType: StringEnum(reviewOrderTypes) });
const InboxItem = Type.Object({
  stepId: Type.String(),
  orderId: Type.String(),
  orderNumber: Type.Union([Type.String(), Type.Null()]),
  customer: Type.Object({ id: Type.String(), name: Type.String() }),
  step: Type.Object({ key: Type.String(), name: StepName, role: Type.String(), round: Type.Integer() }),
  totals: Type.Object({ currency: Type.String(), totalMinor: Type.Integer() }),
  priority: Type.String(),
  dueAt: Type.String(),
  waitingSince: Type.String(),
});

export const reviewRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/review/chains',
    {
      config: { permission: 'review:read' },
      schema: { tags: ['review'], summary: 'The current review chain of every order type', response: { 200: Type.Object({ items: Type.Array(Chain) }) } },
    },
    async () => ({ items: await Promise.all(reviewOrderTypes.map((type) => chainVersion(ctx.db, type))) }),
  );

  app.get(
    '/api/v1/review/chains/:orderType',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: "An order type's current chain and every earlier version",
        params: OrderTypeParams,
        response: { 200: Type.Object({ current: Chain, versions: Type.Array(Chain) }) },
      },
    },
    async (request, reply) => {
      const versions = await chainHistory(ctx.db, request.params.orderType);
      setVersionTag(reply, versions[0]!.version);
      return { current: versions[0]!, versions };
    },
  );

  app.put(
    '/api/v1/review/chains/:orderType',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['review'],
        summary: "Save a new version of an order type's chain; send If-Match with the current version",
        description:
          'Step keys must be unique, roles and checks known, and the last step "final" (a human decision). Orders already in review keep the version they started with.',
        params: OrderTypeParams,
        headers: IfMatchHeaders,
        body: StrictObject({ steps: Type.Array(ChainStepSchema, { minItems: 1, maxItems: 20 }) }),
        response: { 200: Chain },
      },
    },
    async (request, reply) => {
      const expected = requiredVersion(request.headers['if-match']);
      const saved = await saveChain(ctx.db, actorOf(request), ctx.clock.now(), request.params.orderType, expected, request.body.steps as ChainStep[]);
      setVersionTag(reply, saved.version);
      return saved;
    },
  );

  app.get(
    '/api/v1/review/inbox',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: 'Review steps waiting for one of my roles (an admin sees all), longest waiting first',
        querystring: StrictObject({ limit: Type.Optional(limitSchema), cursor: Type.Optional(cursorSchema) }),
        response: { 200: Page(InboxItem) },
      },
    },
    async (request) => listInbox(ctx.db, actorOf(request), { limit: request.query.limit ?? 50, cursor: request.query.cursor }),
  );

  app.get(
    '/api/v1/orders/:id/review',
    {
      config: { permission: 'review:read' },
      schema: {
        tags: ['review'],
        summary: "An order's review: its chain version, every round and step, the evidence of the checks, who decided what, when and why",
        params: IdParams,
        response: { 200: Review },
      },
    },
    async (request) => {
      const review = await getReview(ctx.db, request.params.id);
      if (!review) throw new DomainError('not_found', `Order ${request.params.id} has not been reviewed (it is unknown, or has not reached review)`);
      return review;
    },
  );

  registerSettingRoutes(app, ctx, { key: autoApprovalKey, schema: AutoApprovalSettings, defaults: defaultAutoApproval, check: () => {} });
};
