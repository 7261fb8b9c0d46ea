import { config } from 'zod';

/**
 * Zod compiles object parsers with `new Function` unless told not to, and merely probing for it
 * is an `unsafe-eval` violation under the production CSP (script-src 'self'). The probe runs when
 * an object schema is built, and the domain package builds them at import time.
 *
 * Importing this file first is not enough once the app is split into chunks: the bundler runs a
 * shared chunk holding zod and the domain's schemas before the entry's own first import. So in
 * the web build every `import … from 'zod'` resolves to this module instead (vite.config.ts,
 * zodConfiguredOnImport): each schema-building module then depends on this configuration, and a
 * dependency always runs before the module that imports it, whatever chunk either lands in.
 * The web app parses little, so the interpreted path costs nothing noticeable.
 */
config({ jitless: true });

export * from 'zod';
export { default } from 'zod';
