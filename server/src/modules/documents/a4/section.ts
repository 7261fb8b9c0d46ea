import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { COLOR, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN } from './page';

/** A small heading above a table; moves to a new page rather than sit alone at the bottom. */
export function drawSectionTitle(doc: Doc, title: string, y: number, newPage: () => number): number {
  const top = y + 60 > CONTENT_BOTTOM ? newPage() : y;
  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.ink);
  doc.text(title, MARGIN, top, { width: CONTENT_WIDTH });
  return doc.y + 4;
}
