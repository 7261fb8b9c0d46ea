import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { darkFraction, readGrayPng } from './png';
import { rasterise } from './poppler';

const ARTIFACTS = path.join(import.meta.dirname, '..', '__artifacts__');

export interface PageCheck {
  width: number;
  height: number;
  dark: number;
}

/**
 * Rasterises a page at 50 dpi and measures how much of it is ink. A real document page has text,
 * rules and a QR code, so a few percent is dark; a blank (or all-black) page fails the caller's
 * bounds. The page is also saved as a colour PNG under __artifacts__ for a human to look at.
 */
export function checkPage(pdf: Buffer, page: number, name: string): PageCheck {
  const image = readGrayPng(rasterise(pdf, page, 50));
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdfFile = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(pdfFile, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfFile,
    path.join(ARTIFACTS, `${name}-p${page}`),
  ]);
  return { width: image.width, height: image.height, dark: darkFraction(image) };
}
