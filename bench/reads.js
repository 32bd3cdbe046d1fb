// `npm run bench -- reads`: generates bench data (bench/generate.sql: 1,000,000 orders on
// PostgreSQL when DATABASE_URL is set, else 100,000 on PGlite; BENCH_ORDERS changes it), starts
// Ordo on it and times the console's reads, median and p90 of 20 each, then intake latency
// against an empty database and `ordo audit verify`. BENCH_READS_DATA names an already
// generated database (a PostgreSQL URL, or a PGlite data directory) to time again without
// generating; BENCH_VERIFY=0 skips the audit verify. Writes bench/results/reads-<database>.json
// and the README's reads table.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectDatabase } from '../dist/platform/db/connect.js';
import { benchStaffPassword, generate } from './generate.js';
import { api, signIn, startServer, stopServer } from './http.js';
import { benchDatabase } from './scratch.js';

const root = path.resolve(import.meta.dirname, '..');
const samples = 20;
const pageSize = 50;
const intakeOrders = 30;

/** The id generate.sql gives the n-th row of a kind (its bench_id). */
function benchId(kind, n) {
  const hex = createHash('md5').update(`${kind}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const cursorOf = (row) => Buffer.from(JSON.stringify([new Date(row.received_at).toISOString(), row.id])).toString('base64url');

/** Reads from the generated data what the timed calls ask for: real numbers, references, names and deep cursors. */
async function fixtures(env) {
  const database = await connectDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, poolSize: 1 } : { dataDir: env.ORDO_DATA_DIR, command: 'bench' });
  const query = async (text) => (database.kind === 'postgres' ? (await database.pool.query(text)).rows : (await database.pglite.query(text)).rows);
  try {
    // The administrator enrols in two-step verification afresh on every run (signIn does), so
    // that a database generated once can be timed again.
    await query(`DELETE FROM mfa_recovery_codes WHERE user_id = '${benchId('user', 0)}'`);
    await query(`DELETE FROM user_mfa WHERE user_id = '${benchId('user', 0)}'`);
    const bigCustomer = benchId('customer', 1);
    const [{ orders }] = await query('SELECT count(*)::int AS orders FROM orders');
    const [middle] = await query(`SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) BETWEEN 50 AND 200 ORDER BY customer_id LIMIT 1`);
    const [bigPage200] = await query(
      `SELECT received_at, id FROM orders WHERE customer_id = '${bigCustomer}' ORDER BY received_at DESC, id DESC OFFSET ${199 * pageSize - 1} LIMIT 1`,
    );
    const allPage = Math.min(2000, Math.floor(orders / pageSize));
    const [allPageRow] = await query(`SELECT received_at, id FROM orders ORDER BY received_at DESC, id DESC OFFSET ${(allPage - 1) * pageSize - 1} LIMIT 1`);
    const [completed] = await query(`SELECT id, number FROM orders WHERE status = 'completed' ORDER BY received_at DESC OFFSET 1000 LIMIT 1`);
    const [open] = await query(`SELECT id FROM orders WHERE status = 'in_progress' ORDER BY received_at DESC LIMIT 1`);
    const [withRef] = await query(`SELECT external_ref FROM orders WHERE external_ref IS NOT NULL ORDER BY received_at DESC OFFSET (SELECT count(*) / 200 FROM orders) LIMIT 1`);
    const [product] = await query(`SELECT id FROM products ORDER BY sku LIMIT 1`);
    // A month a quarter of the orders back (May at 1,000,000 orders in December): its number
    // prefix matches only orders older than the newest quarter.
    const [old] = await query(`SELECT left(number, 6) AS month FROM orders WHERE number IS NOT NULL ORDER BY received_at DESC, id DESC OFFSET (SELECT count(*) / 4 FROM orders) LIMIT 1`);
    return {
      orders,
      bigCustomer,
      middleCustomer: middle.customer_id,
      bigPage200: bigPage200 ? cursorOf(bigPage200) : null,
      allPage,
      allPageCursor: cursorOf(allPageRow),
      completed,
      openOrder: open.id,
      externalRef: withRef.external_ref,
      product: product.id,
      oldMonth: old.month,
    };
  } finally {
    await database.close();
  }
}

/** The console's reads, as [name, url, who] — who: the administrator or the production user. */
function calls(f) {
  const month = new Date().toISOString().slice(0, 7);
  const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date().toISOString().slice(0, 10);
  const list = `/api/v1/orders?limit=${pageSize}`;
  const numberPrefix = f.completed.number.slice(0, 9);
  return [
    ['order list, first page', list],
    ['filter: status in_progress', `${list}&status=in_progress`],
    ['filter: status exception', `${list}&status=exception`],
    ['filter: priority high', `${list}&priority=high`],
    ['filter: channel phone', `${list}&channel=phone`],
    ['filter: customer (big)', `${list}&customerId=${f.bigCustomer}`],
    ['filter: product', `${list}&productId=${f.product}`],
    ['filter: owner me', `${list}&owner=me`],
    ['filter: late (health)', `${list}&health=late`],
    ['sort: priority', `${list}&sort=priority`],
    ['search: number', `${list}&q=${encodeURIComponent(f.completed.number)}`],
    ['search: number prefix', `${list}&q=${encodeURIComponent(numberPrefix)}`],
    ['search: external ref', `${list}&q=${encodeURIComponent(f.externalRef)}`],
    ['search: customer name (Latin)', `${list}&q=Globex`],
    ['search: customer name (精密)', `${list}&q=${encodeURIComponent('精密')}`],
    ['search: matches nothing', `${list}&q=zzqxnomatch`],
    ['page 200 of the big customer', f.bigPage200 ? `${list}&customerId=${f.bigCustomer}&cursor=${f.bigPage200}` : null],
    [`page ${f.allPage} of all`, `${list}&cursor=${f.allPageCursor}`],
    ['count: all', '/api/v1/orders/count'],
    ['status counts', '/api/v1/orders/status-counts'],
    ['status counts: priority high', '/api/v1/orders/status-counts?priority=high'],
    ['status counts: channel phone', '/api/v1/orders/status-counts?channel=phone'],
    ['status counts: big customer', `/api/v1/orders/status-counts?customerId=${f.bigCustomer}`],
    ['dashboard: summary', '/api/v1/orders/summary'],
    ['dashboard: at risk', '/api/v1/orders/at-risk?limit=10'],
    ['dashboard: open SLA clocks (overdue)', '/api/v1/sla/open?state=overdue&limit=10'],
    ['dashboard: open SLA clocks (at risk)', '/api/v1/sla/open?state=at_risk&limit=10'],
    ['dashboard: review inbox preview', '/api/v1/review/inbox?limit=5'],
    ['home: my orders at risk', '/api/v1/orders?owner=me&health=late,at_risk&sort=health&limit=50'],
    ['home: exception desk', '/api/v1/orders/exceptions?limit=100'],
    ['report: monthly (last month)', `/api/v1/reports/monthly?month=${lastMonth}`],
    ['report: monthly (this month)', `/api/v1/reports/monthly?month=${month}`],
    ['report: bottlenecks (30 days)', `/api/v1/reports/bottlenecks?from=${from}&to=${to}`],
    ['report: process map (30 days)', `/api/v1/reports/process?from=${from}&to=${to}`],
    ["customer's orders (middle)", `${list}&customerId=${f.middleCustomer}`],
    ['customer detail', `/api/v1/customers/${f.bigCustomer}`],
    ['order detail', `/api/v1/orders/${f.completed.id}`],
    ['order detail: events', `/api/v1/orders/${f.completed.id}/events`],
    ['order detail: plan', `/api/v1/orders/${f.openOrder}/plan`],
    ['order detail: SLA', `/api/v1/orders/${f.openOrder}/sla`],
    ['order detail: review', `/api/v1/orders/${f.completed.id}/review`],
    ['review inbox', '/api/v1/review/inbox?limit=20'],
    ['production queue', '/api/v1/planning/production-queue', 'production'],
    ['my stages (production)', '/api/v1/my-work/stages?due=today', 'production'],
    ['notifications (production)', '/api/v1/notifications?limit=10', 'production'],
    ['notifications unread (production)', '/api/v1/notifications?limit=20&unread=true', 'production'],
    ['global search: number', `/api/v1/search?q=${encodeURIComponent(f.completed.number)}`],
    ['global search: 精密', `/api/v1/search?q=${encodeURIComponent('精密')}`],
    ['global search: Globex', '/api/v1/search?q=Globex'],
    ['global search: old number prefix', `/api/v1/search?q=${encodeURIComponent(f.oldMonth)}`],
  ].filter(([, url]) => url !== null);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;

async function time(baseUrl, headers, url) {
  const res0 = await fetch(`${baseUrl}${url}`, { headers });
  if (res0.status !== 200) throw new Error(`GET ${url}: ${res0.status} ${await res0.text()}`);
  await res0.arrayBuffer();
  const ms = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${url}`, { headers });
    await res.arrayBuffer();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { medianMs: round(quantile(ms, 0.5)), p90Ms: round(quantile(ms, 0.9)) };
}

