import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { connectDatabase, type Database } from './platform/db/connect.js';
import { migrateDatabase } from './platform/db/migrate.js';
import { StartupError } from './platform/startup.js';
import { systemClock } from './platform/time/clock.js';
import { ensureFirstAdmin } from './modules/identity/service.js';
import { createWorker } from './worker.js';

/** Opens (and migrates) the database the configuration names: PostgreSQL, or PGlite in the data dir. */
export async function openDatabase(config: Config, command: string): Promise<Database> {
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgliteThread: config.pgliteThread,
    command,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    onUnreachable: (message) => process.stderr.write(`ordo: ${message}\n`),
    // Without its database the process could only answer 503s, and it keeps the data dir
    // locked; ending it lets a supervisor (or the user) start Ordo again, which recovers the
    // data dir from its WAL.
    onEmbeddedLost: (err) => {
      process.stderr.write(`ordo: the embedded database stopped (${err.message}); exiting so that Ordo can be started again\n`);
      process.exit(1);
    },
    log: pino({ level: config.logLevel }),
  });
  try {
    await migrateDatabase(database);
    return database;
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** What the operator can do about a port that cannot be listened on. */
function listenError(err: unknown, config: Config): unknown {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new StartupError(`port ${config.port} is in use — set PORT or stop the other process`);
    case 'EACCES':
      return new StartupError(`port ${config.port} needs more privileges than Ordo has — set PORT to 1024 or above`);
    case 'EADDRNOTAVAIL':
      return new StartupError(`HOST ${config.host} is not an address of this machine — set HOST (0.0.0.0 listens on all)`);
    default:
      return err;
  }
}

/** `ordo serve`: database, first admin, HTTP. Returns once listening. */
export async function startServer(config: Config): Promise<{ app: FastifyInstance; database: Database; close(): Promise<void> }> {
  const database = await openDatabase(config, 'serve');
  const admin = await ensureFirstAdmin(database.db, systemClock.now(), { email: config.adminEmail, password: config.adminPassword });
  if (admin?.generatedPassword) {
    // Printed once, on the console of the first start: the only place this password exists.
    process.stdout.write(
      [
        '',
        '  ┌─ Ordo: first start ─────────────────────────────────────────',
        `  │ Administrator created. Sign in as ${admin.email}`,
        `  │ with the password: ${admin.generatedPassword}`,
        '  │ It is shown only this once; change it or create your own admin.',
        '  └─────────────────────────────────────────────────────────────',
        '',
      ].join('\n') + '\n',
    );
  } else if (admin) {
    process.stdout.write(`Ordo: administrator ${admin.email} created from ORDO_ADMIN_EMAIL / ORDO_ADMIN_PASSWORD\n`);
  }
  const app = await buildApp({ config, database });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app.close();
    await database.close();
    throw listenError(err, config);
  }
  const worker = config.serveRunsWorker ? createWorker({ db: database.db, clock: systemClock, config, log: app.log }) : undefined;
  await worker?.start();
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  process.stdout.write(`Ordo is listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${(app.server.address() as { port: number }).port} (${where}); API docs at /api/docs\n`);
  return {
    app,
    database,
    close: async () => {
      await worker?.stop();
      await app.close();
      await database.close();
    },
  };
}
