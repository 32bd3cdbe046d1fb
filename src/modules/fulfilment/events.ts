import type { OrderNotice } from '../orders/service.js';

interface ShipmentNotice extends OrderNotice {
  shipmentId: string;
  carrier: string;
  trackingNumber: string;
  status: string;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'shipment.shipped': ShipmentNotice;
    'shipment.tracked': ShipmentNotice & { reason: string };
    'order.service_started': OrderNotice;
    'order.delivered': OrderNotice;
    'order.accepted': OrderNotice & { comment: string };
    'order.acceptance_failed': OrderNotice & { comment: string };
  }
}
