import net from 'node:net';
import { afterEach, expect, onTestFinished, test } from 'vitest';
import { freshDatabase, testDatabaseUrl, withDatabaseName } from '../support/database.js';
import { ordoCommand } from '../support/process.js';

// `ordo serve` started wrongly, as an operator would: each mistake ends in one line that
// says what to do, and exit code 1 — never a stack trace.
const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function listen(server: net.Server): Promise<number> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as net.AddressInfo).port)));
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('an unreachable database is retried for ORDO_DB_CONNECT_TIMEOUT_SECONDS, then Ordo gives up in one line', { timeout: 120_000 }, async () => {
  const port = await freePort();
  const started = Date.now();
  const result = await ordoCommand(['serve'], { DATABASE_URL: `postgres://ordo@127.0.0.1:${port}/ordo`, ORDO_DB_CONNECT_TIMEOUT_SECONDS: '2', PORT: '0' });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(
    `ordo: cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED); retrying for 2 s (ORDO_DB_CONNECT_TIMEOUT_SECONDS)\n` +
      `ordo: cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED); gave up after 2 s\n`,
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
});

test.skipIf(!testDatabaseUrl)('a database that comes up while Ordo retries is used: the migrate command succeeds', { timeout: 120_000 }, async () => {
  const database = await freshDatabase();
  onTestFinished(() => database.close());
  const upstream = new URL(database.url!);
  // PostgreSQL "starting up": a proxy to the real one that drops its first two connections.
  let refused = 0;
  const port = await listen(
    net.createServer((socket) => {
      if (refused < 2) {
        refused += 1;
        socket.destroy();
        return;
      }
      const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
      socket.pipe(server).pipe(socket);
      socket.on('error', () => server.destroy());
      server.on('error', () => socket.destroy());
    }),
  );
  const url = new URL(database.url!);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  const result = await ordoCommand(['migrate'], { DATABASE_URL: url.toString(), ORDO_DB_CONNECT_TIMEOUT_SECONDS: '60' });
  // A socket closed before the start-up reply reads as either, depending on which side of the handshake it lands.
  expect(result.stderr).toMatch(
    new RegExp(`^ordo: cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\((Connection terminated unexpectedly|ECONNRESET)\\); retrying for 60 s \\(ORDO_DB_CONNECT_TIMEOUT_SECONDS\\)\\n$`),
  );
  expect(result.stdout).toBe('Migrations applied (postgres).\n');
  expect(result.code).toBe(0);
  expect(refused).toBe(2);
});

test.skipIf(!testDatabaseUrl)('a database that does not exist is named, with the command that creates it', { timeout: 120_000 }, async () => {
  const result = await ordoCommand(['serve'], { DATABASE_URL: withDatabaseName(testDatabaseUrl!, 'ordo_no_such_db'), PORT: '0' });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('ordo: database "ordo_no_such_db" does not exist — create it with createdb ordo_no_such_db\n');
});

test('a port in use is named, with what to do about it', { timeout: 120_000 }, async () => {
  const port = await listen(net.createServer());
  const result = await ordoCommand(['serve'], { DATABASE_URL: '', ORDO_DATA_DIR: 'memory://', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`ordo: port ${port} is in use — set PORT or stop the other process\n`);
});
