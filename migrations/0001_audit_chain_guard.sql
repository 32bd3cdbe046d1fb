-- The system chain (users, products, stock, settings) exists from the start; a customer's
-- chain starts with the customer's first event.
INSERT INTO "audit_heads" ("chain", "seq", "hash") VALUES ('system', 0, '0000000000000000000000000000000000000000000000000000000000000000');
--> statement-breakpoint
-- One link of a chain: SHA-256 over the previous link's hash, the chain and position, and
-- the event's content as the database's own canonical jsonb text. Appending and verifying
-- both call this, so they cannot disagree about what was hashed.
CREATE FUNCTION audit_link_hash(prev_hash text, chain text, seq bigint, at timestamptz, actor_id uuid, actor_label text,
                                entity_type text, entity_id text, customer_id uuid, action text, before jsonb, after jsonb)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(
    prev_hash || E'\n' || chain || E'\n' || seq::text || E'\n' || jsonb_build_object(
      'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      'actorId', actor_id, 'actorLabel', actor_label, 'entityType', entity_type, 'entityId', entity_id,
      'customerId', customer_id, 'action', action, 'before', before, 'after', after)::text,
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- The trail is append-only: the database refuses to change or remove an event.
-- (Whoever can disable this is caught by `ordo audit verify`.)
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events cannot be %d', lower(TG_OP) USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
