import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { COLOR, CONTENT_WIDTH, MARGIN } from './page';

export type Field = [label: string, value: string];

/**
 * Label-over-value pairs in a grid (patient, MRN, visit, dates…), filled row by row. Returns the
 * y below the grid.
 */
export function drawFields(doc: Doc, fields: readonly Field[], y: number, columns = 3): number {
  const gap = 14;
  const width = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  let rowTop = y;
  for (let start = 0; start < fields.length; start += columns) {
    let rowBottom = rowTop;
    fields.slice(start, start + columns).forEach(([label, value], i) => {
      const x = MARGIN + i * (width + gap);
      doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
      doc.text(label.toUpperCase(), x, rowTop, { width, characterSpacing: 0.4 });
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOR.ink);
      doc.text(value || '—', x, doc.y + 1.5, { width });
      rowBottom = Math.max(rowBottom, doc.y);
    });
    rowTop = rowBottom + 9;
  }
  return rowTop;
}
