import { Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';
import { AppError } from '../../http/app-error';
import { notAWorkbook } from './sheet-error';

/**
 * The most an imported workbook may unpack to. A price list of thousands of rows is a few MB of
 * XML; a 2 MB upload that unpacks to hundreds of MB is an attack on the server's memory.
 */
export const MAX_XLSX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** XML deflates 5 to 20 times; a large part squeezed more than this is built to explode. */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
/** Parts smaller than this are not judged by their ratio: they cost nothing whatever it is. */
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about 1032 times, so one
 * piece can overshoot the limit by 4 MB at worst before the count stops it.
 */
const PIECE_BYTES = 4 * 1024;

/** The parts a workbook reader needs; images and printer settings are never unpacked. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

function tooLarge(unpackedBytes: number): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `The workbook unpacks to more than ${MAX_XLSX_UNPACKED_BYTES / 1024 / 1024} MB, more than any price list needs`,
    { field: 'file', unpackedBytes, limitBytes: MAX_XLSX_UNPACKED_BYTES },
  );
}

/** Refuses from the zip's central directory alone, before a byte is inflated. */
function checkDeclaredSizes(body: Buffer): void {
  const parts: { name: string; packed: number; unpacked: number }[] = [];
  try {
    // A filter that takes nothing: fflate lists the directory and inflates no part.
    unzipSync(body, {
      filter: (file) => {
        if (isXmlPart(file.name))
          parts.push({ name: file.name, packed: file.size, unpacked: file.originalSize });
        return false;
      },
    });
  } catch {
    throw notAWorkbook();
  }
  const unpacked = parts.reduce((sum, p) => sum + p.unpacked, 0);
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw tooLarge(unpacked);
  const exploding = parts.find(
    (p) => p.unpacked >= RATIO_CHECKED_FROM_BYTES && p.unpacked > p.packed * MAX_XLSX_COMPRESSION_RATIO,
  );
  if (exploding) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The workbook part ${exploding.name} is compressed beyond any real spreadsheet`,
      {
        field: 'file',
        part: exploding.name,
        ratio: Math.round(exploding.unpacked / Math.max(1, exploding.packed)),
        limitRatio: MAX_XLSX_COMPRESSION_RATIO,
      },
    );
  }
}

/**
 * Inflates the XML parts while counting what comes out, and stops at the limit: the directory's
 * sizes are the sender's word, and a forged one must not buy more than the limit either.
 */
function inflateWithinLimit(body: Buffer): Record<string, Uint8Array> {
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: AppError | undefined;
  const unzip = new Unzip((file) => {
    if (!isXmlPart(file.name)) return; // never started, so never inflated
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (err, data) => {
      if (failure) return;
      if (err) {
        failure = notAWorkbook();
        return;
      }
      total += data.length;
      if (total > MAX_XLSX_UNPACKED_BYTES) {
        failure = tooLarge(total);
        file.terminate();
        return;
      }
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < body.length && !failure; at += PIECE_BYTES) {
      unzip.push(body.subarray(at, at + PIECE_BYTES), at + PIECE_BYTES >= body.length);
    }
  } catch {
    throw notAWorkbook();
  }
  if (failure) throw failure;
  return Object.fromEntries([...chunks].map(([name, parts]) => [name, Buffer.concat(parts)]));
}

// spec: IMPORT-XLSX-1
/**
 * Refuses (413) a workbook whose XML would unpack past the limit: first from the zip's central
 * directory, before anything is inflated; then, for a file whose directory understates its sizes,
 * while inflating, at the limit. Returns the XML parts re-packed without compression, so the
 * reader that follows only copies bytes this function has already counted.
 */
export function guardXlsxUnpacking(body: Buffer): Buffer {
  checkDeclaredSizes(body);
  return Buffer.from(zipSync(inflateWithinLimit(body), { level: 0 }));
}
