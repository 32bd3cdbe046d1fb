DROP INDEX "orders_number_pattern_idx";--> statement-breakpoint
CREATE INDEX "aftersales_cases_search_bigram_idx" ON "aftersales_cases" USING gin (text_bigrams((coalesce(order_number, '') || ' ' || customer_name || ' ' || summary || ' ' || coalesce(resolution, ''))));--> statement-breakpoint
CREATE INDEX "aftersales_cases_order_number_idx" ON "aftersales_cases" USING btree ("order_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "feedback_search_bigram_idx" ON "feedback" USING gin (text_bigrams((order_number || ' ' || customer_name || ' ' || coalesce(comments, '') || ' ' || coalesce(suggestions, ''))));--> statement-breakpoint
CREATE INDEX "feedback_order_number_idx" ON "feedback" USING btree ("order_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_number_pattern_idx" ON "orders" USING btree ("number" text_pattern_ops,"received_at","id");