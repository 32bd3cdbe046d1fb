DROP INDEX "orders_number_pattern_idx";--> statement-breakpoint
CREATE INDEX "orders_number_pattern_idx" ON "orders" USING btree ("number" text_pattern_ops,"received_at","id");