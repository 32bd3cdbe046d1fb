import { Type } from '@sinclair/typebox';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { Nullable, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { TextMessage } from '../../platform/messages.js';
import { deliveryChannels, preferenceChannels, robotKinds, webhookOutcomes } from './schema.js';
import { deliveryStatuses } from './states.js';
export { deliveryStatuses, type DeliveryStatus } from './states.js';

/* Notifications, channel preferences, webhooks and the delivery log as the API sends and answers them. */

export const Notification = Type.Object({
  id: Type.String(),
  topic: Type.String(),
  title: Type.String(),
  body: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Nullable(Type.String({ format: 'date-time' })),
  deadline: Type.Union([TextMessage, Type.Null()], {
    description: 'The deadline it is about as a message code (notice.clock_due, notice.task_missed …) with its clock, task kind or review step and dueAt; null for other events',
  }),
});
export const Preference = StrictObject({ channel: StringEnum(preferenceChannels), topic: Type.String({ pattern: '^(\\*|[a-z_]+\\.[a-z_]+)$' }), enabled: Type.Boolean() });
export const Topic = Type.String({ pattern: '^(\\*|[a-z_]+\\.[a-z_]+)$', description: 'An event topic such as order.approved, or * for all' });
export const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});
export const Delivery = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  topic: Type.String(),
  channel: StringEnum(deliveryChannels),
  recipient: Type.String(),
  subscriptionId: Nullable(Type.String()),
  robotId: Nullable(Type.String({ description: 'The team chat robot a robot message went to' })),
  subject: Type.String(),
  body: Type.String(),
  status: StringEnum(deliveryStatuses),
  attempts: Type.Array(
    Type.Object({
      at: Type.String(),
      ok: Type.Boolean(),
      code: Type.Optional(StringEnum(webhookOutcomes, { description: 'How a webhook or robot call ended: http_status (with status), connection_failed, timeout, target_refused, robot_error (a robot answered an errcode other than 0) or unexpected_answer (a robot answered without an errcode)' })),
      status: Type.Optional(Type.Integer({ description: "The webhook receiver's HTTP status" })),
      errcode: Type.Optional(Type.Integer({ description: "A team chat robot's answer code: 0 took the message" })),
      errmsg: Type.Optional(Type.String({ description: "A team chat robot's answer message" })),
      detail: Type.String(),
      durationMs: Type.Number(),
    }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Nullable(Type.String({ format: 'date-time' })),
});
export const DeliveryQuery = Type.Object({
  channel: Type.Optional(StringEnum(deliveryChannels)),
  status: Type.Optional(StringEnum(['queued', 'sent', 'dead'] as const)),
  limit: limitSchema,
  cursor: Type.Optional(cursorSchema),
});
export const NotificationQuery = Type.Object({
  unread: Type.Optional(Type.Boolean({ description: 'true: only unread; false: only read; absent: both' })),
  topic: Type.Optional(Type.Array(Topic, { maxItems: 50, description: 'Only these event topics (repeat the parameter for several)' })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Created at or after this instant' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Created before this instant' })),
  limit: limitSchema,
  cursor: Type.Optional(cursorSchema),
});
export const NotificationPage = Type.Object({ items: Type.Array(Notification), nextCursor: Nullable(Type.String()), unread: Type.Integer() });
export const Preferences = Type.Object({ preferences: Type.Array(Preference) });
export const PreferencesSave = StrictObject({ preferences: Type.Array(Preference, { maxItems: 200 }) });
export const WebhookCreate = StrictObject({ url: Type.String({ minLength: 8, maxLength: 2000 }), events: Type.Array(Topic, { minItems: 1, maxItems: 100 }), description: Type.Optional(Type.String({ maxLength: 500 })) });
export const CreatedWebhook = Type.Intersect([Webhook, Type.Object({ secret: Type.String() })]);
export const WebhookPatch = StrictObject({
  url: Type.Optional(Type.String({ minLength: 8, maxLength: 2000 })),
  events: Type.Optional(Type.Array(Topic, { minItems: 1, maxItems: 100 })),
  description: Type.Optional(Type.String({ maxLength: 500 })),
  active: Type.Optional(Type.Boolean()),
});

export const ChannelStatus = Type.Object({
  email: Type.Boolean({ description: 'A mail server is configured (ORDO_SMTP_URL)' }),
  sms: Type.Boolean({ description: 'An SMS provider is configured (ORDO_SMS_URL)' }),
});

/* Team chat robots (WeCom, DingTalk). The URL and secret go in; only their masks come out. */

const RobotName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const RobotUrl = Type.String({ minLength: 8, maxLength: 2000, description: "The robot's webhook URL with its credential: ?key= (WeCom) or ?access_token= (DingTalk)" });
const RobotSecret = Type.String({ minLength: 1, maxLength: 200, description: "DingTalk's 加签 secret (SEC…): calls are then signed; WeCom robots take none" });
const RobotTopics = Type.Array(Topic, { minItems: 1, maxItems: 100, description: 'The events the group hears of (order.received, order.approved, order.planned, shipment.shipped, sla.escalated …), or * for all' });
const RobotLanguage = StringEnum(['zh-CN', 'en'] as const, { description: 'The language of its messages' });
const MentionMobiles = Type.Array(Type.String({ pattern: '^\\+?[0-9]{5,20}$' }), { maxItems: 20, description: 'Mobile numbers @-mentioned in every message' });

export const Robot = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: StringEnum(robotKinds),
  maskedUrl: Type.String({ description: 'The URL with each query value masked to its last four characters' }),
  maskedSecret: Nullable(Type.String({ description: "The secret's last four characters behind a mask" })),
  topics: Type.Array(Type.String()),
  language: RobotLanguage,
  mentionMobiles: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});
export const RobotCreate = StrictObject({
  name: RobotName,
  kind: StringEnum(robotKinds),
  url: RobotUrl,
  secret: Type.Optional(RobotSecret),
  topics: RobotTopics,
  language: RobotLanguage,
  mentionMobiles: Type.Optional(MentionMobiles),
  active: Type.Optional(Type.Boolean()),
});
export const RobotPatch = StrictObject({
  name: Type.Optional(RobotName),
  url: Type.Optional(RobotUrl),
  secret: Type.Optional(Nullable(RobotSecret)),
  topics: Type.Optional(RobotTopics),
  language: Type.Optional(RobotLanguage),
  mentionMobiles: Type.Optional(MentionMobiles),
  active: Type.Optional(Type.Boolean()),
});
export const RobotTestResult = Type.Object({
  ok: Type.Boolean({ description: 'The robot took the message (HTTP 2xx and errcode 0)' }),
  code: StringEnum(webhookOutcomes),
  status: Type.Optional(Type.Integer()),
  errcode: Type.Optional(Type.Integer()),
  errmsg: Type.Optional(Type.String()),
  detail: Type.String(),
  delivery: Delivery,
});
