import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { measureSignInJavaScript, SIGN_IN_BUDGET_BYTES } from '../../web/sign-in-budget';
import { launchBrowser } from '../browser';

// `npm run e2e` builds first; the server under test serves this same directory.
const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A context without the service worker, so every request is the page's own and can be seen or cut. */
async function openPlainPage() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

describe('route-level code splitting', () => {
  test('WEB-BUNDLE-1: the sign-in page needs at most 150 kB of gzipped JavaScript', () => {
    const { gzipBytes, files } = measureSignInJavaScript(WEB_DIST);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes, `sign-in JavaScript: ${files.join(', ')}`).toBeLessThanOrEqual(SIGN_IN_BUDGET_BYTES);
  });

  test("WEB-BUNDLE-1: opening the sign-in page fetches no station's code", async () => {
    const { context, page } = await openPlainPage();
    try {
      const fetched: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.endsWith('.js')) fetched.push(pathname.slice(1));
      });
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.waitForLoadState('load');

      const counted = new Set(measureSignInJavaScript(WEB_DIST).files);
      // registerSW.js only registers the service worker (0.1 kB); everything else must be budgeted.
      const uncounted = fetched.filter((file) => !counted.has(file) && file !== 'registerSW.js');
      expect(uncounted).toEqual([]);
      expect(fetched.some((file) => /CashierHomePage|UsersPage|ConsultationPage/.test(file))).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('WEB-BUNDLE-1: a page whose code is gone (a tab older than the release) reloads once, then says so', async () => {
    const { context, page } = await openPlainPage();
    try {
      // As after a release: this tab's cashier chunk no longer exists anywhere.
      await page.route(/\/assets\/CashierHomePage-[^/]+\.js$/, (route) =>
        route.fulfill({ status: 404, body: 'gone' }),
      );
      let documentLoads = 0;
      page.on('request', (request) => {
        if (request.resourceType() === 'document') documentLoads += 1;
      });

      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      // A client-side navigation, as a click in the open tab would make.
      await page.evaluate(() => {
        window.history.pushState(null, '', '/cashier');
        window.dispatchEvent(new PopStateEvent('popstate'));
      });

      await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/cashier');
      // The first load, and exactly one reload: no loop.
      expect(documentLoads).toBe(2);
      await page.waitForTimeout(1_000);
      expect(documentLoads).toBe(2);
    } finally {
      await context.close();
    }
  });
});