/** p50 of single-connection 3-line orders for `customerId` (or a new customer), with newly stocked products. */
async function intakeLatency(baseUrl, headers, customerId) {
  const customer = customerId ?? (await api(baseUrl, headers, 'POST', '/api/v1/customers', { name: '压测客户 intake', type: 'company', tier: 'normal', contacts: [{ name: '联系人', phone: '13800000000' }], addresses: [{ line1: '测试路 1 号', city: '上海' }] })).id;
  const products = [];
  for (let i = 0; i < 3; i++) {
    const p = await api(baseUrl, headers, 'POST', '/api/v1/products', { sku: `INTAKE-${Date.now()}-${i}`, name: `压测商品 ${i}`, unit: '件', priceMinor: 100_00, kind: 'stock' });
    await api(baseUrl, headers, 'POST', '/api/v1/stock/movements', { productId: p.id, kind: 'receipt', quantity: 100_000 });
    products.push(p.id);
  }
  const body = { customerId: customer, channel: 'api', requestedDeliveryDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), lines: products.map((productId) => ({ productId, quantity: 1 })), paymentStatus: 'paid' };
  const ms = [];
  for (let i = 0; i < intakeOrders + 3; i++) {
    const started = performance.now();
    await api(baseUrl, headers, 'POST', '/api/v1/orders', body);
    if (i >= 3) ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50Ms: round(quantile(ms, 0.5)), p90Ms: round(quantile(ms, 0.9)) };
}

