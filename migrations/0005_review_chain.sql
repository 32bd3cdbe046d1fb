CREATE TABLE "production_capacity" (
	"line_id" uuid NOT NULL,
	"day" date NOT NULL,
	"capacity_units" integer NOT NULL,
	"booked_units" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "production_capacity_line_id_day_pk" PRIMARY KEY("line_id","day"),
	CONSTRAINT "production_capacity_booked_within_capacity" CHECK ("production_capacity"."booked_units" >= 0 AND "production_capacity"."booked_units" <= "production_capacity"."capacity_units")
);
--> statement-breakpoint
CREATE TABLE "production_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean NOT NULL,
	"default_daily_capacity" integer NOT NULL,
	"working_weekdays" integer[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "production_lines_capacity_nonnegative" CHECK ("production_lines"."default_daily_capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "order_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"outcome" text,
	"contacted_by" uuid,
	"contacted_by_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_chains" (
	"order_type" text NOT NULL,
	"version" integer NOT NULL,
	"steps" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "review_chains_order_type_version_pk" PRIMARY KEY("order_type","version")
);
--> statement-breakpoint
CREATE TABLE "review_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"role" text NOT NULL,
	"check" text,
	"check_passed" boolean,
	"evidence" jsonb,
	"status" text NOT NULL,
	"waiting_since" timestamp with time zone,
	"decided_by" uuid,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"order_number" text,
	"order_type" text NOT NULL,
	"chain_version" integer NOT NULL,
	"round" integer NOT NULL,
	"status" text NOT NULL,
	"summary" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"order_id" uuid,
	"customer_id" uuid,
	"role" text NOT NULL,
	"assignee_id" uuid,
	"summary" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"done_note" text
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "exception_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "production_capacity" ADD CONSTRAINT "production_capacity_line_id_production_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."production_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_contacts" ADD CONSTRAINT "order_contacts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "production_lines_code_key" ON "production_lines" USING btree ("code");--> statement-breakpoint
CREATE INDEX "order_contacts_order_idx" ON "order_contacts" USING btree ("order_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_steps_order_round_position_key" ON "review_steps" USING btree ("order_id","round","position");--> statement-breakpoint
CREATE INDEX "review_steps_inbox_idx" ON "review_steps" USING btree ("status","role","waiting_since","id");--> statement-breakpoint
CREATE INDEX "tasks_open_idx" ON "tasks" USING btree ("status","role","due_at","id");--> statement-breakpoint
CREATE INDEX "tasks_order_idx" ON "tasks" USING btree ("order_id","kind");