ALTER TABLE "orders" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "promised_at_delivery" date;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivered_late" boolean;--> statement-breakpoint
CREATE INDEX "orders_promise_key_idx" ON "orders" USING btree (coalesce("promised_delivery_date", '9999-12-31'::date),"id");--> statement-breakpoint
-- Cancelled and completed orders leave nothing pending: their open clocks stop, and clocks
-- already missed (which cancelling used to leave pending for good) are settled, still missed.
UPDATE "sla_clocks" SET "status" = CASE WHEN "sla_clocks"."status" = 'open' THEN 'stopped' ELSE "sla_clocks"."status" END, "satisfied_at" = "orders"."updated_at"
FROM "orders"
WHERE "orders"."id" = "sla_clocks"."order_id" AND "orders"."status" IN ('cancelled', 'completed') AND "sla_clocks"."satisfied_at" IS NULL AND "sla_clocks"."status" IN ('open', 'missed');
