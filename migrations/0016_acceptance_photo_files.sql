ALTER TABLE "acceptance_photos" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "acceptance_photos" ADD COLUMN "path_key" text;--> statement-breakpoint
ALTER TABLE "acceptance_photos" ADD CONSTRAINT "acceptance_photos_stored" CHECK ("acceptance_photos"."path_key" IS NOT NULL OR "acceptance_photos"."content" IS NOT NULL);