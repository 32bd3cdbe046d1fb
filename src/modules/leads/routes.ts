import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { DomainError } from '../../platform/http/errors.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { TaskView } from '../tasks/contract.js';
import {
  FollowUpCompletion,
  FollowUpCreate,
  FollowUpList,
  FollowUpParams,
  LeadConversion,
  LeadConversionResult,
  LeadCreate,
  LeadDetail,
  LeadListQuery,
  LeadPatch,
  LeadTransition,
  LeadView,
} from './contract.js';
import { completeFollowUp, convertLead, createLead, followUpsOf, getLead, listLeads, scheduleFollowUp, transitionLead, updateLead } from './service.js';
import { Type } from '@sinclair/typebox';

const tags = ['leads'];

export const leadRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  app.get(
    '/api/v1/leads',
    {
      config: { permission: 'leads:read' },
      schema: {
        tags,
        summary: 'Leads, newest first, each with its score and whether another lead shares its phone or e-mail',
        querystring: LeadListQuery,
        response: { 200: Page(LeadView) },
      },
    },
    async (request) => {
      const { owner, limit, ...query } = request.query;
      const ownerUserId = owner === 'me' ? (actorOf(request).userId ?? undefined) : owner;
      return listLeads(ctx.db, ctx.clock.now(), { ...query, ...(ownerUserId ? { ownerUserId } : {}), limit: limit ?? 50 });
    },
  );

  app.post(
    '/api/v1/leads',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: 'Create a lead (status new); the answer lists leads and customers with the same phone or e-mail as `duplicates` (a warning, not a refusal)',
        body: LeadCreate,
        response: { 201: LeadDetail },
      },
    },
    async (request, reply) => {
      const lead = await createLead(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, lead.version);
      return reply.code(201).header('location', `/api/v1/leads/${lead.id}`).send(lead);
    },
  );

  app.get(
    '/api/v1/leads/:id',
    { config: { permission: 'leads:read' }, schema: { tags, summary: 'One lead with its score explained and its duplicates', params: IdParams, response: { 200: LeadDetail } } },
    async (request, reply) => {
      const lead = await getLead(ctx.db, request.params.id, ctx.clock.now());
      setVersionTag(reply, lead.version);
      return lead;
    },
  );

  app.patch(
    '/api/v1/leads/:id',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: 'Change a lead still being worked; send If-Match with the version you edited',
        description: '409 lead_closed: the lead is converted or lost. The answer lists its duplicates again.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: LeadPatch,
        response: { 200: LeadDetail },
      },
    },
    async (request, reply) => {
      const lead = await updateLead(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, lead.version);
      return lead;
    },
  );

  app.post(
    '/api/v1/leads/:id/transitions',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: 'Move a lead: contact, qualify, lose (with a reason) or reopen a lost one (managers)',
        description:
          '409 invalid_transition: the status does not allow the move (meta.allowed says what does); 422 lead_lost_reason_required; ' +
          '403 lead_reopen_manager_only; 409 lead_already_converted.',
        params: IdParams,
        body: LeadTransition,
        response: { 200: LeadDetail },
      },
    },
    async (request, reply) => {
      const lead = await transitionLead(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body);
      setVersionTag(reply, lead.version);
      return lead;
    },
  );

  app.post(
    '/api/v1/leads/:id/convert',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: 'Convert a qualified lead: create its customer (the customer form\'s checks) and optionally its first order (as any order), in one transaction',
        description: '409 lead_already_converted: converted before; 409 invalid_transition: the lead is not qualified. The customer and the order are created only if everything succeeds.',
        params: IdParams,
        body: LeadConversion,
        response: { 201: LeadConversionResult },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (request.body.order && !actor.permissions.has('orders:create')) {
        throw new DomainError('forbidden', 'Taking a first order needs the orders:create permission', { meta: { permission: 'orders:create' } });
      }
      if (!actor.permissions.has('customers:write')) {
        throw new DomainError('forbidden', 'Converting a lead creates a customer: it needs the customers:write permission', { meta: { permission: 'customers:write' } });
      }
      const result = await convertLead(ctx.db, actor, ctx.clock.now(), ctx.config.timeZone, request.params.id, request.body);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/leads/:id/follow-ups',
    { config: { permission: 'leads:read' }, schema: { tags, summary: "The lead's calls, visits and messages, soonest due first", params: IdParams, response: { 200: FollowUpList } } },
    async (request) => ({ items: await followUpsOf(ctx.db, request.params.id) }),
  );

  app.post(
    '/api/v1/leads/:id/follow-ups',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: "Schedule a call, visit or message with the lead, for its owner unless someone else is named; it shows in their tasks and reminds them when overdue",
        params: IdParams,
        body: FollowUpCreate,
        response: { 201: TaskView },
      },
    },
    async (request, reply) => {
      const task = await scheduleFollowUp(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body);
      return reply.code(201).send(task);
    },
  );

  app.post(
    '/api/v1/leads/:id/follow-ups/:taskId/complete',
    {
      config: { permission: 'leads:write' },
      schema: {
        tags,
        summary: 'Record how a follow-up went; a new lead that was reached becomes contacted',
        description: '409 task_closed: done already.',
        params: FollowUpParams,
        body: FollowUpCompletion,
        response: { 200: Type.Object({ task: TaskView, lead: LeadDetail }) },
      },
    },
    async (request) => completeFollowUp(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.params.taskId, request.body),
  );
};
