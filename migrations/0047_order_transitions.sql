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
CREATE INDEX "order_transitions_case_idx" ON "order_transitions" USING btree ("opened_at","order_id","at","seq","position");