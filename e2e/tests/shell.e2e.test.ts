import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openWatchedPage } from '../browser';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  test('is served with strict security headers', async () => {
    const { context, page } = await openWatchedPage(browser);
    try {
      const response = await page.goto(`${baseUrl}/`);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']?.toUpperCase()).toBe('DENY');
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['x-powered-by']).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  test('keeps index.html, sw.js and the manifest fresh, and ships installable icons', async () => {
    for (const file of ['/', '/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
      const response = await fetch(`${baseUrl}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toMatch(/no-cache|no-store/);
    }
    const manifest = (await (await fetch(`${baseUrl}/manifest.webmanifest`)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Modern EMR',
      short_name: 'EMR',
      start_url: '/',
      display: 'standalone',
    });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const response = await fetch(`${baseUrl}${icon.src}`);
      expect(response.headers.get('content-type'), icon.src).toBe('image/png');
      // PNG width and height sit at bytes 16–23 of the IHDR chunk.
      const png = new DataView(await response.arrayBuffer());
      expect(`${png.getUint32(16)}x${png.getUint32(20)}`, icon.src).toBe(icon.sizes);
    }
  });

  test('works offline after the first visit: the service worker serves the shell and the banner shows', async () => {
    const { context, page, cspViolations } = await openWatchedPage(browser);
    try {
      await page.goto(`${baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await context.setOffline(true);
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      const banner = page.getByRole('banner');
      await banner.getByText('Modern EMR', { exact: true }).waitFor();
      const offlineAlert = page.getByRole('alert').filter({ hasText: 'You are offline' });
      await offlineAlert.waitFor();
      expect(await offlineAlert.textContent()).toContain(
        'Changes cannot be saved until the connection returns.',
      );
      expect(await banner.textContent()).toContain('Offline');
      await page.screenshot({ path: path.join(ARTIFACTS, 'offline-reload.png') });

      // A deep link that was never visited still opens: the shell is the fallback for every route.
      const deepLink = await page.goto(`${baseUrl}/login`);
      expect(deepLink?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

      await context.setOffline(false);
      await offlineAlert.waitFor({ state: 'detached' });
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('never serves API responses from the service worker cache', async () => {
    const { context, page } = await openWatchedPage(browser);
    try {
      await page.goto(`${baseUrl}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const online = await page.evaluate(async () => (await fetch('/api/health')).status);
      expect(online).toBe(200);

      await context.setOffline(true);
      const offline = await page.evaluate(async () => {
        try {
          return (await fetch('/api/health')).status;
        } catch {
          return 'network-error';
        }
      });
      expect(offline).toBe('network-error');
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls = await Promise.all(
          names.map(async (name) =>
            (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
          ),
        );
        return urls.flat().filter((pathname) => pathname.startsWith('/api/'));
      });
      expect(cached).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
