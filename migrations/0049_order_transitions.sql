CREATE TABLE "order_cases" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"order_type" text,
	"order_number" text
);
--> statement-breakpoint
CREATE TABLE "order_transitions" (
	"chain" text NOT NULL,
	"seq" bigint NOT NULL,
	"position" integer NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid,
	"opened_at" timestamp with time zone,
	"order_type" text,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"event" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	CONSTRAINT "order_transitions_chain_seq_position_pk" PRIMARY KEY("chain","seq","position")
);
--> statement-breakpoint
CREATE INDEX "order_cases_opened_idx" ON "order_cases" USING btree ("opened_at","order_type");--> statement-breakpoint
CREATE INDEX "order_transitions_case_idx" ON "order_transitions" USING btree ("opened_at","order_id","at","seq","position");--> statement-breakpoint
CREATE INDEX "audit_events_type_at_idx" ON "audit_events" USING btree ("entity_type","at");--> statement-breakpoint
CREATE INDEX "acceptances_recorded_idx" ON "acceptances" USING btree ("recorded_at");--> statement-breakpoint
CREATE INDEX "shipments_shipped_idx" ON "shipments" USING btree ("shipped_at");--> statement-breakpoint
CREATE INDEX "orders_delivered_idx" ON "orders" USING btree ("delivered_at") WHERE delivered_late IS NOT NULL;--> statement-breakpoint
CREATE INDEX "plan_delays_reported_idx" ON "plan_delays" USING btree ("reported_at");--> statement-breakpoint
CREATE INDEX "plans_created_idx" ON "plans" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "review_steps_waiting_since_idx" ON "review_steps" USING btree ("waiting_since");--> statement-breakpoint
CREATE INDEX "sla_clocks_due_idx" ON "sla_clocks" USING btree ("due_at");