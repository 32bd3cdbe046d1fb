-- order_cases and order_transitions (src/modules/reports/schema.ts) follow the audit trail: every
-- order event is appended through audit_events, so a trigger there sees every move whichever
-- code path made it, in the transaction that made it.
CREATE FUNCTION order_transitions_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.action = 'order.received' THEN
    INSERT INTO order_cases (order_id, customer_id, opened_at, order_type, order_number)
    VALUES (NEW.entity_id::uuid, NEW.customer_id, NEW.at,
            CASE WHEN jsonb_typeof(NEW.after->'type') = 'string' THEN NEW.after->>'type' END,
            CASE WHEN jsonb_typeof(NEW.after->'number') = 'string' THEN NEW.after->>'number' END)
    ON CONFLICT (order_id) DO UPDATE SET opened_at = excluded.opened_at, order_type = excluded.order_type,
      order_number = coalesce(order_cases.order_number, excluded.order_number);
  ELSIF jsonb_typeof(NEW.after->'number') = 'string' THEN
    UPDATE order_cases SET order_number = NEW.after->>'number' WHERE order_id = NEW.entity_id::uuid AND order_number IS NULL;
  END IF;
  IF jsonb_typeof(NEW.after->'transitions') = 'array' THEN
    INSERT INTO order_transitions (chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status)
    SELECT NEW.chain, NEW.seq, m.position, NEW.entity_id::uuid, NEW.customer_id, c.opened_at, c.order_type, NEW.at, NEW.action, m.move->>'event', m.move->>'from', m.move->>'to'
    FROM jsonb_array_elements(NEW.after->'transitions') WITH ORDINALITY AS m(move, position)
    LEFT JOIN order_cases c ON c.order_id = NEW.entity_id::uuid
    WHERE jsonb_typeof(m.move->'event') = 'string' AND jsonb_typeof(m.move->'from') = 'string' AND jsonb_typeof(m.move->'to') = 'string';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_order_transitions
  AFTER INSERT ON audit_events
  FOR EACH ROW WHEN (NEW.entity_type = 'order') EXECUTE FUNCTION order_transitions_record();
--> statement-breakpoint
-- The same rows for the audit trail as it stands: run once here, and by bench/generate.sql,
-- which writes audit events with triggers off.
CREATE FUNCTION order_transitions_fill() RETURNS void LANGUAGE sql AS $$
  -- One statement: the moves join the cases as they are written, which a second statement
  -- would plan against order_cases' statistics from before it was filled.
  WITH opened AS (
    SELECT DISTINCT ON (entity_id) entity_id, customer_id, at, CASE WHEN jsonb_typeof(after->'type') = 'string' THEN after->>'type' END AS order_type
    FROM audit_events WHERE entity_type = 'order' AND action = 'order.received'
    ORDER BY entity_id, at DESC, seq DESC
  ), numbered AS (
    SELECT DISTINCT ON (entity_id) entity_id, after->>'number' AS order_number
    FROM audit_events WHERE entity_type = 'order' AND jsonb_typeof(after->'number') = 'string'
    ORDER BY entity_id, at, seq
  ), cases AS (
    INSERT INTO order_cases (order_id, customer_id, opened_at, order_type, order_number)
    SELECT o.entity_id::uuid, o.customer_id, o.at, o.order_type, n.order_number FROM opened o LEFT JOIN numbered n USING (entity_id)
    RETURNING order_id, opened_at, order_type
  )
  INSERT INTO order_transitions (chain, seq, position, order_id, customer_id, opened_at, order_type, at, action, event, from_status, to_status)
  SELECT a.chain, a.seq, m.position, a.entity_id::uuid, a.customer_id, c.opened_at, c.order_type, a.at, a.action, m.move->>'event', m.move->>'from', m.move->>'to'
  FROM audit_events a CROSS JOIN LATERAL jsonb_array_elements(a.after->'transitions') WITH ORDINALITY AS m(move, position)
  LEFT JOIN cases c ON c.order_id = a.entity_id::uuid
  WHERE a.entity_type = 'order' AND jsonb_typeof(a.after->'transitions') = 'array'
    AND jsonb_typeof(m.move->'event') = 'string' AND jsonb_typeof(m.move->'from') = 'string' AND jsonb_typeof(m.move->'to') = 'string';
$$;
--> statement-breakpoint
ANALYZE audit_events;
--> statement-breakpoint
SELECT order_transitions_fill();
--> statement-breakpoint
ANALYZE order_cases;
--> statement-breakpoint
ANALYZE order_transitions;
