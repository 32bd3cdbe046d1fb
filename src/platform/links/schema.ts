import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The secrets behind mailed links (portal sign-in, surveys), stored only as their SHA-256.
 * A token is minted when its mail is sent, one per sent message, so no outbox row, job or
 * delivery log ever holds one; `subject_id` is what the link grants (a sign-in link, a
 * survey), whose own row says whether it may still be used.
 */
export const linkTokens = pgTable(
  'link_tokens',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    /** `sign_in`, `survey` or `unsubscribe`: a token opens only the door it was minted for. */
    purpose: text('purpose').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The delivery that carried it; null for tokens from before links were minted at delivery. */
    deliveryId: uuid('delivery_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('link_tokens_token_hash_key').on(t.tokenHash), index('link_tokens_subject_idx').on(t.subjectId), index('link_tokens_delivery_idx').on(t.deliveryId)],
);
