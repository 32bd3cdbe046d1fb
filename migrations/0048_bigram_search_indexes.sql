CREATE INDEX "order_lines_search_bigram_idx" ON "order_lines" USING gin (text_bigrams((sku || ' ' || name)));--> statement-breakpoint
CREATE INDEX "orders_customer_name_bigram_idx" ON "orders" USING gin (text_bigrams(customer_name));--> statement-breakpoint
CREATE INDEX "orders_contact_bigram_idx" ON "orders" USING gin (text_bigrams(contact->>'name'));