-- The process map's per-move figures, written with the move (src/modules/reports/schema.ts):
-- each case keeps where it stands (order_cases: status, since, moves, path) and the trigger on
-- audit_events writes every move with its number in the case, the status the order was in before
-- it, since when, and whether it is the case's first move along that edge. The report then groups
-- a period's moves from one index instead of ordering every case's moves with window functions.
DROP INDEX "order_transitions_case_idx";--> statement-breakpoint
ALTER TABLE "order_cases" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "order_cases" ADD COLUMN "since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_cases" ADD COLUMN "moves" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_cases" ADD COLUMN "path" text;--> statement-breakpoint
ALTER TABLE "order_transitions" ADD COLUMN "move_number" integer;--> statement-breakpoint
ALTER TABLE "order_transitions" ADD COLUMN "prior_status" text;--> statement-breakpoint
ALTER TABLE "order_transitions" ADD COLUMN "since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_transitions" ADD COLUMN "first_on_edge" boolean;--> statement-breakpoint
-- The moves of one order event are taken in their order, each from where the case stood after
-- the one before; the case row is locked (its order is locked already by whoever moved it), so
-- a script writing moves of one order concurrently waits instead of losing one. An order
-- received again (no code path does) starts its case anew, as the report always partitioned a
-- case by its opening.
CREATE OR REPLACE FUNCTION order_transitions_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c order_cases%ROWTYPE;
  m record;
  prior text;
  n integer;
