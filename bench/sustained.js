// `npm run bench -- sustained`: orders at 16 connections for 60 s with the worker on, while a
// reader loads the first order-list page and one order's detail every 200 ms, as a person at
// the console would. Then the job and outbox backlog left when the load stops, and how long
// the worker takes to drain it.
import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const sustainedSeconds = Number(process.env.BENCH_SUSTAINED_SECONDS ?? 60);
const sustainedConnections = 16;
const readEveryMs = 200;
const drainGiveUpMs = 300_000;

/** Forks the backlog-answering server on `env`; resolves once it listens. */
function forkServer(root, env, admin) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench', 'backlog-server.js'), {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const waiting = [];
    child.on('message', (message) => {
      if (message.port) resolve({ child, baseUrl: `http://127.0.0.1:${message.port}`, backlog: () => new Promise((answer) => (waiting.push(answer), child.send('backlog'))) });
      if (message.backlog) waiting.shift()(message.backlog);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

/** Loads `url` every `readEveryMs` until `stop()` says so; answers the latencies in ms. */
async function readRepeatedly(baseUrl, headers, url, stopped) {
  const latencies = [];
  let failures = 0;
  while (!stopped()) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${url()}`, { headers });
    await res.arrayBuffer();
    const took = performance.now() - started;
    if (res.status === 200) latencies.push(took);
    else failures += 1;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, readEveryMs - took)));
  }
  latencies.sort((a, b) => a - b);
  return { reads: latencies.length, failures, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: percentile(latencies, 100) };
}

/**
 * Runs the sustained bench against a forked Ordo on `env`; `setUp`, `orderBody` and `run`
 * are run.js's fixture, order and autocannon helpers.
 */
export async function sustained({ root, env, admin, setUp, run }) {
  const server = await forkServer(root, env, admin);
  try {
    const fixture = await setUp(server.baseUrl);
    await run(server.baseUrl, fixture, sustainedConnections, 3); // warm-up
    const firstPage = await (await fetch(`${server.baseUrl}/api/v1/orders?limit=50`, { headers: fixture.headers })).json();
    const orderId = firstPage.items[0].id;
    let loadRunning = true;
    const stopped = () => !loadRunning;
    const readers = Promise.all([
      readRepeatedly(server.baseUrl, fixture.headers, () => '/api/v1/orders?limit=50', stopped),
      readRepeatedly(server.baseUrl, fixture.headers, () => `/api/v1/orders/${orderId}`, stopped),
    ]);
    const load = await run(server.baseUrl, fixture, sustainedConnections, sustainedSeconds);
    loadRunning = false;
    const [list, detail] = await readers;
    const loadEnded = performance.now();
    const backlogAtEnd = await server.backlog();
    let drainMs = null;
    for (let left = backlogAtEnd; ; left = await server.backlog()) {
      if (left.jobs === 0 && left.outbox === 0) {
        drainMs = Math.round(performance.now() - loadEnded);
        break;
      }
      if (performance.now() - loadEnded > drainGiveUpMs) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const failed = load.non2xx + load.errors + load.timeouts;
    return {
      connections: sustainedConnections,
      durationSeconds: sustainedSeconds,
      ordersPerSecond: Math.round((load['2xx'] / load.duration) * 10) / 10,
      orderP50Ms: load.latency.p50,
      orderP99Ms: load.latency.p99,
      orders: load['2xx'],
      failed,
      backlogAtEnd,
      drainSeconds: drainMs === null ? null : Math.round(drainMs / 100) / 10,
      orderList: list,
      orderDetail: detail,
    };
  } finally {
    server.child.removeAllListeners('exit');
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
}
