import fs from 'node:fs';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Config } from './config.js';
import type { Database } from './platform/db/connect.js';
import { schemaVersion } from './platform/db/migrate.js';
import { maxParamLength, registerErrorHandling, registerErrors, routerErrors } from './platform/http/errors.js';
import { FileStore } from './platform/files/store.js';
import { refuseCrossSiteRequests } from './platform/http/csrf.js';
import { refuseNonText } from './platform/http/safe-text.js';
import { serveWebConsole } from './platform/http/web-console.js';
import { useStrictValidation } from './platform/http/validation.js';
import { authPlugin, sessionCookie } from './platform/http/auth.js';
import type { AppContext } from './platform/context.js';
import { type Clock, systemClock } from './platform/time/clock.js';
import { type HostResolver, systemResolver } from './platform/net/resolve.js';
import { identityAuthentication } from './modules/identity/authentication.js';
import { auditRoutes } from './platform/audit/routes.js';
import { jobRoutes } from './platform/jobs/routes.js';
import { LiveHub } from './platform/live/hub.js';
import { errorCatalogue, modules } from './modules.js';

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** DNS as the webhook checks see it; the system resolver unless a test brings its own. */
  resolveHost?: HostResolver;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
}

const packageVersion = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Builds the whole HTTP application on an open, migrated database. */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const live = new LiveHub();
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    clock: options.clock ?? systemClock,
    files: new FileStore(config.filesDir),
    live,
    resolveHost: options.resolveHost ?? systemResolver,
  };

  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    // Only the nearest proxy's word counts (proxy-addr's hop count 1): the client's own
    // X-Forwarded-For entries, which it can make up, are never taken as its address.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop < 1 : false,
    routerOptions: { maxParamLength },
    frameworkErrors: routerErrors,
    // One line per request only when debugging: under load they cost more than the request.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  await ctx.files.sweepTemp(ctx.clock.now());
  await live.start(database, (err) => app.log.warn({ err }, 'live updates: database listener lost; reconnecting'));
  useStrictValidation(app);
  registerErrors(errorCatalogue);
  registerErrorHandling(app);
  refuseNonText(app);
  await app.register(helmet, {
    // The API docs page loads its own scripts and styles from this server.
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] } },
  });
  await app.register(cookie);
  refuseCrossSiteRequests(app, {
    sessionCookie,
    publicUrl: config.publicUrl,
    secureCookies: config.secureCookies,
    usesSession: (request) => Boolean(request.routeOptions.config?.permission),
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ordo API',
        version: packageVersion,
        description:
          'Customer order management (客户订单管理系统). Authenticate with the session cookie from POST /api/v1/auth/login, ' +
          'or with "Authorization: Bearer <token>" from POST /api/v1/auth/tokens. With the cookie, a POST, PUT, PATCH or DELETE must come from ' +
          "Ordo's own origin and send X-Ordo-CSRF with the value of the ordo_csrf cookie (403 cross_origin_refused or csrf_token_missing); " +
          'bearer tokens need neither. Each operation names what it needs in `x-permission`: a permission a role grants ' +
          '(e.g. `orders:create`; 403 forbidden without it), `signed_in` (any signed-in user) or `public` (no sign-in); ' +
          '`x-sign-in-steps` lists the sign-in stages (`mfa_code`, `mfa_enrolment`) a session not yet through two-step verification may call it in. ' +
          'Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ordo_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin, identityAuthentication(ctx.db, ctx.clock));

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  // The embedded database is this process's alone, so its schema changes only when this
  // process migrates it, before it serves: read once. Asking on every call would queue
  // /health behind whatever the worker does on the one thread (seconds of catching up
  // after a crash), and a liveness probe would give up on a server that is fine.
  const embeddedSchema = database.kind === 'pglite' ? await schemaVersion(database) : undefined;
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and the database in use',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            version: Type.String(),
            database: Type.Object({ kind: Type.String(), schemaVersion: Type.Object({ applied: Type.Integer(), latest: Type.String() }) }),
          }),
        },
      },
    },
    async () => ({ status: 'ok' as const, version: packageVersion, database: { kind: database.kind, schemaVersion: embeddedSchema ?? (await schemaVersion(database)) } }),
  );

  await app.register(auditRoutes, ctx);
  await app.register(jobRoutes, ctx);
  for (const module of modules) {
    for (const routes of module.routes ?? []) await app.register(routes, ctx);
  }
  app.addHook('onClose', () => live.stop());

  if (fs.existsSync(config.webRoot)) await serveWebConsole(app, config.webRoot);
  return app;
}
