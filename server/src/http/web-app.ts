import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isApiRoute } from './access';
import { sendError } from './error-handler';

/** Files that must be revalidated on every load so a new release reaches users at once. */
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/**
 * Serves the built web app at `/`, with client-side routes falling back to index.html, and
 * answers unknown API paths with a JSON 404. Without a build (API-only deployments, tests)
 * every unknown path gets the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const hasBuild = existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: 'index.html',
      // The dist tree is ours; never list or follow anything outside it.
      allowedPath: (pathName) => !pathName.includes('\0'),
      setHeaders: (res, filePath) => {
        const name = path.basename(filePath);
        if (ALWAYS_REVALIDATE.has(name)) res.header('cache-control', 'no-cache');
        else if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        } else res.header('cache-control', 'public, max-age=3600');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const url = request.raw.url ?? '/';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !isApiRoute(url.split('?')[0] ?? '/');
    if (hasBuild && wantsPage) {
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    }
    return sendError(reply, 404, 'NOT_FOUND', 'No such resource');
  });
}
