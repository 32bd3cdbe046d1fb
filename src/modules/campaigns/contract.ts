import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StrictObject, StringEnum, Uuid } from '../../platform/http/schemas.js';
import { campaignStatuses } from './states.js';

/* Campaigns to a segment and the public unsubscribe page, as the API takes and answers them. */

export const campaignChannels = ['email', 'sms', 'webhook'] as const;
export type CampaignChannel = (typeof campaignChannels)[number];

/** What a campaign's subject and text may say: each is filled in per customer. */
export const campaignPlaceholders = ['customerName', 'contactName'] as const;

const Subject = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'May use {customerName} and {contactName}' });
const Body = Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S', description: 'May use {customerName} and {contactName}; email and SMS get an unsubscribe link after it' });

export const CampaignCreate = StrictObject({
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  segmentId: Uuid,
  channel: StringEnum(campaignChannels),
  subject: Subject,
  body: Body,
});
export type CampaignCreate = Static<typeof CampaignCreate>;

export const CampaignPreviewBody = StrictObject({
  segmentId: Uuid,
  channel: StringEnum(campaignChannels),
  subject: Subject,
  body: Body,
  customerId: Type.Optional({ ...Uuid, description: 'The member to show it for; the first by name when left out' }),
});
export type CampaignPreviewBody = Static<typeof CampaignPreviewBody>;

export const CampaignPreview = Type.Object({
  members: Type.Integer({ description: 'How many customers are in the segment now' }),
  customer: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  subject: Type.String(),
  body: Type.String({ description: 'As the customer reads it, filled in for them' }),
  footer: Nullable(Type.String({ description: 'The unsubscribe line email and SMS end with, {link} where each message gets its own link; null for webhooks' })),
});

export const CampaignCounts = Type.Object({
  recipients: Type.Integer({ description: 'Customers taken from the segment when it was sent' }),
  pending: Type.Integer({ description: 'Not yet queued or skipped' }),
  queued: Type.Integer({ description: 'Given a message' }),
  sent: Type.Integer({ description: 'Whose message went out' }),
  failed: Type.Integer({ description: 'Whose message failed for good (see the delivery log)' }),
  skippedUnsubscribed: Type.Integer({ description: 'Skipped: opted out of marketing' }),
  skippedNoAddress: Type.Integer({ description: 'Skipped: no email address or phone for the channel' }),
  skippedCancelled: Type.Integer({ description: 'Skipped: the campaign was cancelled first' }),
});
export type CampaignCounts = Static<typeof CampaignCounts>;

export const CampaignView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  segmentId: Type.String(),
  channel: StringEnum(campaignChannels),
  subject: Type.String(),
  body: Type.String(),
  status: StringEnum(campaignStatuses),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  sentBy: Nullable(Type.String()),
  sendStartedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  version: Type.Integer(),
  counts: CampaignCounts,
});
export type CampaignView = Static<typeof CampaignView>;

export const CampaignListQuery = StrictObject({ segmentId: Type.Optional(Uuid) });

export const UnsubscribeParams = StrictObject({ token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) });
export const UnsubscribePage = Type.Object({
  customerName: Type.String({ description: 'The company the link was sent to: all the page shows of it' }),
  optedOut: Type.Boolean({ description: 'Whether the customer is opted out of marketing now' }),
});
export type UnsubscribePage = Static<typeof UnsubscribePage>;
