import PDFDocument from 'pdfkit';
import { FONT, fontFiles } from './fonts';

export type Doc = PDFKit.PDFDocument;

export interface DocumentSetup {
  /** [width, height] in points. */
  size: [number, number];
  margin: number;
  title: string;
  author: string;
  subject: string;
  creationDate: Date;
}

/**
 * A PDFKit document with our fonts registered and pages buffered (so footers can say "Page 2 of
 * 3" once the page count is known). CreationDate is set from the caller so the same input gives
 * the same bytes: PDFKit otherwise stamps the current time, and derives the file ID from it.
 */
export function createDocument(setup: DocumentSetup): Doc {
  const doc = new PDFDocument({
    size: setup.size,
    margin: setup.margin,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: setup.title,
      Author: setup.author,
      Subject: setup.subject,
      Creator: 'Modern EMR',
      Producer: 'Modern EMR (PDFKit)',
      CreationDate: setup.creationDate,
      ModDate: setup.creationDate,
    },
  });
  for (const [name, bytes] of fontFiles()) doc.registerFont(name, bytes);
  doc.font(FONT.regular);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
