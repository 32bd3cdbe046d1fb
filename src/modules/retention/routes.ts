import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../platform/context.js';
import { registerSettingRoutes } from '../../platform/settings/routes.js';
import { checkRetention, defaultRetention, RetentionSettings, retentionKey } from './service.js';

export const retentionRoutes: FastifyPluginAsyncTypebox<AppContext> = async (app, ctx) => {
  registerSettingRoutes(app, ctx, { key: retentionKey, schema: RetentionSettings, defaults: defaultRetention, check: checkRetention });
};
