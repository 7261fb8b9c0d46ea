import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openWatchedPage } from '../browser';
import { DEMO_PASSWORD, signInAt } from './identity-helpers';
import { PAGES } from './pages';
import { scanPage } from './scan';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  test.each(PAGES)(
    '$name ($path): no serious or critical axe violations, no CSP violations',
    async (appPage) => {
      const { context, page, cspViolations } = await openWatchedPage(browser, appPage.viewport);
      try {
        if (appPage.signIn) {
          const credentials =
            typeof appPage.signIn === 'string'
              ? { username: appPage.signIn, password: DEMO_PASSWORD }
              : await appPage.signIn(baseUrl);
          await signInAt(page, baseUrl, appPage.path, credentials);
          await page.waitForURL((url) => url.pathname !== '/login');
          // A page the role may not open is reached directly (sign-in itself never sends anyone there).
          if (new URL(page.url()).pathname !== appPage.path) await page.goto(`${baseUrl}${appPage.path}`);
        } else {
          await page.goto(`${baseUrl}${appPage.path}`);
        }
        await page.getByRole('heading', { level: 1, name: appPage.heading }).waitFor();
        expect(await page.title()).toBe(appPage.title);
        await appPage.prepare?.(page);
        await scanPage(page, appPage.name, cspViolations);
      } finally {
        await context.close();
      }
    },
  );
});
