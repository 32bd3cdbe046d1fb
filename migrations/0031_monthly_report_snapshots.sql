CREATE TABLE "monthly_report_snapshots" (
	"month" text PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"figures" jsonb NOT NULL,
	"order_ids" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid,
	"computed_by_label" text NOT NULL
);
