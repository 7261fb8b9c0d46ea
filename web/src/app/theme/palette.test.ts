import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast';
import { AMBER, CLINIC, PRIMARY_SHADE } from './palette';

const WHITE = '#ffffff';
const AA = 4.5;

function shade(palette: readonly string[], index: number): string {
  const colour = palette[index];
  if (!colour) throw new Error(`no shade ${index}`);
  return colour;
}

describe('colour contrast (WCAG AA, 4.5:1 for text)', () => {
  test('white text on primary buttons, and primary links on white', () => {
    expect(contrastRatio(WHITE, shade(CLINIC, PRIMARY_SHADE))).toBeGreaterThanOrEqual(AA);
    // Hover darkens by one shade, so it can only get better; check it anyway.
    expect(contrastRatio(WHITE, shade(CLINIC, PRIMARY_SHADE + 1))).toBeGreaterThanOrEqual(AA);
  });

  test('light variant (alerts, badges): shade 9 text on shade 1 background', () => {
    expect(contrastRatio(shade(CLINIC, 9), shade(CLINIC, 1))).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(shade(AMBER, 9), shade(AMBER, 1))).toBeGreaterThanOrEqual(AA);
    expect(
      contrastRatio(shade(DEFAULT_THEME.colors.red, 9), shade(DEFAULT_THEME.colors.red, 1)),
    ).toBeGreaterThanOrEqual(AA);
  });

  test('dimmed and error text overrides on white', () => {
    expect(contrastRatio(shade(DEFAULT_THEME.colors.gray, 7), WHITE)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(shade(DEFAULT_THEME.colors.red, 9), WHITE)).toBeGreaterThanOrEqual(AA);
  });
});
