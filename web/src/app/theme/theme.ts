import { type CSSVariablesResolver, createTheme } from '@mantine/core';
import { AMBER, CLINIC, PRIMARY_SHADE } from './palette';

export const theme = createTheme({
  primaryColor: 'clinic',
  primaryShade: { light: PRIMARY_SHADE, dark: PRIMARY_SHADE },
  colors: { clinic: CLINIC, amber: AMBER },
  defaultRadius: 'md',
  // Keyboard users always see where focus is; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  fontFamily:
    'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", system-ui, -apple-system, sans-serif',
  headings: {
    fontWeight: '650',
    fontFamily:
      'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", system-ui, -apple-system, sans-serif',
  },
});

/**
 * Mantine's defaults for dimmed text (gray-6, 3.3:1) and error text (red-6, 3.3:1) fail WCAG AA on
 * white; these shades pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Text of light-variant badges and alert titles: Mantine's green-9 on its own tint is 4.0:1
    // (fails AA for small text); these are 6.1:1 and 6.6:1.
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-red-light-color': '#a61e1e',
  },
  dark: {},
});
