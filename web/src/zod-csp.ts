import { config } from 'zod';

/**
 * Zod compiles object parsers with `new Function` unless told not to, and merely probing for it
 * is an `unsafe-eval` violation under the production CSP (script-src 'self'). The web app parses
 * little, so the interpreted path costs nothing noticeable. Imported first by main.tsx, before
 * any schema (the domain package builds them at import time) exists.
 */
config({ jitless: true });
