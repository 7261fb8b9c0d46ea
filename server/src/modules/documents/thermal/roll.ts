import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';

/** 80 mm roll: 226.77 pt wide; 3 mm margins leave about 43 monospace characters at 8 pt. */
export const ROLL_WIDTH = 226.77;
export const ROLL_MARGIN = 8.5;
export const ROLL_CONTENT = ROLL_WIDTH - 2 * ROLL_MARGIN;
/** Tall enough for any receipt; used only for the measuring pass. */
export const MEASURE_HEIGHT = 14_400;

/**
 * Drawing helpers for a thermal roll. Everything is pure black: thermal printers have no grey,
 * so tints and faint watermarks would vanish or smear.
 */
export class Roll {
  y = ROLL_MARGIN;

  constructor(readonly doc: Doc) {
    doc.fillColor('#000000').strokeColor('#000000');
  }

  centred(text: string, font: string, size: number, gapAfter = 1): void {
    this.doc.font(font).fontSize(size);
    this.doc.text(text, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: 'center' });
    this.y = this.doc.y + gapAfter;
  }

  /** Label on the left, value on the right; the value drops to its own line when both don't fit. */
  pair(label: string, value: string, font: string = FONT.mono, size = 8): void {
    const doc = this.doc.font(font).fontSize(size);
    const labelWidth = doc.widthOfString(label);
    const valueWidth = doc.widthOfString(value);
    if (labelWidth + valueWidth + 6 <= ROLL_CONTENT) {
      doc.text(label, ROLL_MARGIN, this.y, { lineBreak: false });
      doc.text(value, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: 'right' });
    } else {
      doc.text(label, ROLL_MARGIN, this.y, { width: ROLL_CONTENT });
      doc.text(value, ROLL_MARGIN, doc.y, { width: ROLL_CONTENT, align: 'right' });
    }
    this.y = doc.y + 1;
  }

  /** A wrapping description with its amount right-aligned on the first line. */
  item(description: string, amount: string, size = 8): void {
    const doc = this.doc.font(FONT.mono).fontSize(size);
    const amountWidth = doc.widthOfString(amount);
    doc.text(amount, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: 'right', lineBreak: false });
    doc.text(description, ROLL_MARGIN, this.y, { width: ROLL_CONTENT - amountWidth - 8 });
    this.y = doc.y + 2;
  }

  dashes(): void {
    const y = this.y + 3;
    this.doc
      .moveTo(ROLL_MARGIN, y)
      .lineTo(ROLL_MARGIN + ROLL_CONTENT, y)
      .dash(2, { space: 2 })
      .lineWidth(0.6)
      .stroke()
      .undash();
    this.y = y + 5;
  }

  image(png: Buffer, size: number): void {
    this.doc.image(png, ROLL_MARGIN + (ROLL_CONTENT - size) / 2, this.y, { width: size, height: size });
    this.y += size + 3;
  }

  gap(points: number): void {
    this.y += points;
  }
}
