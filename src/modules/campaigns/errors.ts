import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const campaignsErrors = {
  campaign_placeholder_unknown: { status: 422, title: 'The subject or text uses a placeholder campaigns do not fill' },
  campaign_not_draft: { status: 409, title: 'Only a draft campaign can be sent or changed; a campaign is sent once' },
  campaign_channel_unavailable: { status: 409, title: 'That channel is not configured on this server' },
  unsubscribe_link_unknown: { status: 404, title: 'This unsubscribe link is not valid' },
  unsubscribe_link_expired: { status: 410, title: 'This unsubscribe link has expired' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    campaigns: typeof campaignsErrors;
  }
}
