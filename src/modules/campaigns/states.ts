import { defineMachine } from '../../platform/fsm.js';

/** A campaign: written as a draft, sending while its messages are queued batch by batch, then sent; or called off. */
export const campaignStatuses = ['draft', 'sending', 'sent', 'cancelled'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export type CampaignEvent =
  /** Someone sends it: its segment's members are taken at that moment. */
  | 'send'
  /** Every recipient has been queued or skipped. */
  | 'finish'
  /** Called off: a draft is never sent; a sending campaign queues no more messages. */
  | 'cancel';

export const campaignMachine = defineMachine({
  name: 'campaign',
  states: campaignStatuses,
  initial: ['draft'],
  terminal: ['sent', 'cancelled'],
  transitions: {
    draft: { send: 'sending', cancel: 'cancelled' },
    sending: { finish: 'sent', cancel: 'cancelled' },
    sent: {},
    cancelled: {},
  } satisfies Record<CampaignStatus, Partial<Record<CampaignEvent, CampaignStatus>>>,
});

/** One customer of a campaign: taken from the segment (pending), then given a message (queued) or skipped with a reason. */
export const recipientStatuses = ['pending', 'queued', 'skipped'] as const;
export type RecipientStatus = (typeof recipientStatuses)[number];
export type RecipientEvent = 'queue' | 'skip';

export const recipientMachine = defineMachine({
  name: 'campaign_recipient',
  states: recipientStatuses,
  initial: ['pending'],
  terminal: ['queued', 'skipped'],
  transitions: {
    pending: { queue: 'queued', skip: 'skipped' },
    queued: {},
    skipped: {},
  } satisfies Record<RecipientStatus, Partial<Record<RecipientEvent, RecipientStatus>>>,
});

/** Why a recipient got no message: opted out of marketing, no email or phone for the channel, or the campaign was cancelled first. */
export const skipReasons = ['unsubscribed', 'no_address', 'cancelled'] as const;
export type SkipReason = (typeof skipReasons)[number];
