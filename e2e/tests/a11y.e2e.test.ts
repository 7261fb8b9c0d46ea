import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openWatchedPage } from '../browser';
import { PAGES } from './pages';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(v: Violation): string {
  return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;
}

describe('every page', () => {
  test.each(PAGES)(
    '$name ($path): no serious or critical axe violations, no CSP violations',
    async (appPage) => {
      const { context, page, cspViolations } = await openWatchedPage(browser, appPage.viewport);
      try {
        await page.goto(`${baseUrl}${appPage.path}`);
        await page.getByRole('heading', { level: 1, name: appPage.heading }).waitFor();
        expect(await page.title()).toBe(appPage.title);
        await appPage.prepare?.(page);
        await page.screenshot({ path: path.join(ARTIFACTS, `${appPage.name}.png`), fullPage: true });

        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
        const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
        if (minor.length > 0) {
          console.warn(
            `${appPage.name}: non-blocking axe findings\n${minor.map(describeViolation).join('\n')}`,
          );
        }
        expect(blocking.map(describeViolation)).toEqual([]);
        expect(cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
