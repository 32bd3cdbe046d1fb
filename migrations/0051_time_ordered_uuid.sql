-- Row ids the database assigns become UUID version 7 (src/platform/db/ids.ts makes the same in
-- the application): 48 bits of milliseconds since 1970, then gen_random_uuid()'s random bits
-- with the version set to 7, so rows made close in time land on the same index pages.
CREATE OR REPLACE FUNCTION time_ordered_uuid() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;
