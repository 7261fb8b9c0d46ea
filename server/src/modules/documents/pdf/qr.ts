import QRCode from 'qrcode';

/** A PNG of the document number, so a scanner at the counter can look the document up. */
export function qrPng(text: string): Promise<Buffer> {
  // Medium error correction survives a smudged thermal print; a quiet zone of 1 keeps it compact.
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 8 });
}
