import { defineMachine } from '../../platform/fsm.js';

/** A message leaving Ordo: queued until the other side takes it (sent) or every attempt failed (dead). */
export const deliveryStatuses = ['queued', 'sent', 'dead'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export type DeliveryEvent =
  /** The other side took it. */
  | 'send'
  /** An attempt failed; another follows. */
  | 'fail'
  /** The last attempt failed, or the target refused: nobody tries again unasked. */
  | 'give_up'
  /** Someone sends a dead delivery again by hand. */
  | 'retry';

export const deliveryMachine = defineMachine({
  name: 'delivery',
  states: deliveryStatuses,
  initial: ['queued'],
  terminal: ['sent'],
  transitions: {
    queued: { send: 'sent', fail: 'queued', give_up: 'dead' },
    dead: { retry: 'queued' },
    sent: {},
  } satisfies Record<DeliveryStatus, Partial<Record<DeliveryEvent, DeliveryStatus>>>,
});