BEGIN
  IF NEW.action = 'order.received' THEN
    INSERT INTO order_cases (order_id, customer_id, opened_at, order_type, order_number)
    VALUES (NEW.entity_id::uuid, NEW.customer_id, NEW.at,
            CASE WHEN jsonb_typeof(NEW.after->'type') = 'string' THEN NEW.after->>'type' END,
            CASE WHEN jsonb_typeof(NEW.after->'number') = 'string' THEN NEW.after->>'number' END)
    ON CONFLICT (order_id) DO UPDATE SET opened_at = excluded.opened_at, order_type = excluded.order_type,
      order_number = coalesce(order_cases.order_number, excluded.order_number), status = NULL, since = NULL, moves = 0, path = NULL;
  ELSIF jsonb_typeof(NEW.after->'number') = 'string' THEN
    UPDATE order_cases SET order_number = NEW.after->>'number' WHERE order_id = NEW.entity_id::uuid AND order_number IS NULL;
  END IF;
  IF jsonb_typeof(NEW.after->'transitions') = 'array' THEN
    SELECT * INTO c FROM order_cases WHERE order_id = NEW.entity_id::uuid FOR UPDATE;
    FOR m IN
      SELECT x.position::int AS position, x.move->>'event' AS event, x.move->>'from' AS from_status, x.move->>'to' AS to_status
      FROM jsonb_array_elements(NEW.after->'transitions') WITH ORDINALITY AS x(move, position)
      WHERE jsonb_typeof(x.move->'event') = 'string' AND jsonb_typeof(x.move->'from') = 'string' AND jsonb_typeof(x.move->'to') = 'string'
      ORDER BY x.position
    LOOP
      IF c.order_id IS NULL THEN
        INSERT INTO order_transitions (chain, seq, position, order_id, customer_id, at, action, event, from_status, to_status)
        VALUES (NEW.chain, NEW.seq, m.position, NEW.entity_id::uuid, NEW.customer_id, NEW.at, NEW.action, m.event, m.from_status, m.to_status);
        CONTINUE;
      END IF;
      prior := coalesce(c.status, m.from_status);
      n := c.moves + 1;
      INSERT INTO order_transitions (chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status, move_number, prior_status, since, first_on_edge)
      VALUES (NEW.chain, NEW.seq, m.position, NEW.entity_id::uuid, NEW.customer_id, c.opened_at, c.order_type, NEW.at, NEW.action, m.event, m.from_status, m.to_status,
              n, prior, coalesce(c.since, c.opened_at),
              prior <> m.to_status AND strpos('>' || coalesce(c.path, '') || '>', '>' || prior || '>' || m.to_status || '>') = 0);
      c.path := coalesce(c.path, prior) || CASE WHEN prior <> m.to_status THEN '>' || m.to_status ELSE '' END;
      IF prior <> m.to_status THEN c.since := greatest(c.since, NEW.at); END IF;
      c.status := m.to_status;
      c.moves := n;
    END LOOP;
    IF c.order_id IS NOT NULL THEN
      UPDATE order_cases SET status = c.status, since = c.since, moves = c.moves, path = c.path WHERE order_id = c.order_id;
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- The same rows for the audit trail as it stands (here, and in bench/generate.sql, which writes
-- audit events with triggers off): each case's moves in the order they happened (time, chain
-- place, place in the event), with what the trigger would have written move by move.
CREATE OR REPLACE FUNCTION order_transitions_fill() RETURNS void LANGUAGE sql AS $$
  -- One statement: every figure comes from the events, none from a table this statement fills,
  -- which a second statement would plan against statistics from before it was filled.
  WITH opened AS (
    SELECT DISTINCT ON (entity_id) entity_id, customer_id, at, CASE WHEN jsonb_typeof(after->'type') = 'string' THEN after->>'type' END AS order_type
    FROM audit_events WHERE entity_type = 'order' AND action = 'order.received'
    ORDER BY entity_id, at DESC, seq DESC
  ), numbered AS (
    SELECT DISTINCT ON (entity_id) entity_id, after->>'number' AS order_number
    FROM audit_events WHERE entity_type = 'order' AND jsonb_typeof(after->'number') = 'string'
    ORDER BY entity_id, at, seq
  ), recorded AS (
    SELECT a.chain, a.seq, m.position::int AS position, a.entity_id::uuid AS order_id, a.customer_id, o.at AS opened_at, o.order_type, a.at, a.action,
           m.move->>'event' AS event, m.move->>'from' AS from_status, m.move->>'to' AS to_status
    FROM audit_events a CROSS JOIN LATERAL jsonb_array_elements(a.after->'transitions') WITH ORDINALITY AS m(move, position)
    LEFT JOIN opened o ON o.entity_id = a.entity_id
    WHERE a.entity_type = 'order' AND jsonb_typeof(a.after->'transitions') = 'array'
      AND jsonb_typeof(m.move->'event') = 'string' AND jsonb_typeof(m.move->'from') = 'string' AND jsonb_typeof(m.move->'to') = 'string'
  ), numbered_moves AS (
    SELECT r.*, row_number() OVER w AS n, coalesce(lag(to_status) OVER w, from_status) AS prior
    FROM recorded r WHERE opened_at IS NOT NULL
    WINDOW w AS (PARTITION BY opened_at, order_id ORDER BY at, seq, position)
  ), kept AS MATERIALIZED (
    SELECT chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status, n::int AS move_number, prior AS prior_status,
           coalesce(max(CASE WHEN to_status <> prior THEN at END) OVER (PARTITION BY opened_at, order_id ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), opened_at) AS since,
           to_status <> prior AND row_number() OVER (PARTITION BY opened_at, order_id, prior, to_status ORDER BY n) = 1 AS first_on_edge
    FROM numbered_moves
    UNION ALL
    SELECT chain, seq, position, order_id, customer_id, NULL, NULL, at, action, event, from_status, to_status, NULL, NULL, NULL, NULL FROM recorded WHERE opened_at IS NULL
  ), standing AS (
    SELECT order_id, (array_agg(to_status ORDER BY move_number DESC))[1] AS status, max(at) FILTER (WHERE to_status <> prior_status) AS since, count(*)::int AS moves,
           min(prior_status) FILTER (WHERE move_number = 1) || coalesce(string_agg('>' || to_status, '' ORDER BY move_number) FILTER (WHERE to_status <> prior_status), '') AS path
    FROM kept WHERE opened_at IS NOT NULL GROUP BY order_id
  ), cases AS (
    INSERT INTO order_cases (order_id, customer_id, opened_at, order_type, order_number, status, since, moves, path)
    SELECT o.entity_id::uuid, o.customer_id, o.at, o.order_type, n.order_number, s.status, s.since, coalesce(s.moves, 0), s.path
    FROM opened o LEFT JOIN numbered n USING (entity_id) LEFT JOIN standing s ON s.order_id = o.entity_id::uuid
  )
  INSERT INTO order_transitions (chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status, move_number, prior_status, since, first_on_edge)
  SELECT chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status, move_number, prior_status, since, first_on_edge FROM kept;
$$;
--> statement-breakpoint
-- Written again from the trail with their figures (the table is derived from it alone).
TRUNCATE order_transitions, order_cases;
--> statement-breakpoint
SELECT order_transitions_fill();
--> statement-breakpoint
-- Every column the process map reads of a period's moves, so they are read from the index alone.
CREATE INDEX "order_transitions_case_idx" ON "order_transitions" USING btree ("opened_at","order_type") INCLUDE ("order_id","move_number","at","since","prior_status","to_status","from_status","event","action","first_on_edge");
--> statement-breakpoint
-- The cases of a period with their path, moves and number, read from the index alone too.
DROP INDEX "order_cases_opened_idx";
--> statement-breakpoint
CREATE INDEX "order_cases_opened_idx" ON "order_cases" USING btree ("opened_at","order_type") INCLUDE ("order_id","order_number","moves","path");
--> statement-breakpoint
ANALYZE order_cases;
--> statement-breakpoint
ANALYZE order_transitions;
