import { guardFormula } from '@modern-emr/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sheetRefused } from './sheet-error';

// fatal: a file saved in a legacy code page would otherwise import with mangled names.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An RFC 4180 file as rows of text cells, record by record: row n of the result is row n+1 of the sheet. */
export function readCsvTable(body: Buffer): string[][] {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw sheetRefused('The file is not UTF-8 text; save it as "CSV UTF-8"', [
      { row: 1, field: 'file', message: 'is not UTF-8 text' },
    ]);
  }
  try {
    return parse(text, {
      bom: true,
      // Spreadsheets drop trailing empty cells; a short row is not an error in itself.
      relax_column_count: true,
      // Mixed line endings happen when a file was edited on two systems.
      record_delimiter: ['\r\n', '\n', '\r'],
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // `records` counts the rows read before the broken one; rows are 1-based.
    const row = (typeof err.records === 'number' ? err.records : 0) + 1;
    throw sheetRefused('The file is not valid CSV', [{ row, field: 'file', message: err.message }]);
  }
}

/**
 * CSV with a byte-order mark (so Excel reads it as UTF-8) and CRLF records (RFC 4180). Cells that
 * a spreadsheet would run as formulas are quoted out; the import undoes it.
 */
export function writeCsvTable(rows: readonly (readonly string[])[]): Buffer {
  const text = stringify(
    rows.map((cells) => cells.map(guardFormula)),
    { bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
