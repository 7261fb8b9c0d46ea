import type { CatalogRowError } from '@modern-emr/domain';
import { AppError } from '../../http/app-error';

/**
 * The one refusal of an import: 422 with every problem by spreadsheet row (header = row 1) and
 * column, so the clinic can fix the file and send it again. Nothing has been written when it is thrown.
 */
export function sheetRefused(message: string, rows: CatalogRowError[], errorCount = rows.length): AppError {
  return new AppError('UNPROCESSABLE', message, { rows, errorCount });
}
