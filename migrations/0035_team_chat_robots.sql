CREATE TABLE "team_chat_robots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"secret" text,
	"topics" text[] NOT NULL,
	"language" text NOT NULL,
	"mention_mobiles" text[] NOT NULL,
	"active" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "robot_id" uuid;--> statement-breakpoint
CREATE INDEX "notification_deliveries_robot_idx" ON "notification_deliveries" USING btree ("robot_id","created_at","id");