CREATE TABLE "sla_clocks" (
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"order_number" text NOT NULL,
	"owner_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"warn_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"warned_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"satisfied_at" timestamp with time zone,
	"satisfied_by" uuid,
	"late_reason" text,
	"late_reason_by" text,
	"late_reason_at" timestamp with time zone,
	CONSTRAINT "sla_clocks_order_id_kind_pk" PRIMARY KEY("order_id","kind"),
	CONSTRAINT "sla_clocks_status" CHECK ("sla_clocks"."status" IN ('open', 'met', 'missed')),
	CONSTRAINT "sla_clocks_warned_before_due" CHECK ("sla_clocks"."warn_at" <= "sla_clocks"."due_at")
);
--> statement-breakpoint
CREATE INDEX "sla_clocks_warn_idx" ON "sla_clocks" USING btree ("warn_at") WHERE warned_at IS NULL AND status = 'open';--> statement-breakpoint
CREATE INDEX "sla_clocks_open_due_idx" ON "sla_clocks" USING btree ("due_at") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "sla_clocks_pending_idx" ON "sla_clocks" USING btree ("due_at","order_id","kind") WHERE satisfied_at IS NULL;