async function bearer(baseUrl) {
  const { token } = await api(baseUrl, await signIn(baseUrl), 'POST', '/api/v1/auth/tokens', { name: 'bench-reads' });
  return { authorization: `Bearer ${token}` };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const kind = databaseUrl ? 'postgres' : 'pglite';
  const reuse = process.env.BENCH_READS_DATA?.trim();
  // A part of the calls' names: times only those calls, on data it reuses, and writes nothing.
  const only = process.env.BENCH_READS_ONLY?.trim();
  if (only && !reuse) throw new Error('BENCH_READS_ONLY times an already generated database: set BENCH_READS_DATA too');
  let data;
  let generatedSeconds = null;
  if (reuse) {
    data = { env: databaseUrl ? { DATABASE_URL: reuse } : { DATABASE_URL: '', ORDO_DATA_DIR: reuse }, drop: async () => {} };
  } else {
    data = await benchDatabase(databaseUrl, 'reads');
    const orders = Number(process.env.BENCH_ORDERS ?? (databaseUrl ? 1_000_000 : 100_000));
    console.log(`Generating ${orders} orders on ${kind} …`);
    const started = Date.now();
    await generate(data.env, orders);
    generatedSeconds = Math.round((Date.now() - started) / 1000);
  }
  const results = [];
  let intake;
  let auditVerifySeconds = null;
  try {
    const f = await fixtures(data.env);
    const server = await startServer(data.env);
    try {
      const headers = await bearer(server.baseUrl);
      const production = await signIn(server.baseUrl, { email: 'bench-production@ordo.local', password: benchStaffPassword });
      console.log(`Ordo on ${kind} with ${f.orders} orders; ${samples} requests each (median / p90), load ${os.loadavg()[0].toFixed(1)}`);
      for (const [name, url, who] of calls(f).filter(([name]) => !only || name.includes(only))) {
        const figures = await time(server.baseUrl, who === 'production' ? { cookie: production.cookie } : headers, url);
        results.push({ name, url, ...figures });
        console.log(`${name.padEnd(40)} ${String(figures.medianMs).padStart(8)} ms ${String(figures.p90Ms).padStart(8)} ms`);
      }
      if (only) return;
      intake = { bigCustomer: await intakeLatency(server.baseUrl, headers, f.bigCustomer) };
    } finally {
      await stopServer(server);
    }
    const empty = await benchDatabase(databaseUrl, 'reads');
    try {
      const emptyServer = await startServer(empty.env);
      try {
        intake.emptyDatabase = await intakeLatency(emptyServer.baseUrl, await bearer(emptyServer.baseUrl));
      } finally {
        await stopServer(emptyServer);
      }
    } finally {
      await empty.drop();
    }
    console.log(`intake p50: ${intake.bigCustomer.p50Ms} ms (big customer, ${f.orders} orders) vs ${intake.emptyDatabase.p50Ms} ms (empty database)`);
    if (process.env.BENCH_VERIFY !== '0') {
      const started = Date.now();
      const verify = spawnSync(process.execPath, [path.join(root, 'bin', 'ordo.js'), 'audit', 'verify'], { cwd: root, env: { ...process.env, ...data.env }, encoding: 'utf8' });
      if (verify.status !== 0) throw new Error(`ordo audit verify failed:\n${verify.stdout}${verify.stderr}`);
      auditVerifySeconds = Math.round((Date.now() - started) / 100) / 10;
      console.log(`ordo audit verify: ${auditVerifySeconds} s — ${verify.stdout.trim()}`);
    }
    const report = {
      database: kind,
      measuredAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      orders: f.orders,
      generatedSeconds,
      samples,
      results,
      intake,
      auditVerifySeconds,
    };
    fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench', 'results', `reads-${kind}.json`), JSON.stringify(report, null, 2) + '\n');
    updateReadme();
  } finally {
    await data.drop();
  }
}

