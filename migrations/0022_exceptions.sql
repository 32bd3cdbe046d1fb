ALTER TABLE "orders" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "owner_name" text;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD COLUMN "assignee_user_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD COLUMN "assignee_name" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "assignee_name" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "orders_owner_idx" ON "orders" USING btree ("owner_id","received_at","id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_id","status","due_at");--> statement-breakpoint
UPDATE "orders" SET "owner_id" = "users"."id", "owner_name" = "users"."name" FROM "users" WHERE "users"."id" = "orders"."entered_by" AND "users"."customer_id" IS NULL;
