import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { IdParams, IfMatchHeaders } from '../../platform/http/schemas.js';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning.js';
import { Carrier, CarrierCreate, CarrierPatch, CarrierQuery } from './contract.js';
import { createCarrier, deleteCarrier, getCarrier, listCarriers, updateCarrier } from './carriers.js';

/** The carrier directory: staff read it (the shipment form picks from it); managers and admins keep it. */
export const carrierRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  const tags = ['carriers'];

  app.get(
    '/api/v1/carriers',
    { config: { permission: 'orders:read' }, schema: { tags, summary: 'The carrier directory, by code', querystring: CarrierQuery, response: { 200: Type.Object({ items: Type.Array(Carrier) }) } } },
    async (request) => ({ items: await listCarriers(ctx.db, request.query) }),
  );

  app.get(
    '/api/v1/carriers/:id',
    { config: { permission: 'orders:read' }, schema: { tags, summary: 'One carrier', params: IdParams, response: { 200: Carrier } } },
    async (request, reply) => {
      const carrier = await getCarrier(ctx.db, request.params.id);
      setVersionTag(reply, carrier.version);
      return carrier;
    },
  );

  app.post(
    '/api/v1/carriers',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Add a carrier',
        description: '409 already_exists: the code is taken. 422 invalid_tracking_url: the template is not an https address with {trackingNumber} in its path or query.',
        body: CarrierCreate,
        response: { 201: Carrier },
      },
    },
    async (request, reply) => {
      const carrier = await createCarrier(ctx.db, actorOf(request), ctx.clock.now(), request.body);
      setVersionTag(reply, carrier.version);
      reply.header('location', `/api/v1/carriers/${carrier.id}`);
      return reply.code(201).send(carrier);
    },
  );

  app.patch(
    '/api/v1/carriers/:id',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Change a carrier (name, tracking template, active; the code only while no shipment names it)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: CarrierPatch,
        response: { 200: Carrier },
      },
    },
    async (request, reply) => {
      const carrier = await updateCarrier(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, carrier.version);
      return carrier;
    },
  );

  app.delete(
    '/api/v1/carriers/:id',
    {
      config: { permission: 'settings:write' },
      schema: { tags, summary: 'Delete a carrier no shipment names (409 carrier_in_use otherwise: deactivate it)', params: IdParams, headers: IfMatchHeaders, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await deleteCarrier(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, requiredVersion(request.headers['if-match']));
      return reply.code(204).send(null);
    },
  );
};
