ALTER TABLE "aftersales_cases" ADD COLUMN "summary_code" text;--> statement-breakpoint
ALTER TABLE "aftersales_cases" ADD COLUMN "summary_params" jsonb;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD COLUMN "contingency" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "summary_params" jsonb;--> statement-breakpoint
-- Text for people becomes codes with parameters. Rows written before are converted where their sentence can be read back; the rest keep their sentence.
-- The contingency of a delayed stage was written before its measure ("backup_supplier: …"): it gets its own column.
UPDATE "plan_stages" SET
  "contingency" = substring("measure" from '^(backup_line|outsource|backup_supplier|substitute_material|switch_carrier|customer_pickup)(?::|$)'),
  "measure" = nullif(btrim(regexp_replace("measure", '^(backup_line|outsource|backup_supplier|substitute_material|switch_carrier|customer_pickup):?', '')), '')
WHERE "measure" ~ '^(backup_line|outsource|backup_supplier|substitute_material|switch_carrier|customer_pickup)(:|$)';
--> statement-breakpoint
CREATE FUNCTION "i18n_finding_params"(code text, message text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE code
    WHEN 'missing_delivery_date' THEN '{}'::jsonb
    WHEN 'missing_contact' THEN '{}'::jsonb
    WHEN 'missing_delivery_address' THEN '{}'::jsonb
    WHEN 'delivery_date_in_past' THEN (SELECT jsonb_build_object('date', m[1], 'receivedDate', m[2]) FROM regexp_match(message, '^The delivery date (\S+) is before the day the order was received \((\S+)\)$') AS t(m))
    WHEN 'inactive_product' THEN (SELECT jsonb_build_object('sku', m[1]) FROM regexp_match(message, '^(.+) is no longer sold$') AS t(m))
    WHEN 'backordered' THEN (SELECT jsonb_build_object('sku', m[1], 'short', m[2]::int, 'quantity', m[3]::int) FROM regexp_match(message, '^(.+): (\d+) of (\d+) are not in stock') AS t(m))
    WHEN 'stock_shortage_unpaid' THEN (SELECT jsonb_build_object('sku', m[1], 'short', m[2]::int, 'quantity', m[3]::int) FROM regexp_match(message, '^(.+): (\d+) of (\d+) are not in stock') AS t(m))
    WHEN 'price_differs_from_list' THEN (SELECT jsonb_build_object('sku', m[1], 'unitPriceMinor', m[2]::bigint, 'listPriceMinor', m[3]::bigint) FROM regexp_match(message, '^(.+): unit price (-?\d+) differs from the list price (-?\d+)') AS t(m))
    WHEN 'possible_duplicate' THEN (SELECT jsonb_build_object('number', m[1], 'receivedAt', m[2]) FROM regexp_match(message, '^Same customer and lines as order (\S+), received (\S+)$') AS t(m))
    WHEN 'special_requirements_unclear' THEN (
      SELECT CASE
        WHEN d = 'a custom order without customisation parameters' THEN jsonb_build_object('reason', 'custom_without_parameters')
        WHEN d ~ '^customisation parameter ".*" is empty$' THEN jsonb_build_object('reason', 'parameter_empty', 'name', substring(d from '^customisation parameter "(.*)" is empty$'))
        WHEN d ~ '^customisation parameter ".*" is not settled \(".*"\)$' THEN (SELECT jsonb_build_object('reason', 'parameter_unsettled', 'name', m[1], 'marker', m[2]) FROM regexp_match(d, '^customisation parameter "(.*)" is not settled \("(.*)"\)$') AS t(m))
        WHEN d ~ '^the requirements are not settled \(".*"\)$' THEN jsonb_build_object('reason', 'requirements_unsettled', 'marker', substring(d from '^the requirements are not settled \("(.*)"\)$'))
        WHEN d ~ '^".*" is asked for but no customisation parameters are given$' THEN jsonb_build_object('reason', 'announced_without_parameters', 'word', substring(d from '^"(.*)" is asked for but no customisation parameters are given$'))
      END
      FROM (SELECT regexp_replace(message, '^Special requirements are unclear: ', '') AS d) AS x)
  END
$$;
--> statement-breakpoint
CREATE FUNCTION "i18n_finding"(f jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN f ? 'params' OR p IS NULL OR jsonb_strip_nulls(p) <> p THEN f ELSE (f - 'message') || jsonb_build_object('params', p) END
  FROM (SELECT "i18n_finding_params"(f->>'code', f->>'message') AS p) AS x
$$;
--> statement-breakpoint
UPDATE "orders" SET
  "exceptions" = (SELECT coalesce(jsonb_agg("i18n_finding"(e) ORDER BY i), '[]'::jsonb) FROM jsonb_array_elements("exceptions") WITH ORDINALITY AS a(e, i)),
  "warnings" = (SELECT coalesce(jsonb_agg("i18n_finding"(e) ORDER BY i), '[]'::jsonb) FROM jsonb_array_elements("warnings") WITH ORDINALITY AS a(e, i))
WHERE "exceptions" <> '[]'::jsonb OR "warnings" <> '[]'::jsonb;
--> statement-breakpoint
DROP FUNCTION "i18n_finding"(jsonb);
--> statement-breakpoint
DROP FUNCTION "i18n_finding_params"(text, text);
--> statement-breakpoint
-- Cases Ordo opened by itself: a failed or partial acceptance, low survey scores.
UPDATE "aftersales_cases" SET
  "summary_code" = 'case.acceptance_failed',
  "summary_params" = (
    SELECT jsonb_build_object('result', m[1], 'lines', (
      SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('lineNo', p[1]::int, 'sku', p[2], 'result', p[3], 'accepted', p[4]::int, 'delivered', p[5]::int, 'comment', p[7])) ORDER BY part.ord), '[]'::jsonb)
      FROM regexp_split_to_table(m[2], '; (?=line \d+ )') WITH ORDINALITY AS part(txt, ord), regexp_match(part.txt, '^line (\d+) (\S+) (pass|partial|fail) \((\d+)/(\d+)\)(: (.*))?$') AS q(p)
      WHERE p IS NOT NULL))
    FROM regexp_match("summary", '^Acceptance (partial|fail): (.*)$') AS t(m)),
  "summary" = ''
