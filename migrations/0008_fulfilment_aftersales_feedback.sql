CREATE TABLE "aftersales_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid,
	"customer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"summary" text NOT NULL,
	"source" text NOT NULL,
	"owner_id" uuid,
	"owner_label" text,
	"contact_due_at" timestamp with time zone NOT NULL,
	"contacted_at" timestamp with time zone,
	"contact_task_id" uuid,
	"transfer_requested_by" uuid,
	"transfer_requested_by_label" text,
	"transfer_note" text,
	"resolution" text,
	"refunded_minor" bigint NOT NULL,
	"currency" text,
	"opened_by" uuid,
	"opened_by_label" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer NOT NULL,
	CONSTRAINT "aftersales_cases_refund_nonnegative" CHECK ("aftersales_cases"."refunded_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "aftersales_rmas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"lines" jsonb NOT NULL,
	"refund_minor" bigint,
	"currency" text NOT NULL,
	"authorised_by" uuid,
	"authorised_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"refunded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"acceptance_result" text,
	"response_speed" integer NOT NULL,
	"product_quality" integer NOT NULL,
	"delivery_timeliness" integer NOT NULL,
	"service_attitude" integer NOT NULL,
	"comments" text,
	"suggestions" text,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_scores_range" CHECK ("feedback"."response_speed" BETWEEN 1 AND 5 AND "feedback"."product_quality" BETWEEN 1 AND 5 AND "feedback"."delivery_timeliness" BETWEEN 1 AND 5 AND "feedback"."service_attitude" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "acceptance_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"acceptance_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "acceptances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"result" text NOT NULL,
	"lines" jsonb NOT NULL,
	"comment" text,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"location" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_lines" (
	"shipment_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "shipment_lines_quantity_positive" CHECK ("shipment_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"carrier_kind" text NOT NULL,
	"carrier_name" text NOT NULL,
	"tracking_number" text NOT NULL,
	"cost_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"shipped_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_by" uuid,
	CONSTRAINT "shipments_cost_nonnegative" CHECK ("shipments"."cost_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "shipped_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "acceptance_result" text;--> statement-breakpoint
ALTER TABLE "aftersales_rmas" ADD CONSTRAINT "aftersales_rmas_case_id_aftersales_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."aftersales_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acceptance_photos" ADD CONSTRAINT "acceptance_photos_acceptance_id_acceptances_id_fk" FOREIGN KEY ("acceptance_id") REFERENCES "public"."acceptances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_events" ADD CONSTRAINT "shipment_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aftersales_cases_status_idx" ON "aftersales_cases" USING btree ("status","opened_at","id");--> statement-breakpoint
CREATE INDEX "aftersales_cases_order_idx" ON "aftersales_cases" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "aftersales_rmas_order_idx" ON "aftersales_rmas" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "aftersales_rmas_case_idx" ON "aftersales_rmas" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "feedback_recorded_idx" ON "feedback" USING btree ("recorded_at","id");--> statement-breakpoint
CREATE INDEX "feedback_order_idx" ON "feedback" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_token_hash_key" ON "surveys" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_order_key" ON "surveys" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "acceptance_photos_acceptance_idx" ON "acceptance_photos" USING btree ("acceptance_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "acceptances_order_key" ON "acceptances" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "shipment_events_shipment_idx" ON "shipment_events" USING btree ("shipment_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_lines_key" ON "shipment_lines" USING btree ("shipment_id","order_line_id");--> statement-breakpoint
CREATE INDEX "shipments_order_idx" ON "shipments" USING btree ("order_id","shipped_at");