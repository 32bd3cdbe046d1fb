-- The monthly and bottleneck reports read a period's rows from indexes alone (the schema's
-- comments say which figure reads which): looking up each order's priority, plan time and
-- products, and each period's clocks and audit events, one row at a time from the
-- tables cost a random page read per row, most of both reports' time at 1,000,000 orders.
-- INCLUDE is written here; the schema builder does not spell it.
CREATE INDEX "orders_id_priority_idx" ON "orders" USING btree ("id") INCLUDE ("priority_level");--> statement-breakpoint
CREATE INDEX "plans_order_created_idx" ON "plans" USING btree ("order_id") INCLUDE ("created_at");--> statement-breakpoint
DROP INDEX "order_lines_order_idx";--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "order_lines" USING btree ("order_id","line_no") INCLUDE ("sku","name");--> statement-breakpoint
DROP INDEX "sla_clocks_due_idx";--> statement-breakpoint
CREATE INDEX "sla_clocks_due_idx" ON "sla_clocks" USING btree ("due_at") INCLUDE ("status","kind","order_id","owner_id");--> statement-breakpoint
DROP INDEX "audit_events_type_at_idx";--> statement-breakpoint
CREATE INDEX "audit_events_type_at_idx" ON "audit_events" USING btree ("entity_type","at") INCLUDE ("actor_id","entity_id","actor_label");
