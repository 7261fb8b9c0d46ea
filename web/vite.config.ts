import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { measureSignInJavaScript, SIGN_IN_BUDGET_BYTES } from './sign-in-budget.ts';
import { PRIMARY_HEX } from './src/app/theme/palette.ts';

// The API server (server/) listens on 8080 by default; `npm run dev -w web` proxies to it.
const API_TARGET = process.env.API_TARGET ?? 'http://127.0.0.1:8080';

/** index.html says %THEME_COLOR% so the browser chrome colour has one source: palette.ts. */
function themeColorInHtml(): Plugin {
  return {
    name: 'modern-emr:theme-color',
    transformIndexHtml: (html) => html.replaceAll('%THEME_COLOR%', PRIMARY_HEX),
  };
}

const ZOD_CSP = fileURLToPath(new URL('./src/zod-csp.ts', import.meta.url));

/**
 * Every import of 'zod' (the app's and the domain package's) gets src/zod-csp.ts, which sets
 * `jitless` and re-exports zod; only that file itself reaches the real package. Why: see the file.
 */
function zodConfiguredOnImport(): Plugin {
  return {
    name: 'modern-emr:zod-configured-on-import',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'zod' || !importer || importer === ZOD_CSP) return null;
      return ZOD_CSP;
    },
  };
}

/** Prints what the sign-in page downloads; e2e/tests/bundle-budget.e2e.test.ts holds it to the budget. */
function reportSignInJavaScript(): Plugin {
  let outDir = '';
  let logger: ResolvedConfig['logger'] | undefined;
  return {
    name: 'modern-emr:sign-in-javascript',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: () => {
      const { files, gzipBytes } = measureSignInJavaScript(outDir);
      const kB = (bytes: number) => (bytes / 1000).toFixed(2);
      logger?.info(
        `Sign-in page JavaScript: ${kB(gzipBytes)} kB gzip in ${files.length} files (budget ${kB(SIGN_IN_BUDGET_BYTES)} kB)`,
      );
    },
  };
}

const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('../node_modules/react-router/dist/production/', import.meta.url),
);

/**
 * react-router's package exports name only its development build (remix-run/react-router#12532,
 * #14102): its dev-only warnings and checks would ship to clinics. A production build takes the
 * package's own production build instead (the same code with ENABLE_DEV_WARNINGS off); both
 * entry points from one directory, so they share one chunk and one set of React contexts. Dev
 * server and unit tests keep the development build and its warnings.
 */
const reactRouterProductionBuild = [
  { find: /^react-router$/, replacement: `${REACT_ROUTER_PRODUCTION}index.mjs` },
  { find: /^react-router\/dom$/, replacement: `${REACT_ROUTER_PRODUCTION}dom-export.mjs` },
];

export default defineConfig(({ command }) => ({
  resolve: { alias: command === 'build' ? reactRouterProductionBuild : [] },
  plugins: [
    zodConfiguredOnImport(),
    react(),
    themeColorInHtml(),
    reportSignInJavaScript(),
    VitePWA({
      strategies: 'generateSW',
      // An external registerSW.js: the production CSP (script-src 'self') forbids the inline variant.
      injectRegister: 'script-defer',
      registerType: 'autoUpdate',
      // The glob below already precaches every icon.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Modern EMR',
        short_name: 'EMR',
        description: 'Electronic medical record for outpatient clinics.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: PRIMARY_HEX,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell; the plugin adds the manifest itself.
        globPatterns: ['**/*.{html,js,css,svg,png}'],
        // A new release takes over open tabs at once, and the first visit is controlled without a
        // reload so the shell works offline straight away. A tab opened before the release may then
        // ask for a page chunk that is gone: the router reloads it once (app/routing/lazy-page.ts).
        skipWaiting: true,
        clientsClaim: true,
        navigateFallback: '/index.html',
        // API paths (including the HTML of /api/docs) must never get the app shell instead.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Patient data must never sit in a cache on a shared clinic computer.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/api/'),
            handler: 'NetworkOnly',
          },
        ],
      },
    }),
  ],
  server: {
    proxy: { '/api': { target: API_TARGET, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: the chunk graph from which the sign-in page's JavaScript is measured.
    manifest: true,
  },
}));
