CREATE TABLE "plan_delays" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"days" integer NOT NULL,
	"reason" text NOT NULL,
	"contingency" text NOT NULL,
	"measure" text,
	"known_at" timestamp with time zone NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_by" uuid,
	"status" text NOT NULL,
	"customer_decision_at" timestamp with time zone,
	"customer_decision_note" text,
	"promise_before" date,
	"promise_after" date
);
--> statement-breakpoint
CREATE TABLE "plan_stages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"owner_role" text NOT NULL,
	"days" integer NOT NULL,
	"units" integer NOT NULL,
	"delivery" boolean NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" timestamp with time zone,
	"actual_end" timestamp with time zone,
	"status" text NOT NULL,
	"delay_reason" text,
	"measure" text,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_templates" (
	"order_type" text NOT NULL,
	"version" integer NOT NULL,
	"stages" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "plan_templates_order_type_version_pk" PRIMARY KEY("order_type","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"order_number" text NOT NULL,
	"order_type" text NOT NULL,
	"template_version" integer NOT NULL,
	"green_channel" boolean NOT NULL,
	"promise_date" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "promised_delivery_date" date;--> statement-breakpoint
ALTER TABLE "plan_delays" ADD CONSTRAINT "plan_delays_order_id_plans_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."plans"("order_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_delays" ADD CONSTRAINT "plan_delays_stage_id_plan_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."plan_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD CONSTRAINT "plan_stages_order_id_plans_order_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."plans"("order_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_delays_order_idx" ON "plan_delays" USING btree ("order_id","reported_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_stages_order_position_key" ON "plan_stages" USING btree ("order_id","position");--> statement-breakpoint
CREATE INDEX "plan_stages_open_idx" ON "plan_stages" USING btree ("key","status");--> statement-breakpoint
CREATE INDEX "plans_customer_idx" ON "plans" USING btree ("customer_id","order_id");