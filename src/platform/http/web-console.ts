import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendRouteNotFound } from './errors.js';

/** Vite names built assets by content hash, so a file there never changes. */
const hashedAssets = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/;

/**
 * Serves the built web console from `webRoot`: hashed assets cached for good, index.html
 * revalidated on every load, and index.html for any other page address the browser asks
 * for (the console routes on the client, so /orders/… deep links must load it). API and
 * health addresses, and requests that do not want HTML, keep the problem+json 404.
 */
export async function serveWebConsole(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', hashedAssets.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0]!;
    const wantsPage = /\btext\/html\b/.test(request.headers.accept ?? '') && !/^\/(api|health)(\/|$)/.test(path);
    if (!wantsPage) return sendRouteNotFound(request, reply);
    return reply.sendFile('index.html');
  });
}
