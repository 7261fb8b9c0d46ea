import { type CellValue, readSheet, SheetNotFoundError } from 'read-excel-file/node';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { notAWorkbook, sheetRefused } from './sheet-error';
import { guardXlsxUnpacking } from './xlsx-unpack-guard';

/**
 * A cell as the text the user sees, so XLSX and CSV go through the same row rules. Numbers use
 * JavaScript's shortest round-trip form: an amount typed as 12500.5 reads "12500.5", exact to the
 * kobo for any price the catalogue allows (well inside a double's 15 significant digits). A formula
 * counts by its last computed result, as the user saw it on screen (the reader gives that value).
 */
function cellText(value: CellValue | null): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The first worksheet as rows of text cells; row n of the result is sheet row n+1, gaps kept as empty rows. */
export async function readXlsxTable(body: Buffer): Promise<string[][]> {
  const workbook = guardXlsxUnpacking(body);
  let rows: (CellValue | null)[][];
  try {
    // Cells keep their spaces, as the CSV reader keeps them: the row rules decide what to trim.
    rows = await readSheet(workbook, 1, { trim: false });
  } catch (err) {
    if (err instanceof SheetNotFoundError) {
      throw sheetRefused('The workbook has no sheet', [{ row: 1, field: 'file', message: 'has no sheet' }]);
    }
    throw notAWorkbook();
  }
  return rows.map((row) => row.map(cellText));
}

export interface XlsxColumn {
  header: string;
  width: number;
  /** Excel number format for numeric cells, e.g. '#,##0.00'. */
  numFmt?: string;
}

/** One sheet with a bold, frozen header row; cells are written as typed (text stays text). */
export async function writeXlsxTable(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly (string | number)[])[],
): Promise<Buffer> {
  const header: Row = columns.map((c) => ({ value: c.header, fontWeight: 'bold' }));
  const body: Row[] = rows.map((cells) =>
    cells.map((value, i) => {
      const format = columns[i]?.numFmt;
      return typeof value === 'number' && format ? { value, format } : value;
    }),
  );
  return writeXlsxFile([header, ...body], {
    sheet: sheetName,
    columns: columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
