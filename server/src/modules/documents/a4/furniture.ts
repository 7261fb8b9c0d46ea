import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { formatDateTime } from '../pdf/format';
import { A4, COLOR, CONTENT_WIDTH, MARGIN } from './page';

export interface Furniture {
  generatedAt: Date;
  timeZone: string;
  /** Left of the footer after the generation time, e.g. the document number. */
  label: string;
  reprint: boolean;
}

/**
 * Runs once every page exists (pages are buffered): the footer with the generation time in the
 * clinic's zone and "Page i of n", and the diagonal REPRINT watermark on a copy.
 */
export function drawFurniture(doc: Doc, furniture: Furniture): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make PDFKit start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    if (furniture.reprint) drawWatermark(doc);
    const y = A4[1] - MARGIN + 8;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(MARGIN + CONTENT_WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    const when = formatDateTime(furniture.generatedAt, furniture.timeZone);
    const left = `Generated ${when} (${furniture.timeZone})  ·  ${furniture.label}`;
    doc.text(left, MARGIN, y, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, MARGIN + CONTENT_WIDTH - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
  doc.fillColor(COLOR.ink);
}

function drawWatermark(doc: Doc): void {
  const [width, height] = A4;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.font(FONT.bold).fontSize(110).fillColor(COLOR.warn).fillOpacity(0.07);
  doc.text('REPRINT', 0, height / 2 - 60, { width, align: 'center', lineBreak: false });
  doc.restore();
}
