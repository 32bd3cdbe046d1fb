import type { LinkIntent } from '../../platform/links/service.js';
import type { OrderNotice } from '../orders/service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'survey.sent': OrderNotice & { link: LinkIntent; dueAt: string };
    'feedback.received': OrderNotice & { reason: string; comment: string };
  }
}
