-- Each plan stage keeps when its plan was made (src/modules/planning/schema.ts), written with the
-- stage, so the bottleneck report takes the stages of the plans made in a period from one index
-- range, in the order it counts them, instead of looking each plan's stages up one plan at a time.
-- Filled from the plans for the stages there are (a plan made again keeps its first time).
ALTER TABLE "plan_stages" ADD COLUMN "plan_created_at" timestamp with time zone;--> statement-breakpoint
UPDATE "plan_stages" s SET "plan_created_at" = p."created_at" FROM "plans" p WHERE p."order_id" = s."order_id";--> statement-breakpoint
ALTER TABLE "plan_stages" ALTER COLUMN "plan_created_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "plan_stages_plan_created_idx" ON "plan_stages" USING btree ("plan_created_at","order_id","position") INCLUDE ("key","owner_role","status","actual_start","actual_end","planned_end");
