import type { LinkIntent } from '../../platform/links/service.js';
import type { CampaignChannel } from './contract.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    /**
     * One customer's message of a campaign, filled in for them. `to` addresses an email or
     * SMS (a webhook campaign has none: the subscriptions to this topic get it); `link` is
     * the unsubscribe link the notification deliverer mints as it sends.
     */
    'campaign.message_queued': {
      campaignId: string;
      customerId: string;
      channel: CampaignChannel;
      subject: string;
      message: string;
      to?: { channel: 'email' | 'sms'; address: string };
      link?: LinkIntent;
    };
  }
}