WHERE "source" = 'acceptance' AND "summary" ~ '^Acceptance (partial|fail): ';
--> statement-breakpoint
UPDATE "aftersales_cases" SET
  "summary_code" = 'case.low_scores',
  "summary_params" = (
    SELECT jsonb_strip_nulls(jsonb_build_object('scores', (
      SELECT coalesce(jsonb_agg(jsonb_build_object('question', s[1], 'score', s[2]::int) ORDER BY part.ord), '[]'::jsonb)
      FROM regexp_split_to_table(m[1], ', ') WITH ORDINALITY AS part(txt, ord), regexp_match(part.txt, '^([A-Za-z]+) (\d+)$') AS q(s)
    ), 'comments', m[3]))
    FROM regexp_match("summary", '^Low satisfaction scores \(([A-Za-z]+ \d+(, [A-Za-z]+ \d+)*)\)(?:: (.*))?$') AS t(m)),
  "summary" = ''
WHERE "source" = 'survey' AND "summary" ~ '^Low satisfaction scores \([A-Za-z]+ \d+(, [A-Za-z]+ \d+)*\)(: |$)';
--> statement-breakpoint
-- Tasks: the summary column now holds the code; summary_params its values. Rows not read back keep their sentence (summary_params stays null).
UPDATE "tasks" SET "summary_params" = jsonb_build_object('findings', (
    SELECT coalesce(jsonb_agg(e->>'code' ORDER BY i), '[]'::jsonb) FROM "orders" o, jsonb_array_elements(o."exceptions") WITH ORDINALITY AS a(e, i) WHERE o."id" = "tasks"."order_id")),
  "summary" = 'task.clarify_exceptions'
WHERE "kind" = 'order_exception' AND "summary" LIKE 'Clarify with the customer: %';
--> statement-breakpoint
UPDATE "tasks" SET
  "summary_params" = (SELECT jsonb_build_object('step', m[2], 'comment', m[3]) FROM regexp_match("summary", '^(Rejected|Sent back) at the (\S+) step: (.*)$') AS t(m)),
  "summary" = CASE WHEN "summary" LIKE 'Rejected%' THEN 'task.review_rejected' ELSE 'task.review_returned' END
WHERE "kind" = 'order_exception' AND "summary" ~ '^(Rejected|Sent back) at the \S+ step: ';
--> statement-breakpoint
UPDATE "tasks" SET
  "summary_params" = (SELECT jsonb_build_object('date', m[1], 'goods', m[2], 'address', m[3]) FROM regexp_match("summary", '^Before delivery on (\S+): re-check quantity and specification \((.*)\) and the address \((.*)\); confirm the time with the customer$') AS t(m)),
  "summary" = 'task.pre_delivery_check'
WHERE "summary" ~ '^Before delivery on \S+: re-check quantity and specification \(.*\) and the address \(.*\); confirm the time with the customer$';
--> statement-breakpoint
UPDATE "tasks" SET
  "summary_params" = (
    SELECT jsonb_build_object('caseType', m[1]) || CASE WHEN m[2] ~ '^(Acceptance (partial|fail)|Low satisfaction scores) ' THEN '{}'::jsonb ELSE jsonb_build_object('detail', m[2]) END
    FROM regexp_match("summary", '^Contact the customer about the (\S+) case and propose replacement, reshipment or refund: (.*)$') AS t(m)),
  "summary" = 'task.aftersales_contact'
WHERE "summary" ~ '^Contact the customer about the \S+ case and propose replacement, reshipment or refund: ';
--> statement-breakpoint
UPDATE "tasks" SET
  "summary_params" = (SELECT jsonb_build_object('caseType', m[1], 'resolution', m[2]) FROM regexp_match("summary", '^Follow-up visit: ask the customer whether the (\S+) case stayed resolved \((.*)\)$') AS t(m)),
  "summary" = 'task.aftersales_follow_up'
WHERE "summary" ~ '^Follow-up visit: ask the customer whether the \S+ case stayed resolved \(.*\)$';
