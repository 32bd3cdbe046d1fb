import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Worker } from '../../src/platform/jobs/worker.js';
import { createWorker } from '../../src/worker.js';
import type { Database } from '../../src/platform/db/connect.js';
import type { HostResolver } from '../../src/platform/net/resolve.js';
import { ManualClock } from '../../src/platform/time/clock.js';
import { createApiToken, createUser, signInSettingKey, type AuthenticatedActor } from '../../src/modules/identity/service.js';
import { writeSetting } from '../../src/platform/settings/service.js';
import { permissionsOf, type Role } from '../../src/modules/identity/permissions.js';
import { csrfHeader, csrfTokenFor } from '../../src/platform/http/csrf.js';
import { freshDatabase } from './database.js';
import { testPassword } from './hashed-passwords.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  config: Config;
  /** The background worker, not running: `drain()` does its due work now. */
  worker: Worker;
  drain(): Promise<void>;
  /** Bearer headers of a user with the role (created on first use). */
  as(role: Role, who?: string): Promise<Record<string, string>>;
  /**
   * `inject` that parses the JSON body; with a session cookie it sends the session's CSRF
   * header as the console does (CSRF tests use `app.inject` to leave it out).
   */
  call(options: InjectOptions): Promise<LightMyRequestResponse & { body: string; data: any }>;
  close(): Promise<void>;
}

/** 2024-05-10 09:00 in Shanghai: the seed's own example day. */
export const exampleMorning = '2024-05-10T01:00:00.000Z';

const quietLog = { info() {}, warn() {}, error() {} };

/**
 * `mfaRequiredRoles`: the roles that must use MFA (the sign-in setting). Tests sign staff in
 * by password to test other things, so the harness saves the setting with none unless a test
 * asks; `'default'` leaves it unsaved, as on a new installation (admin, manager, finance).
 */
export async function createTestApp(
  options: { now?: string; env?: Record<string, string>; resolveHost?: HostResolver; mfaRequiredRoles?: Role[] | 'default' } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = new ManualClock(options.now ?? exampleMorning);
  // Uploaded files go to a folder of this app's own, removed on close: never the repo's ./data.
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'ordo-test-files-'));
  const config = loadConfig({ ORDO_TIMEZONE: 'Asia/Shanghai', ORDO_DATA_DIR: 'memory://', ORDO_FILES_DIR: filesDir, LOG_LEVEL: 'silent', ...options.env });
  const app = await buildApp({ config, database, clock, resolveHost: options.resolveHost, logger: false });
  if (options.mfaRequiredRoles !== 'default') {
    await writeSetting(database.db, { userId: null, label: 'test' }, clock.now(), signInSettingKey, { mfaRequiredRoles: options.mfaRequiredRoles ?? [] }, 0);
  }
  const worker = createWorker({ db: database.db, clock, config, log: quietLog, resolveHost: options.resolveHost });
  await worker.syncSchedules();
  await app.ready();
  const tokens = new Map<string, Record<string, string>>();
  return {
    app,
    database,
    clock,
    config,
    worker,
    drain: () => worker.drain(),
    async as(role, who = role) {
      const key = `${role}:${who}`;
      let headers = tokens.get(key);
      if (!headers) {
        const user = await createUser(database.db, { userId: null, label: 'test' }, clock.now(), {
          email: `${who}.${role}@example.test`,
          password: testPassword,
          roles: [role],
          name: who,
        });
        const actor: AuthenticatedActor = {
          userId: user.id,
          label: user.name,
          email: user.email,
          name: user.name,
          roles: user.roles,
          permissions: permissionsOf(user.roles),
          via: 'token',
          credentialId: user.id,
          credentialExpiresAt: null,
          stage: 'complete',
        };
        const { token } = await createApiToken(database.db, actor, clock.now(), { name: 'test' });
        headers = { authorization: `Bearer ${token}` };
        tokens.set(key, headers);
      }
      return headers;
    },
    async call(opts) {
      const session = (opts.cookies as Record<string, string> | undefined)?.ordo_session;
      const headers = session ? { [csrfHeader]: csrfTokenFor(session), ...opts.headers } : opts.headers;
      const response = await app.inject({ ...opts, headers });
      let data: unknown;
      try {
        data = response.body ? JSON.parse(response.body) : undefined;
      } catch {
        data = undefined;
      }
      return Object.assign(response, { data });
    },
    async close() {
      await worker.stop();
      await app.close();
      await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
