import ExcelJS from 'exceljs';
import { sheetRefused } from './sheet-error';

/**
 * A cell as the text the user sees, so XLSX and CSV go through the same row rules. Numbers use
 * JavaScript's shortest round-trip form: an amount typed as 12500.5 reads "12500.5", exact to the
 * kobo for any price the catalogue allows (well inside a double's 15 significant digits).
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return value.error;
  // A formula counts by its last computed result, as the user saw it on screen.
  return cellText(value.result);
}

/** The first worksheet as rows of text cells; row n of the result is sheet row n+1, gaps kept as empty rows. */
export async function readXlsxTable(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of at most a couple of megabytes is cheap.
    await workbook.xlsx.load(new Uint8Array(body).buffer);
  } catch {
    throw sheetRefused('The file is not a readable XLSX workbook', [
      { row: 1, field: 'file', message: 'is not an XLSX workbook' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw sheetRefused('The workbook has no sheet', [{ row: 1, field: 'file', message: 'has no sheet' }]);
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (table.length < rowNumber - 1) table.push([]);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    table.push(cells);
  });
  return table;
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
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of rows) sheet.addRow([...cells]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
