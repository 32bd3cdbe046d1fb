import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { IdParams } from '../../platform/http/schemas.js';
import { setVersionTag } from '../../platform/http/versioning.js';
import { actorOf } from '../../platform/http/auth.js';
import { closeOrder, getOrder, markReadyToShip } from '../orders/service.js';
import { acceptanceRoutes } from './acceptance-routes.js';
import { carrierRoutes } from './carrier-routes.js';
import { Note, OrderState, PackList, PickList, Shipment, ShipmentCreate, TrackingEvent } from './contract.js';
import { completeService, createShipment, getShipment, listShipments, packList, pickList, recordTrackingEvent, startService } from './service.js';

export const fulfilmentRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  await app.register(acceptanceRoutes, ctx);
  await app.register(carrierRoutes, ctx);

  app.post(
    '/api/v1/orders/:id/ready-to-ship',
    {
      config: { permission: 'fulfilment:write' },
      schema: {
        tags: ['fulfilment'],
        summary: 'The goods are packed: the order is ready to ship (from in_progress)',
        description: 'With a wanted delivery date, the pre-delivery check task for logistics is scheduled 24 h before that day begins.',
        params: IdParams,
        response: { 200: OrderState },
      },
    },
    async (request, reply) => {
      const order = await markReadyToShip(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id);
      setVersionTag(reply, order.version);
      return order;
    },
  );

  app.get(
    '/api/v1/orders/:id/pick-list',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['fulfilment'], summary: 'What to pick for the order now, line by line, and the suggested carrier', params: IdParams, response: { 200: PickList } },
    },
    async (request) => pickList(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/orders/:id/shipments',
    {
      config: { permission: 'fulfilment:write' },
      schema: {
        tags: ['fulfilment'],
        summary: 'Ship some or all of the open lines (partial and split shipments)',
        description:
          'Consumes the reserved stock (on hand and reserved go down, one `shipment` stock movement per product). 422 exceeds_open_quantity: more than is left on the line; ' +
          '409 not_reserved: more stock than the order reserved (the rest waits as a backorder). The order becomes partially_shipped or shipped.',
        params: IdParams,
        body: ShipmentCreate,
        response: { 201: Shipment },
      },
    },
    async (request, reply) => {
      const shipment = await createShipment(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body);
      reply.header('location', `/api/v1/shipments/${shipment.id}`);
      return reply.code(201).send(shipment);
    },
  );

  app.get(
    '/api/v1/orders/:id/shipments',
    {
      config: { permission: 'orders:read' },
      schema: { tags: ['fulfilment'], summary: "The order's shipments with their tracking", params: IdParams, response: { 200: Type.Object({ items: Type.Array(Shipment) }) } },
    },
    async (request) => ({ items: await listShipments(ctx.db, request.params.id) }),
  );

  app.get(
    '/api/v1/shipments/:id',
    { config: { permission: 'orders:read' }, schema: { tags: ['fulfilment'], summary: 'One shipment with its lines and tracking events', params: IdParams, response: { 200: Shipment } } },
    async (request) => getShipment(ctx.db, request.params.id),
  );

  app.get(
    '/api/v1/shipments/:id/pack-list',
    { config: { permission: 'orders:read' }, schema: { tags: ['fulfilment'], summary: 'The packing list of a shipment, with the delivery address', params: IdParams, response: { 200: PackList } } },
    async (request) => packList(ctx.db, request.params.id),
  );

  app.post(
    '/api/v1/shipments/:id/events',
    {
      config: { permission: 'fulfilment:write' },
      schema: {
        tags: ['fulfilment'],
        summary: "Record a carrier's tracking event",
        description: 'When every shipment of a fully shipped order is delivered, the order is delivered and the satisfaction survey is queued. 409 shipment_closed: the shipment was delivered already.',
        params: IdParams,
        body: TrackingEvent,
        response: { 201: Shipment },
      },
    },
    async (request, reply) => reply.code(201).send(await recordTrackingEvent(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/orders/:id/service/start',
    {
      config: { permission: 'fulfilment:write' },
      schema: { tags: ['fulfilment'], summary: 'A service order goes "in service" (from in_progress) instead of shipping', params: IdParams, body: Note, response: { 200: OrderState } },
    },
    async (request) => {
      await startService(ctx.db, actorOf(request), ctx.clock.now(), request.params.id, request.body.note);
      return getOrder(ctx.db, request.params.id);
    },
  );

  app.post(
    '/api/v1/orders/:id/service/complete',
    {
      config: { permission: 'fulfilment:write' },
      schema: { tags: ['fulfilment'], summary: 'The service is done: the order is delivered and waits for acceptance', params: IdParams, body: Note, response: { 200: OrderState } },
    },
    async (request) => {
      await completeService(ctx.db, actorOf(request), ctx.clock.now(), ctx.config.timeZone, request.params.id, request.body.note);
      return getOrder(ctx.db, request.params.id);
    },
  );

  app.post(
    '/api/v1/orders/:id/close',
    {
      config: { permission: 'acceptance:write' },
      schema: { tags: ['fulfilment'], summary: 'Close an accepted order (it completes by itself once the survey went out)', params: IdParams, response: { 200: OrderState } },
    },
    async (request) => closeOrder(ctx.db, actorOf(request), ctx.clock.now(), request.params.id),
  );
};
