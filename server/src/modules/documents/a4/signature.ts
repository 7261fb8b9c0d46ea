import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { COLOR, CONTENT_BOTTOM, MARGIN } from './page';

const WIDTH = 190;

/** A line to sign on, captioned (e.g. "Received by Amaka Obi"). */
export function drawSignature(doc: Doc, caption: string, y: number, newPage: () => number): number {
  const top = y + 40 > CONTENT_BOTTOM ? newPage() + 20 : y;
  doc
    .moveTo(MARGIN, top)
    .lineTo(MARGIN + WIDTH, top)
    .lineWidth(0.6)
    .strokeColor(COLOR.muted)
    .stroke();
  doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
  doc.text(caption, MARGIN, top + 4, { width: WIDTH });
  doc.fillColor(COLOR.ink);
  return doc.y;
}
