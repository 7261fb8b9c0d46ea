import type { FastifyReply } from 'fastify';

export interface RenderedDocument {
  pdf: Buffer;
  /** e.g. RCT-2026-000042.pdf: the document number, so saved copies are easy to find. */
  filename: string;
}

/**
 * Sends a PDF to be shown in the browser's viewer (inline) rather than downloaded, and never
 * cached: documents carry patient names and money, and a shared front-desk browser must not keep them.
 */
export function sendPdf(reply: FastifyReply, doc: RenderedDocument): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${doc.filename}"`)
    .header('cache-control', 'no-store')
    .send(doc.pdf);
}
