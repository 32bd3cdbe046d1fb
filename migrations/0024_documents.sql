CREATE TABLE "carriers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"tracking_url_template" text,
	"active" boolean NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "carrier_code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "carriers_code_key" ON "carriers" USING btree ("code");--> statement-breakpoint
-- The common Chinese carriers, so the shipment form has a list from the first day. A tracking template only where the carrier has a stable public tracking page.
INSERT INTO "carriers" ("id", "code", "name", "tracking_url_template", "active", "version", "created_at", "updated_at") VALUES
  (gen_random_uuid(), 'SF', '顺丰速运', 'https://www.sf-express.com/chn/sc/waybill/waybill-detail/{trackingNumber}', true, 1, now(), now()),
  (gen_random_uuid(), 'DBL', '德邦快递', NULL, true, 1, now(), now()),
  (gen_random_uuid(), 'JD', '京东物流', NULL, true, 1, now(), now()),
  (gen_random_uuid(), 'ZTO', '中通快递', NULL, true, 1, now(), now()),
  (gen_random_uuid(), 'YTO', '圆通速递', NULL, true, 1, now(), now()),
  (gen_random_uuid(), 'YUNDA', '韵达快递', NULL, true, 1, now(), now()),
  (gen_random_uuid(), 'EMS', 'EMS', NULL, true, 1, now(), now())
ON CONFLICT ("code") DO NOTHING;
