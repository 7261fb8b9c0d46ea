import { CATALOG_COLUMNS, catalogItemToCells, minorDigits } from '@modern-emr/domain';
import type { Db } from '../../db/database';
import { getSettings } from '../settings';
import { serviceCatalog } from './catalog.schema';
import { CATALOG_ORDER, toCatalogInput } from './catalog.service';
import type { SheetFormat } from './catalog-import.service';
import { writeCsvTable } from './csv-table';
import { writeXlsxTable } from './xlsx-table';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const PRICE_COLUMN = CATALOG_COLUMNS.indexOf('price');
const WIDTHS: Partial<Record<(typeof CATALOG_COLUMNS)[number], number>> = {
  name: 40,
  code: 16,
  workflowType: 20,
};

/** The clinic's calendar date, for the file name: an export made at 00:30 in Lagos is that day's. */
function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Every entry, active or not, in the import's own columns (price in major units with every minor
 * digit), so exporting and importing the file again changes nothing.
 */
export async function exportCatalogFile(db: Db, format: SheetFormat, now: Date): Promise<ExportedFile> {
  const { currency, timeZone } = await getSettings(db);
  const rows = await db
    .select()
    .from(serviceCatalog)
    .orderBy(...CATALOG_ORDER);
  const table = rows.map((row) => catalogItemToCells(toCatalogInput(row), currency));
  const filename = `service-catalog-${localDate(now, timeZone)}.${format}`;
  if (format === 'csv') {
    return {
      body: writeCsvTable([[...CATALOG_COLUMNS], ...table]),
      contentType: CONTENT_TYPES.csv,
      filename,
    };
  }
  // XLSX stores numbers as doubles; the price goes in as one so the clinic can sum and sort it.
  // The text → double → text trip is exact for two decimals at any allowed price (see xlsx-table).
  const digits = minorDigits(currency);
  const columns = CATALOG_COLUMNS.map((header) => ({
    header,
    width: WIDTHS[header] ?? 14,
    ...(header === 'price' ? { numFmt: digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0' } : {}),
  }));
  const cells = table.map((row) => row.map((cell, i) => (i === PRICE_COLUMN ? Number(cell) : cell)));
  return {
    body: await writeXlsxTable('Service catalogue', columns, cells),
    contentType: CONTENT_TYPES.xlsx,
    filename,
  };
}
