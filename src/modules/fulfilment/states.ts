import { defineMachine } from '../../platform/fsm.js';

/** What a carrier reports about a consignment after it is handed over (SPEC §7). */
export const trackingStatuses = ['in_transit', 'out_for_delivery', 'delivered', 'exception'] as const;
export type TrackingStatus = (typeof trackingStatuses)[number];

/** A shipment: shipped when handed over, then whatever the carrier last reported. */
export const shipmentStatuses = ['shipped', ...trackingStatuses] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];
export type ShipmentEvent = 'report_in_transit' | 'report_out_for_delivery' | 'report_delivered' | 'report_exception';

/** The carrier's report that moves a shipment to each tracking status. */
export const trackingEvents = {
  in_transit: 'report_in_transit',
  out_for_delivery: 'report_out_for_delivery',
  delivered: 'report_delivered',
  exception: 'report_exception',
} as const satisfies Record<TrackingStatus, ShipmentEvent>;

/** Until it is delivered a carrier may report anything, in any order (an exception, then on its way again); delivered is final. */
const reports = { report_in_transit: 'in_transit', report_out_for_delivery: 'out_for_delivery', report_delivered: 'delivered', report_exception: 'exception' } as const;

export const shipmentMachine = defineMachine({
  name: 'shipment',
  states: shipmentStatuses,
  initial: ['shipped'],
  terminal: ['delivered'],
  transitions: {
    shipped: reports,
    in_transit: reports,
    out_for_delivery: reports,
    exception: reports,
    delivered: {},
  } satisfies Record<ShipmentStatus, Partial<Record<ShipmentEvent, ShipmentStatus>>>,
});
