CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid,
	"case_id" uuid,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"path_key" text NOT NULL,
	"source" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_label" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attachments_one_owner" CHECK (("attachments"."order_id" IS NULL) <> ("attachments"."case_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "order_payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"method" text NOT NULL,
	"reference" text,
	"paid_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "order_payments_amount_positive" CHECK ("order_payments"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "paid_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "signed_confirmation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "attachments_order_idx" ON "attachments" USING btree ("order_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "attachments_case_idx" ON "attachments" USING btree ("case_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "order_payments_order_idx" ON "order_payments" USING btree ("order_id","recorded_at");--> statement-breakpoint
UPDATE "orders" SET "paid_minor" = "total_minor" WHERE "payment_status" = 'paid';