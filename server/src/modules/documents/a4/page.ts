/** A4 in points, as pdfinfo reports it (595 x 842 after rounding). */
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 42;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
/** Content stops here; the footer lives below it. */
export const CONTENT_BOTTOM = A4[1] - MARGIN - 12;

export const COLOR = {
  ink: '#1b1b1b',
  muted: '#5f6368',
  accent: '#0b5d4b',
  rule: '#c9ced3',
  band: '#eef3f1',
  warn: '#b3261e',
} as const;
