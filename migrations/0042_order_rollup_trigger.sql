-- The dashboard's rollup follows every change of an order's received time, status, channel,
-- priority, currency or total, whichever code makes it: -1 for the old key, +1 for the new,
-- appended in the changing transaction (see order_rollups in src/modules/reports/schema.ts).
CREATE FUNCTION order_rollup_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.received_at, OLD.status, OLD.channel, OLD.priority_level, OLD.currency, OLD.total_minor)
      IS NOT DISTINCT FROM (NEW.received_at, NEW.status, NEW.channel, NEW.priority_level, NEW.currency, NEW.total_minor) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO order_rollup_changes (bucket, status, channel, priority_level, currency, orders, total_minor)
    VALUES (date_bin('15 minutes', OLD.received_at, timestamptz '2000-01-01 00:00:00+00'), OLD.status, OLD.channel, OLD.priority_level, OLD.currency, -1, -OLD.total_minor);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO order_rollup_changes (bucket, status, channel, priority_level, currency, orders, total_minor)
    VALUES (date_bin('15 minutes', NEW.received_at, timestamptz '2000-01-01 00:00:00+00'), NEW.status, NEW.channel, NEW.priority_level, NEW.currency, 1, NEW.total_minor);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER orders_rollup_change
  AFTER INSERT OR DELETE OR UPDATE OF received_at, status, channel, priority_level, currency, total_minor ON orders
  FOR EACH ROW EXECUTE FUNCTION order_rollup_change();
--> statement-breakpoint
-- Backfill: the orders already there.
INSERT INTO order_rollups (bucket, status, channel, priority_level, currency, orders, total_minor)
SELECT date_bin('15 minutes', received_at, timestamptz '2000-01-01 00:00:00+00'), status, channel, priority_level, currency, count(*), sum(total_minor)
FROM orders GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO order_status_counts (status, orders) SELECT status, count(*) FROM orders GROUP BY status;
