// `npm run bench`: starts Ordo (embedded PGlite by default, PostgreSQL when DATABASE_URL is
// set), then creates 3-line orders through the HTTP API with autocannon at 1, 16 and 64
// connections. Writes orders/s, p50 and p99 to bench/results/<database>.json and the README.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { api, signIn, startServer, stopServer } from './http.js';
import { scratchPostgres } from './scratch.js';

const root = path.resolve(import.meta.dirname, '..');
const duration = Number(process.env.BENCH_DURATION ?? 15);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const productCount = 300;
const customerCount = 60;

async function setUp(baseUrl) {
  // A cookie session's write needs its CSRF token (the ordo_csrf cookie) in X-Ordo-CSRF.
  const { token } = await api(baseUrl, await signIn(baseUrl), 'POST', '/api/v1/auth/tokens', { name: 'bench' });
  const headers = { authorization: `Bearer ${token}` };
  const tiers = ['vip', 'normal', 'new'];
  const customers = [];
  for (let i = 0; i < customerCount; i++) {
    const c = await api(baseUrl, headers, 'POST', '/api/v1/customers', {
      name: `压测客户 ${i}`,
      type: 'company',
      tier: tiers[i % 3],
      contacts: [{ name: '联系人', phone: '13800000000' }],
      addresses: [{ line1: '测试路 1 号', city: '上海' }],
    });
    customers.push(c.id);
  }
  const products = [];
  for (let i = 0; i < productCount; i++) {
    const p = await api(baseUrl, headers, 'POST', '/api/v1/products', { sku: `BENCH-${i}`, name: `压测商品 ${i}`, unit: '件', priceMinor: 100_00 + i, kind: 'stock' });
    await api(baseUrl, headers, 'POST', '/api/v1/stock/movements', { productId: p.id, kind: 'receipt', quantity: 1_000_000 });
    products.push(p.id);
  }
  return { headers, customers, products };
}

function orderBody(fixture, counter) {
  const pick = (n) => fixture.products[(counter * 7 + n * 101) % fixture.products.length];
  return JSON.stringify({
    customerId: fixture.customers[counter % fixture.customers.length],
    channel: 'api',
    requestedDeliveryDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    lines: [0, 1, 2].map((n) => ({ productId: pick(n), quantity: 1 + (n % 2) })),
    paymentStatus: 'paid',
  });
}

function run(baseUrl, fixture, connections, seconds) {
  let counter = Math.floor(Math.random() * 1e6);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${baseUrl}/api/v1/orders`,
        connections,
        duration: seconds,
        // A slow answer is measured, not dropped: only a request stuck this long counts as failed.
        timeout: 60,
        requests: [
          {
            method: 'POST',
            headers: { ...fixture.headers, 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: orderBody(fixture, counter++) }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const kind = databaseUrl ? 'postgres' : 'pglite';
  let env;
  let cleanup = async () => {};
  if (databaseUrl) {
    const scratch = await scratchPostgres(databaseUrl);
    env = { DATABASE_URL: scratch.url };
    cleanup = scratch.drop;
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordo-bench-'));
    env = { DATABASE_URL: '', ORDO_DATA_DIR: dataDir };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const server = await startServer(env);
  try {
    console.log(`Ordo on ${kind}; setting up ${customerCount} customers and ${productCount} stocked products …`);
    const fixture = await setUp(server.baseUrl);
    await run(server.baseUrl, fixture, 16, 3); // warm-up
    const rows = [];
    for (const connections of connectionCounts) {
      const result = await run(server.baseUrl, fixture, connections, duration);
      const created = result['2xx'];
      const failed = result.non2xx + result.errors + result.timeouts;
      const row = {
        connections,
        ordersPerSecond: Math.round((created / result.duration) * 10) / 10,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        maxMs: result.latency.max,
        orders: created,
        failed,
      };
      rows.push(row);
      console.log(`${String(connections).padStart(3)} connections: ${row.ordersPerSecond} orders/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, max ${row.maxMs} ms (${created} orders, ${failed} failed)`);
      if (failed > 0) {
        throw new Error(`${failed} requests failed at ${connections} connections: ${JSON.stringify({ statusCodes: result.statusCodeStats, errors: result.errors, timeouts: result.timeouts })}`);
      }
    }
    const report = {
      database: kind,
      measuredAt: new Date().toISOString(),
      durationSeconds: duration,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      orderShape: '3 lines of stocked products, reserved on entry, bearer-token auth, full audit event',
      results: rows,
    };
    fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench', 'results', `${kind}.json`), JSON.stringify(report, null, 2) + '\n');
    updateReadme();
  } finally {
    await stopServer(server);
    await cleanup();
  }
}

/** Rewrites the README's benchmark table from every results file. */
function updateReadme() {
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const lines = ['| database | connections | orders/s | p50 | p99 | measured |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const kind of ['pglite', 'postgres']) {
    const file = path.join(root, 'bench', 'results', `${kind}.json`);
    if (!fs.existsSync(file)) continue;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    const label = kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL 15';
    for (const r of report.results) {
      lines.push(`| ${label} | ${r.connections} | ${r.ordersPerSecond} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${report.measuredAt.slice(0, 10)} |`);
    }
  }
  const table = lines.join('\n');
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  fs.writeFileSync(readmePath, updated);
}

if (process.argv[2] === 'reads') await import('./reads.js');
else await main();
