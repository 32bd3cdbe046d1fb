import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { DomainError } from '../http/errors.js';
import { IfMatchHeaders } from '../http/schemas.js';
import { requiredVersion, setVersionTag } from '../http/versioning.js';
import { readSettings, writeSetting } from './service.js';

export interface SettingDocument<S extends TSchema> {
  key: string;
  schema: S;
  defaults: unknown;
  /** Cross-field rules the schema cannot say; throws a DomainError naming the field. */
  check(value: unknown): void;
}

/** GET and PUT `/api/v1/settings/{key}` for one settings document, with If-Match on PUT. */
export function registerSettingRoutes<S extends TSchema>(app: FastifyInstance, ctx: AppContext, document: SettingDocument<S>): void {
  const { key, schema, defaults } = document;
  app.get(
    `/api/v1/settings/${key}`,
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['settings'], summary: `The ${key} settings (defaults until first saved)`, response: { 200: Type.Object({ value: schema, version: Type.Integer() }) } },
    },
    async (_request, reply) => {
      const stored = (await readSettings(ctx.db, [key])).get(key);
      const version = stored?.version ?? 0;
      setVersionTag(reply, version);
      return { value: stored?.value ?? defaults, version };
    },
  );
  app.put<{ Headers: { 'if-match'?: string }; Body: unknown }>(
    `/api/v1/settings/${key}`,
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['settings'],
        summary: `Replace the ${key} settings; send If-Match with the version you edited ("0" before the first save)`,
        headers: IfMatchHeaders,
        body: schema,
        response: { 200: Type.Object({ value: schema, version: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const expected = requiredVersion(request.headers['if-match']);
      document.check(request.body);
      const actor = request.actor;
      if (!actor) throw new DomainError('unauthenticated', 'Sign in first');
      const saved = await writeSetting(ctx.db, actor, ctx.clock.now(), key, request.body, expected);
      setVersionTag(reply, saved.version);
      return saved;
    },
  );
}
