import type { LiveEvent } from '../../platform/live/hub.js';

/** Who holds a live stream, as far as what it may be sent goes. */
export interface LiveViewer {
  userId: string;
  /** Set for a portal user: the only customer whose orders they hear of. */
  customerId?: string;
  /** Whether the viewer may read orders (orders:read). */
  seesOrders: boolean;
}

/** A live event as a stream sends it: without the people it was addressed to. */
export type VisibleLiveEvent = Omit<LiveEvent, 'userIds'>;

/**
 * What of a live event a viewer's stream is sent, or nothing. Staff hear of events addressed
 * to them and, if they may read orders, of every order's. A portal user hears only of their
 * own customer's orders, and only which order changed: the payload's internal fields
 * (comments, roles, reasons) stay inside.
 */
export function liveEventFor(viewer: LiveViewer, event: LiveEvent): VisibleLiveEvent | undefined {
  const addressed = event.userIds.includes(viewer.userId);
  const aboutAnOrder = typeof event.data.orderId === 'string';
  if (viewer.customerId !== undefined) {
    if (event.customerId !== viewer.customerId || !(addressed || aboutAnOrder)) return undefined;
    const { orderId, number } = event.data;
    return { id: event.id, topic: event.topic, customerId: event.customerId, data: { orderId, number }, at: event.at };
  }
  if (!addressed && !(viewer.seesOrders && aboutAnOrder)) return undefined;
  const { userIds: _userIds, ...visible } = event;
  return visible;
}
