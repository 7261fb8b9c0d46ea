import type { ClinicLetterhead } from '../documents.types';
import type { Doc } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { A4, COLOR, MARGIN } from './page';

export interface DocumentHeading {
  /** "RECEIPT", "INVOICE", "VISIT STATEMENT". */
  title: string;
  number: string;
  qrPng: Buffer;
  reprint: boolean;
}

const LOGO = 56;
const QR = 78;

/**
 * Clinic identity on the left (logo, name, address, contacts) and the QR code of the document
 * number on the right, a rule, then the title and number on their own line (with a REPRINT tag on
 * a copy). Returns the y where the body starts.
 */
export function drawLetterhead(doc: Doc, clinic: ClinicLetterhead, heading: DocumentHeading): number {
  const top = MARGIN;
  const right = A4[0] - MARGIN;
  const qrX = right - QR;
  let textX = MARGIN;
  let logoBottom = top;
  if (clinic.logoPng) {
    doc.image(clinic.logoPng, MARGIN, top, { fit: [LOGO, LOGO] });
    textX += LOGO + 12;
    logoBottom = top + LOGO;
  }
  const textWidth = qrX - 16 - textX;

  doc.fillColor(COLOR.accent).font(FONT.bold).fontSize(16);
  doc.text(clinic.clinicName, textX, top + 2, { width: textWidth });
  doc.fillColor(COLOR.muted).font(FONT.regular).fontSize(8.5);
  doc.moveDown(0.3);
  if (clinic.address) doc.text(clinic.address, { width: textWidth });
  const contacts = [clinic.phone && `Tel: ${clinic.phone}`, clinic.email].filter(Boolean).join('   ·   ');
  if (contacts) doc.text(contacts, { width: textWidth });
  const clinicBottom = doc.y;

  doc.image(heading.qrPng, qrX, top, { width: QR, height: QR });

  const ruleY = Math.max(clinicBottom, logoBottom, top + QR) + 8;
  doc.moveTo(MARGIN, ruleY).lineTo(right, ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke();

  const titleY = ruleY + 12;
  doc.fillColor(COLOR.ink).font(FONT.bold).fontSize(18);
  doc.text(heading.title, MARGIN, titleY, { lineBreak: false });
  const numberX = MARGIN + doc.widthOfString(heading.title) + 14;
  doc.font(FONT.regular).fontSize(11).fillColor(COLOR.muted);
  doc.text('No. ', numberX, titleY + 6, { continued: true, lineBreak: false });
  doc.font(FONT.bold).fillColor(COLOR.ink).text(heading.number, { lineBreak: false });
  if (heading.reprint) drawReprintTag(doc, right, titleY + 3);
  return titleY + 36;
}

/** A small outlined "REPRINT" tag whose right edge is at `right`. */
function drawReprintTag(doc: Doc, right: number, y: number): void {
  doc.font(FONT.bold).fontSize(8.5);
  const label = 'REPRINT';
  const width = doc.widthOfString(label) + 10;
  doc
    .roundedRect(right - width, y, width, 15, 2)
    .lineWidth(0.9)
    .strokeColor(COLOR.warn)
    .stroke();
  doc.fillColor(COLOR.warn).text(label, right - width, y + 3.5, { width, align: 'center', lineBreak: false });
  doc.fillColor(COLOR.ink);
}
