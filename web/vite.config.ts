import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

export default defineConfig({
  plugins: [
    react(),
    themeColorInHtml(),
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
        // A new release takes over open tabs at once (one bundle, so no old/new chunk mix), and the
        // first visit is controlled without a reload so the shell works offline straight away.
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
  },
});
