import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN } from './page';

export interface Column {
  header: string;
  /** Share of the content width; the shares are normalised, so any scale works. */
  weight: number;
  /** Amounts are right-aligned so their decimal points line up. */
  align?: 'left' | 'right';
}

export interface TableOptions {
  /** Starts a new page and returns the y to continue at; the table redraws its header there. */
  continueOnNewPage: () => number;
  fontSize?: number;
  /** Rows drawn in bold (e.g. a closing balance). */
  boldRows?: ReadonlySet<number>;
}

const PAD_X = 5;
const PAD_Y = 4;

/**
 * A ruled table that breaks across pages, repeating its header on each new page. Cells wrap; a row
 * is never split across pages. Returns the y below the last row.
 */
export function drawTable(
  doc: Doc,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  y: number,
  options: TableOptions,
): number {
  const fontSize = options.fontSize ?? 8.5;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * CONTENT_WIDTH);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));

  const cellHeight = (text: string, i: number, font: string) => {
    doc.font(font).fontSize(fontSize);
    return doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * PAD_X });
  };
  const drawRow = (cells: readonly string[], top: number, font: string, color: string): number => {
    const height = Math.max(...cells.map((text, i) => cellHeight(text, i, font))) + 2 * PAD_Y;
    doc.font(font).fontSize(fontSize).fillColor(color);
    cells.forEach((text, i) => {
      doc.text(text, (xs[i] ?? 0) + PAD_X, top + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X,
        align: columns[i]?.align ?? 'left',
      });
    });
    return top + height;
  };
  const drawHeader = (top: number): number => {
    const headers = columns.map((c) => c.header);
    const height = Math.max(...headers.map((h, i) => cellHeight(h, i, FONT.bold))) + 2 * PAD_Y;
    doc.rect(MARGIN, top, CONTENT_WIDTH, height).fillColor(COLOR.band).fill();
    drawRow(headers, top, FONT.bold, COLOR.accent);
    rule(doc, top + height, COLOR.accent, 0.8);
    return top + height;
  };

  let cursor = drawHeader(y);
  rows.forEach((cells, index) => {
    const font = options.boldRows?.has(index) ? FONT.bold : FONT.regular;
    const height = Math.max(...cells.map((text, i) => cellHeight(text, i, font))) + 2 * PAD_Y;
    if (cursor + height > CONTENT_BOTTOM) cursor = drawHeader(options.continueOnNewPage());
    cursor = drawRow(cells, cursor, font, COLOR.ink);
    rule(doc, cursor, COLOR.rule, 0.5);
  });
  doc.fillColor(COLOR.ink);
  return cursor;
}

function rule(doc: Doc, y: number, color: string, width: number): void {
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}
