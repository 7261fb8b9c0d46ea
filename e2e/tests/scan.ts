import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CspViolation } from '../browser';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(v: Violation): string {
  return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Screenshot into e2e/artifacts/<name>.png, then an axe scan (no serious or critical findings)
 * and no CSP violation so far on this page.
 */
export async function scanPage(page: Page, name: string, cspViolations: CspViolation[]): Promise<void> {
  await screenshot(page, name);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length > 0) {
    console.warn(`${name}: non-blocking axe findings\n${minor.map(describeViolation).join('\n')}`);
  }
  expect(blocking.map(describeViolation)).toEqual([]);
  expect(cspViolations).toEqual([]);
}
