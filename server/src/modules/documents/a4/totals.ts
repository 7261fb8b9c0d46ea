import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN } from './page';

export interface TotalLine {
  label: string;
  value: string;
  /** The figure the reader came for: larger, bold, on a band. */
  strong?: boolean;
}

const WIDTH = 250;

/** Label/amount pairs in a right-hand block, amounts right-aligned. Returns the y below it. */
export function drawTotals(doc: Doc, lines: readonly TotalLine[], y: number, newPage: () => number): number {
  const x = MARGIN + CONTENT_WIDTH - WIDTH;
  const needed = lines.reduce((sum, l) => sum + (l.strong ? 24 : 16), 0) + 8;
  let cursor = y + 8 + needed > CONTENT_BOTTOM ? newPage() : y + 8;
  for (const line of lines) {
    const size = line.strong ? 11.5 : 9;
    const height = line.strong ? 24 : 16;
    if (line.strong)
      doc
        .rect(x, cursor, WIDTH, height - 2)
        .fillColor(COLOR.band)
        .fill();
    const textY = cursor + (height - 2 - size) / 2;
    doc.font(line.strong ? FONT.bold : FONT.regular).fontSize(size);
    doc.fillColor(line.strong ? COLOR.ink : COLOR.muted);
    doc.text(line.label, x + 6, textY, { width: WIDTH / 2, lineBreak: false });
    doc.fillColor(COLOR.ink).font(line.strong ? FONT.bold : FONT.regular);
    doc.text(line.value, x + WIDTH / 2, textY, { width: WIDTH / 2 - 6, align: 'right', lineBreak: false });
    cursor += height;
  }
  return cursor;
}

/** "Amount in words: …" across the content width. Returns the y below it. */
export function drawAmountInWords(doc: Doc, label: string, words: string, y: number): number {
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  doc.text(label.toUpperCase(), MARGIN, y, { width: CONTENT_WIDTH, characterSpacing: 0.4 });
  doc.font(FONT.bold).fontSize(9.5).fillColor(COLOR.ink);
  doc.text(words, MARGIN, doc.y + 1.5, { width: CONTENT_WIDTH });
  return doc.y;
}
