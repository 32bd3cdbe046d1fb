CREATE TABLE "link_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"delivery_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "surveys_token_hash_key";--> statement-breakpoint
DROP INDEX "sign_in_links_token_hash_key";--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "password_grace_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "link" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "link_tokens_token_hash_key" ON "link_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "link_tokens_subject_idx" ON "link_tokens" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "link_tokens_delivery_idx" ON "link_tokens" USING btree ("delivery_id");--> statement-breakpoint
-- Links mailed before tokens were minted at delivery keep working: their hashes move to link_tokens…
INSERT INTO "link_tokens" ("id", "token_hash", "purpose", "subject_id", "delivery_id", "created_at", "expires_at", "used_at")
  SELECT gen_random_uuid(), "token_hash", 'sign_in', "id", NULL, "created_at", "expires_at", "used_at" FROM "sign_in_links";--> statement-breakpoint
INSERT INTO "link_tokens" ("id", "token_hash", "purpose", "subject_id", "delivery_id", "created_at", "expires_at", "used_at")
  SELECT gen_random_uuid(), "token_hash", 'survey', "id", NULL, "sent_at", "expires_at", "answered_at" FROM "surveys";--> statement-breakpoint
-- …but no copy Ordo kept of them does: the delivery log and the outbox lose the links they held.
UPDATE "notification_deliveries" SET "body" = regexp_replace("body", 'https?://\S*/(portal/link|survey)/[A-Za-z0-9_-]+', '[link removed]', 'g')
  WHERE "topic" IN ('portal.invited', 'portal.sign_in_link', 'survey.sent');--> statement-breakpoint
UPDATE "outbox" SET "payload" = "payload" - 'link' WHERE "payload" ? 'link';--> statement-breakpoint
ALTER TABLE "surveys" DROP COLUMN "token_hash";--> statement-breakpoint
ALTER TABLE "sign_in_links" DROP COLUMN "token_hash";
