import type { ClinicLetterhead, DocumentBase, RenderOptions } from '../documents.types';
import { createDocument, type Doc, finish } from '../pdf/create-document';
import { FONT } from '../pdf/fonts';
import { qrPng } from '../pdf/qr';
import { drawFurniture } from './furniture';
import { drawLetterhead } from './letterhead';
import { A4, COLOR, MARGIN } from './page';

export interface A4Spec {
  clinic: ClinicLetterhead;
  base: DocumentBase;
  options: RenderOptions;
  /** "RECEIPT"; also the start of the PDF's Title. */
  title: string;
  number: string;
  subject: string;
}

export interface A4Page {
  doc: Doc;
  /** Where the body starts on the first page. */
  y: number;
  /** Adds a page with a short running header; returns the y to continue at. */
  newPage: () => number;
  /** Draws footers and the watermark on every page, then resolves with the PDF bytes. */
  done: () => Promise<Buffer>;
}

/** The shared frame of every A4 document: metadata, letterhead, continuation pages, footer. */
export async function openA4(spec: A4Spec): Promise<A4Page> {
  const generatedAt = spec.options.generatedAt ?? new Date();
  const reprint = spec.options.reprint ?? false;
  const doc = createDocument({
    size: A4,
    margin: MARGIN,
    title: `${titleCase(spec.title)} ${spec.number}`,
    author: spec.clinic.clinicName,
    subject: spec.subject,
    creationDate: generatedAt,
  });
  const qr = await qrPng(spec.number);
  const y = drawLetterhead(doc, spec.clinic, { title: spec.title, number: spec.number, qrPng: qr, reprint });
  const newPage = () => {
    doc.addPage();
    doc.font(FONT.bold).fontSize(9).fillColor(COLOR.accent);
    doc.text(spec.clinic.clinicName, MARGIN, MARGIN, { continued: true });
    doc
      .font(FONT.regular)
      .fillColor(COLOR.muted)
      .text(`   ${titleCase(spec.title)} ${spec.number} (continued)`);
    return doc.y + 10;
  };
  const done = () => {
    drawFurniture(doc, { generatedAt, timeZone: spec.base.timeZone, label: spec.number, reprint });
    return finish(doc);
  };
  return { doc, y, newPage, done };
}

function titleCase(text: string): string {
  return text.charAt(0) + text.slice(1).toLowerCase();
}
