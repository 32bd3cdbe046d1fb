import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { DomainError } from '../http/errors.js';
import { IfMatchHeaders, Nullable } from '../http/schemas.js';
import { requiredVersion, setVersionTag } from '../http/versioning.js';
import { readSettingRecord, writeSetting } from './service.js';

export interface SettingDocument<S extends TSchema> {
  key: string;
  schema: S;
  defaults: unknown;
  /** Cross-field rules the schema cannot say; throws a DomainError naming the field. */
  check(value: unknown): void;
  /** Who may change it, when that is narrower than settings:write (security settings). */
  writePermission?: NonNullable<FastifyContextConfig['permission']>;
}

/** GET and PUT `/api/v1/settings/{key}` for one settings document, with If-Match on PUT. */

/** What GET and PUT answer: the document, its version for If-Match, and who saved it last, when. */
function settingAnswer<S extends TSchema>(schema: S) {
  return Type.Object({ value: schema, version: Type.Integer(), updatedAt: Nullable(Type.String({ format: 'date-time' })), updatedBy: Nullable(Type.String({ description: 'User id' })) });
}

export function registerSettingRoutes<S extends TSchema>(app: FastifyInstance, ctx: AppContext, document: SettingDocument<S>): void {
  const { key, schema, defaults } = document;
  app.get(
    `/api/v1/settings/${key}`,
    {
      config: { permission: 'settings:read' },
      schema: { tags: ['settings'], summary: `The ${key} settings (defaults until first saved)`, response: { 200: settingAnswer(schema) } },
    },
    async (_request, reply) => {
      const stored = (await readSettingRecord(ctx.db, key)) ?? { value: defaults, version: 0, updatedAt: null, updatedBy: null };
      setVersionTag(reply, stored.version);
      return stored;
    },
  );
  app.put<{ Headers: { 'if-match'?: string }; Body: unknown }>(
    `/api/v1/settings/${key}`,
    {
      config: { permission: document.writePermission ?? 'settings:write' },
      schema: {
        tags: ['settings'],
        summary: `Replace the ${key} settings; send If-Match with the version you edited ("0" before the first save)`,
        headers: IfMatchHeaders,
        body: schema,
        response: { 200: settingAnswer(schema) },
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
