CREATE INDEX "orders_priority_status_idx" ON "orders" USING btree ("priority_level","status");--> statement-breakpoint
CREATE INDEX "orders_channel_status_idx" ON "orders" USING btree ("channel","status");--> statement-breakpoint
CREATE INDEX "orders_unpaid_customer_idx" ON "orders" USING btree ("customer_id","currency","total_minor","paid_minor") WHERE status <> 'cancelled' AND payment_status <> 'paid';--> statement-breakpoint
CREATE INDEX "plan_stages_unfinished_idx" ON "plan_stages" USING btree ("key","planned_start") WHERE status NOT IN ('done', 'cancelled');