import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams, IfMatchHeaders, Page } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { webhookTransport } from './channels.js';
import { Delivery, DeliveryQuery, Robot, RobotCreate, RobotPatch, RobotTestResult } from './contract.js';
import { createRobot, deleteRobot, getRobot, listRobots, testRobot, updateRobot } from './robots.js';
import { listDeliveries } from './webhooks.js';

const tags = ['notifications'];
const permission = 'notifications:manage';

/** Team chat robots (WeCom, DingTalk group robots): the group hears of the events it subscribes to. */
export const robotRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const transport = webhookTransport(ctx.config.notifications, ctx.resolveHost);
  const base = '/api/v1/notifications/robots';
  app.get(base, { config: { permission }, schema: { tags, summary: 'Team chat robots (WeCom, DingTalk), their URL and secret masked', response: { 200: Type.Object({ items: Type.Array(Robot) }) } } }, async () => ({
    items: await listRobots(ctx.db),
  }));
  app.post(
    base,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Add a group robot: the URL must carry ?key= (WeCom) or ?access_token= (DingTalk) and reach a public address, or one ORDO_WEBHOOK_ALLOW allows',
        body: RobotCreate,
        response: { 201: Robot },
      },
    },
    async (request, reply) => {
      const created = await createRobot(ctx.db, actorOf(request), ctx.clock.now(), transport.rules, request.body);
      setVersionTag(reply, created.version);
      return reply.code(201).send(created);
    },
  );
  app.get(`${base}/:id`, { config: { permission }, schema: { tags, summary: 'One robot', params: IdParams, response: { 200: Robot } } }, async (request, reply) => {
    const robot = await getRobot(ctx.db, request.params.id);
    setVersionTag(reply, robot.version);
    return robot;
  });
  app.patch(
    `${base}/:id`,
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Change a robot (If-Match required); a URL or secret left out is kept, secret: null stops signing',
        params: IdParams,
        headers: IfMatchHeaders,
        body: RobotPatch,
        response: { 200: Robot },
      },
    },
    async (request, reply) => {
      const updated = await updateRobot(ctx.db, actorOf(request), ctx.clock.now(), transport.rules, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, updated.version);
      return updated;
    },
  );
  app.delete(
    `${base}/:id`,
    { config: { permission }, schema: { tags, summary: 'Delete a robot (If-Match required); its delivery log stays', params: IdParams, headers: IfMatchHeaders, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await deleteRobot(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']));
      return reply.code(204).send(null);
    },
  );
  app.post(
    `${base}/:id/test`,
    {
      config: { permission },
      schema: { tags, summary: "Send the robot a test message now and answer its reply (logged as a delivery)", params: IdParams, response: { 200: RobotTestResult } },
    },
    async (request) => testRobot(ctx.db, actorOf(request), ctx.clock, transport, request.params.id),
  );
  app.get(
    `${base}/:id/deliveries`,
    {
      config: { permission },
      schema: { tags, summary: "A robot's delivery log, newest first: each message with its attempts, HTTP status and errcode", params: IdParams, querystring: Type.Omit(DeliveryQuery, ['channel']), response: { 200: Page(Delivery) } },
    },
    async (request) => {
      await getRobot(ctx.db, request.params.id);
      return listDeliveries(ctx.db, { ...request.query, robotId: request.params.id }, actorOf(request).locale);
    },
  );
};
