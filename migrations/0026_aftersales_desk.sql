ALTER TABLE "aftersales_cases" ADD COLUMN "order_number" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "customer_name" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "reported_via" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "confirmation_channel" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "confirmed_by_label" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "confirmation_recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "confirmation_recorded_by_label" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "order_number" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "customer_name" text;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "replacement_of_order_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "replacement_of_number" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "replacement_case_id" uuid;--> statement-breakpoint
CREATE INDEX "aftersales_cases_contact_due_idx" ON "aftersales_cases" USING btree ("contact_due_at") WHERE contacted_at IS NULL AND status <> 'closed';--> statement-breakpoint
CREATE INDEX "feedback_customer_idx" ON "feedback" USING btree ("customer_id","recorded_at");--> statement-breakpoint
CREATE INDEX "orders_replacement_of_idx" ON "orders" USING btree ("replacement_of_order_id") WHERE replacement_of_order_id IS NOT NULL;--> statement-breakpoint
-- Cases and feedback taken before: the order's number and the customer's name as they are now; an answer with nobody recording it came through the link.
UPDATE "aftersales_cases" c SET "order_number" = o."number" FROM "orders" o WHERE o."id" = c."order_id";--> statement-breakpoint
UPDATE "aftersales_cases" c SET "customer_name" = coalesce((SELECT cu."name" FROM "customers" cu WHERE cu."id" = c."customer_id"), '');--> statement-breakpoint
UPDATE "feedback" f SET "order_number" = coalesce(o."number", ''), "customer_name" = o."customer_name" FROM "orders" o WHERE o."id" = f."order_id";--> statement-breakpoint
UPDATE "feedback" SET "channel" = CASE WHEN "recorded_by" IS NULL THEN 'link' ELSE 'portal' END;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ALTER COLUMN "customer_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "order_number" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "customer_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ALTER COLUMN "channel" SET NOT NULL;
