CREATE INDEX "audit_events_type_at_idx" ON "audit_events" USING btree ("entity_type","at");--> statement-breakpoint
CREATE INDEX "acceptances_recorded_idx" ON "acceptances" USING btree ("recorded_at");--> statement-breakpoint
CREATE INDEX "shipments_shipped_idx" ON "shipments" USING btree ("shipped_at");--> statement-breakpoint
CREATE INDEX "orders_delivered_idx" ON "orders" USING btree ("delivered_at") WHERE delivered_late IS NOT NULL;--> statement-breakpoint
CREATE INDEX "plan_delays_reported_idx" ON "plan_delays" USING btree ("reported_at");--> statement-breakpoint
CREATE INDEX "plans_created_idx" ON "plans" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "review_steps_waiting_since_idx" ON "review_steps" USING btree ("waiting_since");--> statement-breakpoint
CREATE INDEX "sla_clocks_due_idx" ON "sla_clocks" USING btree ("due_at");