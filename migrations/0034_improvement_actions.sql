CREATE TABLE "improvement_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"figure_key" text NOT NULL,
	"metric" text NOT NULL,
	"dimension" text,
	"currency" text,
	"unit" text NOT NULL,
	"from_month" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"direction" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"reminded_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monthly_report_snapshots" ADD COLUMN "improvement_actions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "improvement_actions_status_due_idx" ON "improvement_actions" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "improvement_actions_owner_idx" ON "improvement_actions" USING btree ("owner_id");