import type { LinkIntent } from '../../platform/links/service.js';
import type { Audience } from './service.js';

/** A portal user's mailed link: only the intent travels; the deliverer mints the token as it sends. */
interface LinkNotice {
  customerName: string;
  link: LinkIntent;
  dueAt: string;
  audience: Audience;
}

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'portal.invited': LinkNotice;
    'portal.sign_in_link_requested': LinkNotice;
  }
}
