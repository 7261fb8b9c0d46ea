import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TOOLS = ['pdfinfo', 'pdftoppm', 'pdftotext'];

function missingTools(): string[] {
  return TOOLS.filter((tool) => {
    try {
      execFileSync(tool, ['-v'], { stdio: 'pipe' });
      return false;
    } catch {
      return true;
    }
  });
}

const missing = missingTools();

/**
 * poppler-utils (pdfinfo, pdftoppm, pdftotext) check the PDFs as a reader would. CI installs them
 * and sets CI=true, so there a missing tool fails the run. On a developer's fresh clone, where
 * `npm test` must need nothing but Node and npm, the reader checks are skipped, visibly.
 */
export const skipWithoutPoppler = missing.length > 0 && process.env.CI !== 'true';

export function requirePoppler(): void {
  if (skipWithoutPoppler) return;
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: install Debian's poppler-utils`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'emr-docs-'));
let counter = 0;

function toFile(pdf: Buffer): string {
  const file = path.join(dir, `doc-${counter++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

export interface PdfInfo {
  pages: number;
  /** Points, as pdfinfo prints them (first page). */
  width: number;
  height: number;
  title: string;
  author: string;
}

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = execFileSync('pdfinfo', [toFile(pdf)], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const size = /^Page size:\s*([\d.]+) x ([\d.]+) pts/m.exec(out);
  return {
    pages: Number(field('Pages')),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    title: field('Title'),
    author: field('Author'),
  };
}

/** All text, pages in order, with the layout kept so a row's cells stay on one line. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', toFile(pdf), '-'], { encoding: 'utf8' });
}

/** One page as an 8-bit greyscale PNG at `dpi`. */
export function rasterise(pdf: Buffer, page: number, dpi = 50): Buffer {
  const prefix = path.join(dir, `page-${counter++}`);
  execFileSync('pdftoppm', [
    '-png',
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    toFile(pdf),
    prefix,
  ]);
  return readFileSync(`${prefix}.png`);
}
