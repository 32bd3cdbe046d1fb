CREATE INDEX "orders_number_pattern_idx" ON "orders" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_external_ref_idx" ON "orders" USING btree ("external_ref") WHERE external_ref IS NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_contact_trgm_idx" ON "orders" USING gin ((contact->>'name') gin_trgm_ops,regexp_replace(contact->>'phone', '[^0-9]', '', 'g') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_customer_received_idx" ON "orders" USING btree ("customer_id","received_at","id");--> statement-breakpoint
CREATE INDEX "orders_priority_status_idx" ON "orders" USING btree ("priority_level","status");--> statement-breakpoint
CREATE INDEX "orders_channel_status_idx" ON "orders" USING btree ("channel","status");--> statement-breakpoint
CREATE INDEX "orders_unpaid_customer_idx" ON "orders" USING btree ("customer_id","currency","total_minor","paid_minor") WHERE status <> 'cancelled' AND payment_status <> 'paid';--> statement-breakpoint
CREATE INDEX "plan_stages_unfinished_idx" ON "plan_stages" USING btree ("key","planned_start") WHERE status NOT IN ('done', 'cancelled');