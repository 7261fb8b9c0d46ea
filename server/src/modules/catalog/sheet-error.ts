import type { CatalogRowError } from '@modern-emr/domain';
import { AppError } from '../../http/app-error';

/**
 * The one refusal of an import: 422 with every problem by spreadsheet row (header = row 1) and
 * column, so the clinic can fix the file and send it again. Nothing has been written when it is thrown.
 */
export function sheetRefused(message: string, rows: CatalogRowError[], errorCount = rows.length): AppError {
  return new AppError('UNPROCESSABLE', message, { rows, errorCount });
}

/** An upload sent as XLSX that is no workbook at all (not a zip, or no readable sheet in it). */
export function notAWorkbook(): AppError {
  return sheetRefused('The file is not a readable XLSX workbook', [
    { row: 1, field: 'file', message: 'is not an XLSX workbook' },
  ]);
}
