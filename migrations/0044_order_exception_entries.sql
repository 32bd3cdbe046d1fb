-- An order joins orders_ever_in_exception when its status becomes exception, in that transaction,
-- whichever code path moved it (see orders_ever_in_exception in src/modules/reports/schema.ts).
CREATE FUNCTION order_exception_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orders_ever_in_exception (order_id) VALUES (NEW.id) ON CONFLICT (order_id) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER orders_exception_entry
  AFTER INSERT OR UPDATE OF status ON orders
  FOR EACH ROW WHEN (NEW.status = 'exception') EXECUTE FUNCTION order_exception_entry();
--> statement-breakpoint
-- Backfill from the audit trail: every status an order took is in an event's `after.status`.
INSERT INTO orders_ever_in_exception (order_id)
SELECT DISTINCT o.id FROM audit_events a JOIN orders o ON o.id::text = a.entity_id
WHERE a.entity_type = 'order' AND a.after->>'status' = 'exception';
