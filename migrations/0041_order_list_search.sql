CREATE INDEX "orders_number_pattern_idx" ON "orders" USING btree ("number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_external_ref_idx" ON "orders" USING btree ("external_ref") WHERE external_ref IS NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_contact_trgm_idx" ON "orders" USING gin ((contact->>'name') gin_trgm_ops,regexp_replace(contact->>'phone', '[^0-9]', '', 'g') gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_customer_received_idx" ON "orders" USING btree ("customer_id","received_at","id");