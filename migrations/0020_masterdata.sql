ALTER TABLE "customers" ADD COLUMN "tier_pinned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "first_order_completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "production_lines" ADD COLUMN "capacity_unit" text DEFAULT 'units' NOT NULL;--> statement-breakpoint
UPDATE "customers" c SET "first_order_completed_at" = o.at FROM (SELECT customer_id, min(updated_at) AS at FROM "orders" WHERE status = 'completed' GROUP BY customer_id) o WHERE o.customer_id = c.id;--> statement-breakpoint
UPDATE "customers" SET "tier_pinned" = ("tier" <> 'new' OR "first_order_completed_at" IS NOT NULL);
