-- Bench data: N orders over the last 24 months written straight into Ordo's schema, set-based.
-- Run on a freshly migrated, empty database (bench/generate.js does: it migrates, then runs
-- this file). The order count comes from the setting bench.orders, e.g.
--   PGOPTIONS='-c bench.orders=1000000' psql "$DATABASE_URL" -f bench/generate.sql
-- Every value derives from the row number through bench_hash, so two runs write the same data.
-- Statements are separated by "-- step:" lines; bench/generate.js times each. It runs them with
-- session_replication_role = replica: the rows are consistent by construction, and skipping the
-- per-row foreign-key triggers makes bulk loading several times faster. Rows go in in time
-- order (ORDER BY the order's row number, which runs with its received time), as a live
-- database appends them: a month's orders, stages or events then sit together on disk, as they
-- do in production, instead of scattered over the whole table.

-- step: helpers
CREATE FUNCTION bench_hash(n bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT hashint8(n * 1000003 + salt) & 2147483647 $$;
CREATE FUNCTION bench_unit(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT bench_hash(n, salt)::float8 / 2147483648 $$;
CREATE FUNCTION bench_id(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT md5(kind || ':' || n)::uuid $$;
CREATE TABLE bench_settings AS
  SELECT current_setting('bench.orders')::int AS orders,
         greatest(current_setting('bench.orders')::int / 330, 300) AS customers,
         300 AS products,
         date_trunc('second', now()) AS generated_at;

-- step: set indexes aside
-- The secondary indexes of the tables filled here are dropped and built again at the end
-- (from their own definitions): building an index once is many times faster than growing it
-- a row at a time, trigram indexes above all. Indexes behind constraints stay.
CREATE TABLE bench_indexes AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = 'public'
  AND i.tablename IN ('orders', 'order_lines', 'reviews', 'review_steps', 'sla_clocks', 'plans', 'plan_stages', 'shipments',
                      'aftersales_cases', 'surveys', 'notifications', 'audit_events', 'order_cases', 'order_transitions')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass);
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT indexname FROM bench_indexes LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
END $$;

-- step: users
-- Staff of every role, all with the password whose hash is bench.password_hash (so the bench
-- can sign in): bench@ordo.local the administrator (Ordo creates its first administrator only
-- on a database without users), bench-production@ordo.local the production user with
-- thousands of notifications.
INSERT INTO users (id, email, name, password_hash, roles, locale, active, created_at, updated_at, version, locale_chosen)
SELECT bench_id('user', g), r.email, r.name, coalesce(nullif(current_setting('bench.password_hash', true), ''), '!'), ARRAY[r.role], 'zh-CN', true,
       s.generated_at - interval '800 days', s.generated_at - interval '800 days', 1, false
FROM bench_settings s,
     (VALUES (0, 'bench@ordo.local', '系统管理员', 'admin'),
             (1, 'bench-production@ordo.local', '生产主管 王', 'production'),
             (2, 'bench-specialist@ordo.local', '订单专员 李', 'specialist'),
             (3, 'bench-finance@ordo.local', '财务 赵', 'finance'),
             (4, 'bench-manager@ordo.local', '经理 周', 'manager'),
             (5, 'bench-procurement@ordo.local', '采购 钱', 'procurement'),
             (6, 'bench-warehouse@ordo.local', '仓库 孙', 'warehouse'),
             (7, 'bench-logistics@ordo.local', '物流 吴', 'logistics'),
             (8, 'bench-aftersales@ordo.local', '售后 郑', 'after_sales'),
             (9, 'bench-engineering@ordo.local', '工程 冯', 'engineering'),
             (10, 'bench-sales@ordo.local', '销售 陈', 'sales')) AS r(g, email, name, role);

-- step: customers
-- Names: Chinese company names from a few word lists (some with 精密, the 2-character search
-- term) and a sixth Latin; customer 1 is the marketplace account.
INSERT INTO customers (id, name, type, tier, credit_limit_minor, currency, payment_terms, contacts, addresses, tags, created_at, updated_at, version, tier_pinned, active)
SELECT bench_id('customer', c),
       CASE WHEN c = 1 THEN '天猫旗舰店 Marketplace'
            WHEN c % 6 = 0 THEN (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay'])[1 + bench_hash(c, 1) % 8]
                                || ' ' || (ARRAY['Trading', 'Industries', 'Logistics', 'Machinery', 'Foods'])[1 + bench_hash(c, 2) % 5] || ' ' || c
            ELSE (ARRAY['上海', '北京', '深圳', '杭州', '苏州', '成都', '武汉', '南京', '宁波', '青岛'])[1 + bench_hash(c, 1) % 10]
                 || (ARRAY['精密', '华信', '恒通', '宏达', '新锐', '远航', '金鼎', '博远', '东方', '瑞丰', '天成', '联合'])[1 + bench_hash(c, 2) % 12]
                 || (ARRAY['机械', '电子', '科技', '贸易', '制造', '材料', '仪器', '五金'])[1 + bench_hash(c, 3) % 8]
                 || '有限公司 ' || c
       END,
       CASE WHEN c % 10 = 0 THEN 'individual' ELSE 'company' END,
       (ARRAY['vip', 'normal', 'normal', 'normal', 'new'])[1 + bench_hash(c, 4) % 5],
       CASE WHEN c % 4 = 0 THEN 50000000 ELSE 0 END,
       'CNY',
       CASE WHEN c % 4 = 0 THEN '{"kind": "net", "days": 30}'::jsonb ELSE '{"kind": "prepaid"}'::jsonb END,
       jsonb_build_array(jsonb_build_object('name', '联系人 ' || c, 'phone', '138' || lpad((c * 7919 % 100000000)::text, 8, '0'))),
       jsonb_build_array(jsonb_build_object('line1', '工业路 ' || c || ' 号', 'city', (ARRAY['上海', '北京', '深圳', '杭州'])[1 + c % 4])),
       '{}', s.generated_at - interval '760 days', s.generated_at - interval '760 days', 1, false, true
FROM bench_settings s, generate_series(1, s.customers) c;

-- step: products
INSERT INTO products (id, sku, name, unit, price_minor, currency, kind, category, lead_times, active, created_at, updated_at, version)
SELECT bench_id('product', p), 'BENCH-' || lpad(p::text, 4, '0'),
       (ARRAY['轴承', '齿轮', '电机', '传感器', '阀门', '控制器', '泵', '法兰'])[1 + p % 8] || ' 型号 ' || p,
       '件', 1000 + bench_hash(p, 1) % 200000, 'CNY',
       CASE WHEN p % 3 = 0 THEN 'made_to_order' ELSE 'stock' END,
       (ARRAY['bearing', 'gear', 'motor', 'sensor', 'valve', 'controller', 'pump', 'flange'])[1 + p % 8],
       '{}', true, s.generated_at - interval '770 days', s.generated_at - interval '770 days', 1
FROM bench_settings s, generate_series(1, s.products) p;

-- step: order plan
-- One row per order with everything derived from its row number: when it came in, from whom,
-- how far it got. Orders spread evenly over 730 days; the last month holds the open ones.
CREATE TABLE bench_orders AS
WITH base AS (
  SELECT n,
         s.generated_at - (interval '730 days') * (1 - (n - 1)::float8 / s.orders) - make_interval(secs => bench_hash(n, 5) % 600) AS received_at,
         CASE WHEN bench_hash(n, 6) % 1000 < 14 THEN 1
              ELSE 2 + floor((s.customers - 1) * power(bench_unit(n, 7), 1.5))::int END AS customer_no,
         bench_hash(n, 8) % 1000 AS fate,
         s.generated_at
  FROM bench_settings s, generate_series(1, s.orders) n
), aged AS (
  SELECT *, extract(epoch FROM generated_at - received_at) / 86400 AS age_days FROM base
)
SELECT n, bench_id('order', n) AS id, received_at, customer_no, bench_id('customer', customer_no) AS customer_id, age_days,
       CASE
         WHEN fate < 45 THEN 'cancelled'
         WHEN age_days < 0.5 THEN (ARRAY['received', 'awaiting_entry_check', 'exception', 'under_review', 'under_review', 'under_review', 'approved', 'approved'])[1 + fate % 8]
         WHEN age_days < 2 THEN (ARRAY['under_review', 'approved', 'planned', 'planned', 'exception'])[1 + fate % 5]
         WHEN age_days < 6 THEN (ARRAY['planned', 'in_progress', 'in_progress', 'in_progress'])[1 + fate % 4]
         WHEN age_days < 10 THEN (ARRAY['in_progress', 'ready_to_ship', 'partially_shipped', 'shipped', 'shipped', 'in_service'])[1 + fate % 6]
         WHEN age_days < 20 THEN (ARRAY['shipped', 'delivered', 'delivered', 'accepted', 'acceptance_failed', 'completed', 'completed'])[1 + fate % 7]
         WHEN age_days < 40 THEN (ARRAY['accepted', 'after_sales', 'completed', 'completed', 'completed', 'completed'])[1 + fate % 6]
         WHEN fate < 48 THEN 'exception'
         WHEN fate < 52 THEN 'after_sales'
         ELSE 'completed'
       END AS status,
       CASE WHEN bench_hash(n, 9) % 100 < 12 THEN 'custom' WHEN bench_hash(n, 9) % 100 < 15 THEN 'urgent' ELSE 'standard' END AS type,
       CASE WHEN customer_no = 1 THEN 'marketplace'
            ELSE (ARRAY['online_store', 'phone', 'email', 'b2b_direct', 'b2b_direct', 'portal', 'api', 'in_person', 'file_import'])[1 + bench_hash(n, 10) % 9] END AS channel,
       (ARRAY['low', 'medium', 'medium', 'medium', 'high'])[1 + bench_hash(n, 11) % 5] AS priority_level,
       bench_hash(n, 12) % 100 < 3 AS green_channel,
       1 + bench_hash(n, 13) % 5 AS line_count,
       bench_hash(n, 14) % 100 < 55 AS made_to_order,
       (age_days > 1 AND bench_hash(n, 15) % 100 < 8) AS delayed,
       to_char(received_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMM') AS month
FROM aged;
-- How far along the forward path each order got (see bench_path), and the one step off it
-- that brought it to a status outside that path.
ALTER TABLE bench_orders ADD COLUMN path_rank int, ADD COLUMN tail text, ADD COLUMN number text;
UPDATE bench_orders SET
  path_rank = CASE status
    WHEN 'received' THEN 1 WHEN 'awaiting_entry_check' THEN 1 WHEN 'exception' THEN 1 WHEN 'under_review' THEN 2
    WHEN 'approved' THEN 3 WHEN 'planned' THEN 4 WHEN 'in_progress' THEN 5 WHEN 'in_service' THEN 5
    WHEN 'ready_to_ship' THEN 6 WHEN 'partially_shipped' THEN 6 WHEN 'shipped' THEN 7 WHEN 'delivered' THEN 8
    WHEN 'acceptance_failed' THEN 8 WHEN 'accepted' THEN 9 WHEN 'after_sales' THEN 9 WHEN 'completed' THEN 10
    WHEN 'cancelled' THEN 1 + bench_hash(n, 16) % 5 END,
  tail = CASE status
    WHEN 'awaiting_entry_check' THEN 'order.entry_check_required' WHEN 'exception' THEN 'order.rejected'
    WHEN 'in_service' THEN 'order.service_started' WHEN 'partially_shipped' THEN 'order.partially_shipped'
    WHEN 'acceptance_failed' THEN 'order.acceptance_failed' WHEN 'after_sales' THEN 'order.case_opened'
    WHEN 'cancelled' THEN 'order.cancelled' END;
-- SPEC §3 numbers: YYYYMM-NNN, serial per month in the company zone, in order of receipt.
UPDATE bench_orders o SET number = o.month || '-' || CASE WHEN r.serial < 1000 THEN lpad(r.serial::text, 3, '0') ELSE r.serial::text END
FROM (SELECT n, row_number() OVER (PARTITION BY month ORDER BY received_at, n) AS serial FROM bench_orders) r
WHERE r.n = o.n;
CREATE UNIQUE INDEX ON bench_orders (n);
ANALYZE bench_orders;

-- step: order lines
CREATE TABLE bench_lines AS
SELECT o.n, o.id AS order_id, o.customer_id, l AS line_no, p.id AS product_id, p.sku, p.name, p.unit, p.kind, p.price_minor,
       1 + bench_hash(o.n * 8 + l, 18) % 20 AS quantity,
       CASE WHEN p.kind = 'stock' OR o.made_to_order THEN true ELSE false END AS counted
FROM bench_orders o
CROSS JOIN LATERAL generate_series(1, o.line_count) l
JOIN products p ON p.sku = 'BENCH-' || lpad((1 + bench_hash(o.n * 8 + l, 17) % 300)::text, 4, '0');
-- step: orders
INSERT INTO orders (id, number, customer_id, customer_name, channel, external_ref, type, status, priority_level, priority, exceptions, warnings,
                    requested_delivery_date, contact, delivery, special_requirements, payment_status, currency, subtotal_minor, discount_minor,
                    total_minor, lines_fingerprint, received_at, response_due_at, plan_due_at, entered_by, entry_check, updated_at, version,
                    exception_since, promised_delivery_date, acceptance_result, delivered_at, promised_at_delivery, delivered_late, paid_minor,
                    owner_id, owner_name)
SELECT o.id, o.number, o.customer_id, c.name, o.channel,
       CASE WHEN o.channel IN ('marketplace', 'api', 'online_store') THEN 'EXT-' || o.channel || '-' || o.n END,
       o.type, o.status, o.priority_level,
       jsonb_build_object('level', o.priority_level, 'rules', '[]'::jsonb, 'score', CASE o.priority_level WHEN 'high' THEN 8 WHEN 'medium' THEN 6 ELSE 4 END,
                          'factors', '[]'::jsonb, 'override', NULL, 'scoredLevel', o.priority_level),
       '[]', '[]',
       (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + 7 + o.n % 21,
       c.contacts -> 0,
       jsonb_build_object('method', 'ship', 'address', c.addresses -> 0),
       CASE WHEN o.type = 'custom' THEN jsonb_build_object('text', '按图纸定制，表面处理：' || (ARRAY['镀锌', '喷涂', '阳极氧化'])[1 + o.n % 3]) END,
       CASE WHEN o.status IN ('completed', 'accepted', 'after_sales') OR c.credit_limit_minor = 0 THEN 'paid' ELSE 'unpaid' END,
       'CNY', t.total, 0, t.total, md5(o.n::text), o.received_at, o.received_at + interval '4 hours', o.received_at + interval '8 hours',
       bench_id('user', 2),
       CASE WHEN o.status = 'awaiting_entry_check' THEN 'pending' ELSE 'not_required' END,
       least(o.received_at + interval '260 hours', s.generated_at), 1 + o.path_rank,
       CASE WHEN o.status = 'exception' THEN o.received_at + interval '1 hour' END,
       CASE WHEN o.path_rank >= 4 THEN (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + 7 + o.n % 21 + CASE WHEN o.delayed THEN 3 ELSE 0 END END,
       CASE WHEN o.status IN ('accepted', 'after_sales', 'completed') THEN 'accepted' WHEN o.status = 'acceptance_failed' THEN 'failed' END,
       CASE WHEN o.path_rank >= 8 AND o.status <> 'cancelled' THEN o.received_at + interval '168 hours' END,
       CASE WHEN o.path_rank >= 8 AND o.status <> 'cancelled' THEN (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + 7 + o.n % 21 END,
       CASE WHEN o.path_rank >= 8 AND o.status <> 'cancelled' THEN o.delayed END,
       CASE WHEN o.status IN ('completed', 'accepted', 'after_sales') OR c.credit_limit_minor = 0 THEN t.total ELSE 0 END,
       bench_id('user', 2), '订单专员 李'
FROM bench_orders o
JOIN customers c ON c.id = o.customer_id
CROSS JOIN bench_settings s
JOIN (SELECT n, sum(price_minor * quantity) AS total FROM bench_lines GROUP BY n) t ON t.n = o.n
ORDER BY o.n;

-- step: order lines insert
INSERT INTO order_lines (id, order_id, customer_id, line_no, product_id, sku, name, unit, kind, quantity, list_price_minor, unit_price_minor,
                         discount_minor, total_minor, reserved_quantity, backordered_quantity, shipped_quantity)
SELECT bench_id('line', n * 8 + line_no), order_id, customer_id, line_no, product_id, sku, name, unit, kind, quantity, price_minor, price_minor,
       0, price_minor * quantity, 0, 0, 0
FROM bench_lines ORDER BY n, line_no;

-- step: order counters
INSERT INTO order_counters (month, last) SELECT month, count(*) FROM bench_orders GROUP BY month;

-- step: reviews
-- Every order that reached review has a round: approved past it, waiting at a step while
-- under review (the inboxes), rejected for exceptions.
INSERT INTO reviews (order_id, customer_id, order_number, order_type, chain_version, round, status, summary, started_at, updated_at)
SELECT o.id, o.customer_id, o.number, CASE WHEN o.type = 'custom' THEN 'custom' ELSE 'standard' END, 1, 1,
       CASE WHEN o.status = 'under_review' THEN 'in_progress' WHEN o.status = 'exception' THEN 'rejected'
            WHEN o.status = 'cancelled' AND o.path_rank < 3 THEN 'cancelled' ELSE 'approved' END,
       jsonb_build_object('dueAt', to_char((o.received_at + interval '4 hours') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'currency', 'CNY',
                          'priority', o.priority_level, 'customerName', c.name, 'totalMinor', t.total_minor),
       o.received_at, o.received_at + interval '2 hours'
FROM bench_orders o JOIN customers c ON c.id = o.customer_id JOIN orders t ON t.id = o.id
WHERE o.status NOT IN ('received', 'awaiting_entry_check')
ORDER BY o.n;
INSERT INTO review_steps (id, order_id, customer_id, round, position, key, name, role, "check", check_passed, status, waiting_since, decided_by, decided_by_label, decided_at)
SELECT bench_id('review-step', o.n * 8 + st.position), o.id, o.customer_id, 1, st.position, st.key, st.name, st.role, st.check_kind,
       CASE WHEN st.check_kind IS NOT NULL THEN true END,
       CASE WHEN o.status = 'under_review' THEN CASE WHEN st.position < o.n % 5 THEN 'approved' WHEN st.position = o.n % 5 THEN 'waiting' ELSE 'pending' END
            WHEN o.status = 'exception' THEN CASE WHEN st.position = 0 THEN 'rejected' ELSE 'not_reached' END
            WHEN o.status = 'cancelled' AND o.path_rank < 3 THEN 'not_reached'
            ELSE 'approved' END,
       CASE WHEN o.status = 'under_review' AND st.position = o.n % 5 THEN o.received_at + interval '5 minutes' END,
       CASE WHEN st.position = 4 AND o.path_rank >= 3 THEN bench_id('user', 4) END,
       CASE WHEN st.position = 4 AND o.path_rank >= 3 THEN '经理 周' WHEN o.path_rank >= 3 OR o.status = 'exception' THEN 'system' END,
       CASE WHEN o.path_rank >= 3 OR o.status = 'exception' THEN o.received_at + interval '2 hours' END
FROM bench_orders o
CROSS JOIN (VALUES (0, 'basic', '{"en": "Basic information", "zh-CN": "基本信息审核"}'::jsonb, 'specialist', 'basic'),
                   (1, 'credit', '{"en": "Customer credit", "zh-CN": "客户信用审核"}'::jsonb, 'finance', 'credit'),
                   (2, 'capacity', '{"en": "Production capacity", "zh-CN": "生产产能评估"}'::jsonb, 'production', 'capacity'),
                   (3, 'materials', '{"en": "Materials and inventory", "zh-CN": "物料与库存评估"}'::jsonb, 'procurement', 'materials'),
                   (4, 'final', '{"en": "Final approval", "zh-CN": "最终审批"}'::jsonb, 'manager', NULL)) AS st(position, key, name, role, check_kind)
WHERE o.status NOT IN ('received', 'awaiting_entry_check')
ORDER BY o.n, st.position;

-- step: sla clocks
-- Response and plan clocks for every order: open while the order waits for them, met (a few
-- missed) once past, stopped when it was cancelled first (settled then, as settleSlaClocks does).
INSERT INTO sla_clocks (order_id, kind, customer_id, order_number, owner_id, due_at, warn_at, status, satisfied_at)
SELECT o.id, k.kind, o.customer_id, o.number, bench_id('user', 2), o.received_at + k.due, o.received_at + k.due - interval '30 minutes',
       CASE WHEN o.path_rank >= k.met_rank AND NOT (o.status = 'cancelled' AND o.path_rank = k.met_rank) THEN CASE WHEN o.n % 50 = 0 THEN 'missed' ELSE 'met' END
            WHEN o.status = 'cancelled' THEN 'stopped' ELSE 'open' END,
       CASE WHEN o.path_rank >= k.met_rank AND NOT (o.status = 'cancelled' AND o.path_rank = k.met_rank)
            THEN o.received_at + k.due * CASE WHEN o.n % 50 = 0 THEN 1.5 ELSE 0.4 END
            WHEN o.status = 'cancelled' THEN o.received_at + k.due * 0.5 END
FROM bench_orders o
CROSS JOIN (VALUES ('response', interval '4 hours', 3), ('plan', interval '8 hours', 4)) AS k(kind, due, met_rank)
ORDER BY o.n, k.due;

-- step: plans
-- Plans for every order that got one: confirm, design (custom), production and QC (when
-- something is made to order), packing, logistics; the production user's department owns
-- production. Stages are done up to where the order is, some delayed.
INSERT INTO plans (order_id, customer_id, order_number, order_type, template_version, green_channel, promise_date, created_at, updated_at)
SELECT o.id, o.customer_id, o.number, o.type, 1, o.green_channel,
       (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + 7 + o.n % 21 + CASE WHEN o.delayed THEN 3 ELSE 0 END,
       o.received_at + interval '6 hours', o.received_at + interval '6 hours'
FROM bench_orders o WHERE o.path_rank >= 4 AND o.status <> 'cancelled' OR o.status = 'cancelled' AND o.path_rank >= 5
ORDER BY o.n;
INSERT INTO plan_stages (id, order_id, customer_id, position, key, name, owner_role, days, units, delivery, planned_start, planned_end,
                         actual_start, actual_end, status, delay_reason, updated_at, plan_created_at)
SELECT bench_id('stage', o.n * 8 + st.position), o.id, o.customer_id, st.position, st.key, st.name, st.owner_role, st.days,
       CASE WHEN st.key = 'production' THEN 1 + o.n % 10 ELSE 0 END, st.key = 'logistics',
       (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + st.start_day, (o.received_at AT TIME ZONE 'Asia/Shanghai')::date + st.start_day + st.days,
       CASE WHEN st.done_rank <= o.path_rank + 1 AND o.status <> 'cancelled' THEN o.received_at + make_interval(days => st.start_day) END,
       CASE WHEN st.done_rank <= o.path_rank THEN o.received_at + make_interval(days => st.start_day + st.days) END,
       CASE WHEN st.done_rank <= o.path_rank THEN 'done'
            WHEN o.status = 'cancelled' THEN 'cancelled'
            WHEN st.done_rank = o.path_rank + 1 AND o.delayed THEN 'delayed'
            WHEN st.done_rank = o.path_rank + 1 THEN 'in_progress'
            ELSE 'pending' END,
       CASE WHEN o.delayed AND st.key = 'production' THEN (ARRAY['设备故障', '原材料延迟到货', '产能不足'])[1 + o.n % 3] END,
       least(o.received_at + make_interval(days => st.start_day + st.days), (SELECT generated_at FROM bench_settings)),
       o.received_at + interval '6 hours'
FROM bench_orders o
CROSS JOIN (VALUES (1, 'confirm', '{"en": "Confirm requirements and resources", "zh-CN": "需求确认与资源协调"}'::jsonb, 'specialist', 0, 0, 5, 'all'),
                   (2, 'design', '{"en": "Design and feasibility", "zh-CN": "技术设计与可行性评估"}'::jsonb, 'engineering', 2, 0, 5, 'custom'),
                   (3, 'production', '{"en": "Production", "zh-CN": "生产"}'::jsonb, 'production', 3, 1, 6, 'made'),
                   (4, 'qc', '{"en": "Quality check", "zh-CN": "质检"}'::jsonb, 'production', 1, 4, 6, 'made'),
                   (5, 'packing', '{"en": "Picking and packing", "zh-CN": "备货与包装"}'::jsonb, 'warehouse', 1, 5, 6, 'all'),
                   (6, 'logistics', '{"en": "Logistics", "zh-CN": "物流配送"}'::jsonb, 'logistics', 2, 6, 8, 'all'))
            AS st(position, key, name, owner_role, days, start_day, done_rank, needs)
WHERE (o.path_rank >= 4 AND o.status <> 'cancelled' OR o.status = 'cancelled' AND o.path_rank >= 5)
  AND (st.needs = 'all' OR st.needs = 'custom' AND o.type = 'custom' OR st.needs = 'made' AND o.made_to_order)
ORDER BY o.n, st.position;

-- step: shipments
INSERT INTO shipments (id, order_id, customer_id, carrier_kind, carrier_name, tracking_number, cost_minor, currency, status, shipped_at, delivered_at, created_by, carrier_code)
SELECT bench_id('shipment', o.n), o.id, o.customer_id, c.kind, c.name, c.code || lpad(o.n::text, 10, '0'), 1500 + bench_hash(o.n, 19) % 30000, 'CNY',
       CASE WHEN o.path_rank >= 8 THEN 'delivered' ELSE 'in_transit' END,
       o.received_at + interval '120 hours', CASE WHEN o.path_rank >= 8 THEN o.received_at + interval '168 hours' END, bench_id('user', 7), c.code
FROM bench_orders o
JOIN (VALUES (0, 'express', '顺丰速运', 'SF'), (1, 'express', '京东物流', 'JD'), (2, 'freight', '德邦物流', 'DBL'), (3, 'express', '中通快递', 'ZTO'))
     AS c(i, kind, name, code) ON c.i = o.n % 4
WHERE o.status IN ('partially_shipped', 'shipped', 'delivered', 'accepted', 'acceptance_failed', 'after_sales', 'completed')
ORDER BY o.n;

-- step: cases and surveys
INSERT INTO aftersales_cases (id, order_id, customer_id, type, status, summary, source, owner_id, owner_label, contact_due_at, contacted_at,
                              resolution, refunded_minor, currency, opened_by, opened_by_label, opened_at, closed_at, version, order_number, customer_name, reported_via)
SELECT bench_id('case', o.n), o.id, o.customer_id, (ARRAY['quality', 'damage', 'missing', 'return', 'complaint', 'repair'])[1 + o.n % 6],
       CASE WHEN o.status = 'after_sales' THEN 'in_progress' WHEN o.status = 'acceptance_failed' THEN 'open' ELSE 'closed' END,
       (ARRAY['外包装破损', '数量短缺', '表面划痕', '功能异常'])[1 + o.n % 4], CASE WHEN o.status = 'acceptance_failed' THEN 'acceptance' ELSE 'staff' END,
       bench_id('user', 8), '售后 郑', o.received_at + interval '202 hours', o.received_at + interval '201 hours',
       CASE WHEN o.status = 'completed' THEN '已补发' END, 0, 'CNY', bench_id('user', 8), '售后 郑', o.received_at + interval '200 hours',
       CASE WHEN o.status = 'completed' THEN o.received_at + interval '240 hours' END, 1, o.number, c.name,
       CASE WHEN o.status = 'acceptance_failed' THEN NULL ELSE 'phone' END
FROM bench_orders o JOIN customers c ON c.id = o.customer_id
WHERE o.status IN ('after_sales', 'acceptance_failed') OR o.status = 'completed' AND o.n % 100 = 7
ORDER BY o.n;
INSERT INTO surveys (id, order_id, customer_id, sent_at, expires_at, answered_at)
SELECT bench_id('survey', o.n), o.id, o.customer_id, o.received_at + interval '170 hours', o.received_at + interval '500 hours',
       CASE WHEN o.n % 3 = 0 THEN o.received_at + interval '190 hours' END
FROM bench_orders o WHERE o.status = 'completed' AND o.n % 5 = 0
ORDER BY o.n;

-- step: notifications
-- The production user gets one per production stage that started in the last 20% of the
-- orders (thousands), the last 300 unread; the specialist one per order of the last month.
INSERT INTO notifications (id, user_id, event_id, topic, title, body, data, customer_id, created_at, read_at)
SELECT bench_id('notification-production', o.n), bench_id('user', 1), bench_id('event-production', o.n), 'order.planned',
       '执行方案已制定：' || o.number, '订单 ' || o.number || ' 的执行方案已制定，请按计划推进本环节。',
       jsonb_build_object('number', o.number, 'orderId', o.id), o.customer_id, o.received_at + interval '6 hours',
       CASE WHEN o.n <= s.orders - 300 * 20 THEN o.received_at + interval '7 hours' END
FROM bench_orders o CROSS JOIN bench_settings s
WHERE o.n > s.orders * 0.8 AND o.n % 20 = 0 AND o.path_rank >= 4
ORDER BY o.n;
INSERT INTO notifications (id, user_id, event_id, topic, title, body, data, customer_id, created_at, read_at)
SELECT bench_id('notification-specialist', o.n), bench_id('user', 2), bench_id('event-specialist', o.n), 'order.received',
       '新订单：' || o.number, '订单 ' || o.number || ' 已接收。', jsonb_build_object('number', o.number, 'orderId', o.id), o.customer_id, o.received_at,
       CASE WHEN o.age_days > 2 THEN o.received_at + interval '1 hour' END
FROM bench_orders o WHERE o.age_days < 30
ORDER BY o.n;

-- step: audit events
-- Each order's status path as events in its customer's chain: the forward path up to the
-- order's rank (bench_path), then its one step off it. ~14 events for a completed order.
CREATE TABLE bench_path (step int, rank int, action text, from_status text, to_status text, event text, hours float8, entity_type text);
INSERT INTO bench_path VALUES
  (1, 1, 'order.received', NULL, 'received', NULL, 0, 'order'),
  (2, 1, 'order.numbered', NULL, NULL, NULL, 0, 'order'),
  (3, 2, 'review.started', 'received', 'under_review', 'audit_pass', 0.05, 'order'),
  (4, 3, 'order.approved', 'under_review', 'approved', 'approve', 2, 'order'),
  (5, 3, 'sla.met', NULL, NULL, NULL, 2, 'order'),
  (6, 4, 'plan.created', NULL, NULL, NULL, 6, 'plan'),
  (7, 4, 'order.planned', 'approved', 'planned', 'plan', 6, 'order'),
  (8, 4, 'sla.met', NULL, NULL, NULL, 6, 'order'),
  (9, 5, 'order.progressed', 'planned', 'in_progress', 'start', 24, 'order'),
  (10, 6, 'order.ready_to_ship', 'in_progress', 'ready_to_ship', 'ready', 96, 'order'),
  (11, 7, 'order.shipped', 'ready_to_ship', 'shipped', 'ship_all', 120, 'order'),
  (12, 8, 'order.delivered', 'shipped', 'delivered', 'deliver', 168, 'order'),
  (13, 9, 'order.accepted', 'delivered', 'accepted', 'accept', 200, 'order'),
  (14, 10, 'order.completed', 'accepted', 'completed', 'close', 260, 'order');
CREATE TABLE bench_events AS
SELECT o.customer_id, o.n, p.step, least(o.received_at + make_interval(secs => p.hours * 3600), s.generated_at) AS at,
       p.entity_type, o.id AS order_id, p.action,
       CASE WHEN p.from_status IS NOT NULL THEN jsonb_build_object('status', p.from_status) END AS before,
       CASE WHEN p.step = 1 THEN jsonb_build_object('id', o.id, 'type', o.type, 'status', 'received', 'channel', o.channel, 'priority', o.priority_level)
            WHEN p.step = 2 THEN jsonb_build_object('number', o.number)
            WHEN p.action = 'sla.met' THEN jsonb_build_object('kind', CASE WHEN p.step = 5 THEN 'response' ELSE 'plan' END, 'status', 'met')
            WHEN p.step = 6 THEN jsonb_build_object('template', jsonb_build_object('version', 1, 'orderType', o.type))
            ELSE jsonb_build_object('status', p.to_status, 'transitions', jsonb_build_array(jsonb_build_object('from', p.from_status, 'to', p.to_status, 'event', p.event))) END AS after
FROM bench_orders o CROSS JOIN bench_settings s JOIN bench_path p ON p.rank <= o.path_rank
UNION ALL
SELECT o.customer_id, o.n, 20, least(o.received_at + make_interval(secs => (coalesce(max_hours, 0) + 1) * 3600), s.generated_at), 'order', o.id, o.tail,
       jsonb_build_object('status', t.from_status),
       jsonb_build_object('status', o.status, 'transitions', jsonb_build_array(jsonb_build_object('from', t.from_status, 'to', o.status, 'event', t.event)))
FROM bench_orders o CROSS JOIN bench_settings s
CROSS JOIN LATERAL (SELECT max(hours) AS max_hours FROM bench_path WHERE rank <= o.path_rank) h
CROSS JOIN LATERAL (SELECT (SELECT to_status FROM bench_path WHERE rank <= o.path_rank AND to_status IS NOT NULL ORDER BY step DESC LIMIT 1) AS from_status,
                           CASE o.tail WHEN 'order.entry_check_required' THEN 'require_entry_check' WHEN 'order.rejected' THEN 'audit_fail'
                                       WHEN 'order.service_started' THEN 'start_service' WHEN 'order.partially_shipped' THEN 'ship_partial'
                                       WHEN 'order.acceptance_failed' THEN 'accept_fail' WHEN 'order.case_opened' THEN 'open_case'
                                       ELSE 'cancel' END AS event) t
WHERE o.tail IS NOT NULL;

-- step: audit chains
-- Each customer's chain in time order, hashed link by link with audit_link_hash (the function
-- appending and `ordo audit verify` use), so the chains verify. One recursive walk advances
-- every chain one link per iteration, each link found by index.
CREATE TABLE bench_links AS
SELECT customer_id::text AS chain, row_number() OVER (PARTITION BY customer_id ORDER BY at, n, step) AS seq, at,
       CASE WHEN action IN ('sla.met', 'plan.created') OR action = 'order.numbered' THEN NULL ELSE bench_id('user', 2) END AS actor_id,
       CASE WHEN action IN ('sla.met', 'plan.created', 'order.planned') THEN 'system:planning' ELSE '订单专员 李' END AS actor_label,
       entity_type, order_id::text AS entity_id, customer_id, action, before, after
FROM bench_events;
CREATE UNIQUE INDEX ON bench_links (chain, seq);
ANALYZE bench_links;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
INSERT INTO audit_events (chain, seq, at, actor_id, actor_label, entity_type, entity_id, customer_id, action, before, after, prev_hash, hash)
WITH RECURSIVE linked AS (
  SELECT l.chain, l.seq, '0000000000000000000000000000000000000000000000000000000000000000'::text AS prev_hash,
         audit_link_hash('0000000000000000000000000000000000000000000000000000000000000000', l.chain, l.seq, l.at, l.actor_id, l.actor_label,
                         l.entity_type, l.entity_id, l.customer_id, l.action, l.before, l.after) AS hash
  FROM bench_links l WHERE l.seq = 1
  UNION ALL
  SELECT l.chain, l.seq, k.hash,
         audit_link_hash(k.hash, l.chain, l.seq, l.at, l.actor_id, l.actor_label, l.entity_type, l.entity_id, l.customer_id, l.action, l.before, l.after)
  FROM linked k JOIN bench_links l ON l.chain = k.chain AND l.seq = k.seq + 1
)
SELECT l.chain, l.seq, l.at, l.actor_id, l.actor_label, l.entity_type, l.entity_id, l.customer_id, l.action, l.before, l.after, k.prev_hash, k.hash
FROM linked k JOIN bench_links l ON l.chain = k.chain AND l.seq = k.seq
ORDER BY l.at, l.chain, l.seq;
RESET enable_hashjoin;
RESET enable_mergejoin;
INSERT INTO audit_heads (chain, seq, hash)
SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_events WHERE chain <> 'system' ORDER BY chain, seq DESC;

-- step: order transitions
-- Process mining's cases and moves (order_cases, order_transitions), which a trigger writes as
-- events are appended: filled from the events here, the triggers being off. Without statistics
-- of the events just written, the fill's join would be planned for a handful of rows.
ANALYZE audit_events;
SELECT order_transitions_fill();

-- step: rollups
-- The dashboard's and the order list's unfiltered counts read the order rollups, which a trigger
-- on orders keeps as orders move: filled here as their migration backfilled them, the triggers
-- being off (without them the dashboard showed no orders, and the counts would say none).
INSERT INTO order_rollups (bucket, status, channel, priority_level, currency, orders, total_minor)
SELECT date_bin('15 minutes', received_at, timestamptz '2000-01-01 00:00:00+00'), status, channel, priority_level, currency, count(*), sum(total_minor)
FROM orders GROUP BY 1, 2, 3, 4, 5;
INSERT INTO order_status_counts (status, orders) SELECT status, count(*) FROM orders GROUP BY status;
-- The monthly report's exception rate reads the orders that were ever in exception, which a
-- trigger on orders records: filled from the trail as its migration backfilled it.
INSERT INTO orders_ever_in_exception (order_id)
SELECT DISTINCT o.id FROM audit_events a JOIN orders o ON o.id::text = a.entity_id
WHERE a.entity_type = 'order' AND a.after->>'status' = 'exception';

-- step: indexes
SET maintenance_work_mem = '256MB';
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT indexdef FROM bench_indexes LOOP EXECUTE r.indexdef; END LOOP;
END $$;

-- step: clean up
DROP TABLE bench_links, bench_events, bench_path, bench_lines, bench_orders, bench_settings, bench_indexes;
DROP FUNCTION bench_id(text, bigint);
DROP FUNCTION bench_unit(bigint, int);
DROP FUNCTION bench_hash(bigint, int);

