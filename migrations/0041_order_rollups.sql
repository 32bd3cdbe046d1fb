CREATE TABLE "order_rollup_changes" (
	"bucket" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"priority_level" text NOT NULL,
	"currency" text NOT NULL,
	"orders" integer NOT NULL,
	"total_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_rollups" (
	"bucket" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"priority_level" text NOT NULL,
	"currency" text NOT NULL,
	"orders" integer NOT NULL,
	"total_minor" bigint NOT NULL,
	CONSTRAINT "order_rollups_bucket_status_channel_priority_level_currency_pk" PRIMARY KEY("bucket","status","channel","priority_level","currency")
);
--> statement-breakpoint
CREATE TABLE "order_status_counts" (
	"status" text PRIMARY KEY NOT NULL,
	"orders" bigint NOT NULL
);