/** Rewrites the README's reads table from both results files. */
function updateReadme() {
  const reports = ['pglite', 'postgres'].map((kind) => {
    const file = path.join(root, 'bench', 'results', `reads-${kind}.json`);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  });
  const label = (r, name) => (r ? `${name}, ${r.orders.toLocaleString('en')} orders (${r.measuredAt.slice(0, 10)}, load ${r.loadAverage[0]})` : `${name} (not measured)`);
  const lines = [`| call (median / p90 of ${samples}) | ${label(reports[0], 'PGlite')} | ${label(reports[1], 'PostgreSQL 15')} |`, '| --- | ---: | ---: |'];
  const names = [...new Set(reports.flatMap((r) => r?.results.map((x) => x.name) ?? []))];
  const cell = (r, name) => {
    const x = r?.results.find((y) => y.name === name);
    return x ? `${x.medianMs} / ${x.p90Ms} ms` : '–';
  };
  for (const name of names) lines.push(`| ${name} | ${cell(reports[0], name)} | ${cell(reports[1], name)} |`);
  const intake = (r) => (r?.intake ? `${r.intake.bigCustomer.p50Ms} ms (empty: ${r.intake.emptyDatabase.p50Ms} ms)` : '–');
  lines.push(`| intake p50, the biggest customer, 1 connection | ${intake(reports[0])} | ${intake(reports[1])} |`);
  const verify = (r) => (r?.auditVerifySeconds != null ? `${r.auditVerifySeconds} s` : '–');
  lines.push(`| \`ordo audit verify\`, whole trail | ${verify(reports[0])} | ${verify(reports[1])} |`);
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  fs.writeFileSync(readmePath, readme.replace(/<!-- bench-reads:start -->[\s\S]*<!-- bench-reads:end -->/, `<!-- bench-reads:start -->\n${lines.join('\n')}\n<!-- bench-reads:end -->`));
}

await main();
