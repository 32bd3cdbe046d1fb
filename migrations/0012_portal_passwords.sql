ALTER TABLE "sessions" ADD COLUMN "method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
-- Staff chose their passwords; portal users so far have only the random one they were invited with.
UPDATE "users" SET "password_set_at" = "created_at" WHERE "customer_id" IS NULL;--> statement-breakpoint
UPDATE "users" SET "last_sign_in_at" = "latest"."at" FROM (SELECT "user_id", max("created_at") AS "at" FROM "sessions" GROUP BY "user_id") AS "latest" WHERE "latest"."user_id" = "users"."id";
