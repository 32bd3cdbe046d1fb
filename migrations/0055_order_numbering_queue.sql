CREATE TABLE "order_numbering_queue" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid,
	"month" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	"actor" jsonb NOT NULL,
	"follow_up" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_numbering_queue" ADD CONSTRAINT "order_numbering_queue_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_numbering_queue_queued_idx" ON "order_numbering_queue" USING btree ("queued_at","order_id");