-- The process map reads a period's moves with their action, event and statuses: carried in the
-- index they are read in order without visiting the table (an index-only scan), and the window
-- over each case needs no sort. Without them the planner scanned the whole table and sorted a
-- month's ~285,000 moves at 1,000,000 orders.
DROP INDEX IF EXISTS "order_transitions_case_idx";--> statement-breakpoint
CREATE INDEX "order_transitions_case_idx" ON "order_transitions" USING btree ("opened_at","order_id","at","seq","position") INCLUDE ("action","event","from_status","to_status");
