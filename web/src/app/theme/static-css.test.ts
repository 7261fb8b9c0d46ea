import { expect, test } from 'vitest';
import { buildStaticThemeCss } from './static-css';

test('the shipped theme CSS matches theme.ts (regenerate with -u)', async () => {
  await expect(buildStaticThemeCss()).toMatchFileSnapshot('./mantine-theme.gen.css');
});

test('the shipped theme CSS makes the clinic palette the primary colour', () => {
  const css = buildStaticThemeCss();
  expect(css).toContain('--mantine-primary-color-filled: var(--mantine-color-clinic-filled);');
  expect(css).toContain('--mantine-color-clinic-filled: var(--mantine-color-clinic-7);');
  expect(css).toContain('--mantine-color-anchor: var(--mantine-color-clinic-7);');
});
