CREATE TABLE "user_preferences" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "user_preferences_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE INDEX "orders_requested_key_idx" ON "orders" USING btree (coalesce("requested_delivery_date", '9999-12-31'::date),"id");--> statement-breakpoint
CREATE INDEX "orders_priority_rank_idx" ON "orders" USING btree ((CASE "priority_level" WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END),"received_at","id");--> statement-breakpoint
CREATE INDEX "orders_amount_idx" ON "orders" USING btree ("total_minor","id");