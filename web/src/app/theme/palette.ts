/**
 * Colour palettes, kept free of Mantine imports so vite.config.ts can read the brand colour for the
 * web app manifest. Shades run light (0) to dark (9), as Mantine expects.
 */

type Palette = readonly [string, string, string, string, string, string, string, string, string, string];

/** Clinical teal-blue. Shade 7 is the primary: white on it, and it on white, is 5.7:1 (WCAG AA). */
export const CLINIC: Palette = [
  '#e7f5f8',
  '#cfe9ef',
  '#a3d3df',
  '#72bbcc',
  '#4aa6bc',
  '#2f97b0',
  '#1f86a0',
  '#136f87',
  '#0d5d72',
  '#07495b',
];

/** Warnings (offline, pending). Mantine's yellow and orange are too light for text; shade 9 here is not. */
export const AMBER: Palette = [
  '#fff8e1',
  '#ffecb3',
  '#ffe082',
  '#ffd54f',
  '#ffca28',
  '#f5b400',
  '#d69a00',
  '#a87800',
  '#7f5a00',
  '#5c4100',
];

export const PRIMARY_SHADE = 7;
export const PRIMARY_HEX = CLINIC[PRIMARY_SHADE];
