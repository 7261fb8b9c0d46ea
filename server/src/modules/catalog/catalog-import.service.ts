import {
  type CatalogItemInput,
  type CatalogRowError,
  isStorableText,
  type ParsedCatalogRow,
  parseCatalogSheet,
  UNSTORABLE_TEXT_MESSAGE,
} from '@modern-emr/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';
import { serviceCatalog } from './catalog.schema';
import { catalogColumns, changedFields, toCatalogInput } from './catalog.service';
import type { CatalogImportResult } from './catalog.types';
import { readCsvTable } from './csv-table';
import { sheetRefused } from './sheet-error';
import { readXlsxTable } from './xlsx-table';

export type SheetFormat = 'csv' | 'xlsx';

// Keeps each INSERT well under PostgreSQL's 65,535 bind parameters (11 columns a row).
const INSERT_BATCH = 500;

async function readTable(format: SheetFormat, body: Buffer): Promise<string[][]> {
  const table = format === 'csv' ? await readCsvTable(body) : await readXlsxTable(body);
  // spec: INPUT-1 (a NUL byte in a cell would fail the INSERT as a 500)
  const errors: CatalogRowError[] = [];
  table.forEach((cells, i) => {
    cells.forEach((cell, column) => {
      if (!isStorableText(cell)) {
        errors.push({
          row: i + 1,
          field: table[0]?.[column] ?? `column ${column + 1}`,
          message: UNSTORABLE_TEXT_MESSAGE,
        });
      }
    });
  });
  if (errors.length > 0)
    throw sheetRefused('The file has characters that cannot be stored; nothing was imported', errors);
  return table;
}

interface Plan {
  inserts: CatalogItemInput[];
  updates: { id: string; item: CatalogItemInput }[];
  unchanged: number;
}

/** Sorts the rows into new codes, changed entries and entries the file leaves exactly as they are. */
async function plan(tx: Tx, rows: ParsedCatalogRow[], lock: boolean): Promise<Plan> {
  const codes = rows.map((r) => r.item.code);
  const query = tx.select().from(serviceCatalog).where(inArray(serviceCatalog.code, codes));
  // Locked on a real import so a concurrent PATCH cannot slip between the comparison and the write.
  const existing = lock ? await query.for('update') : await query;
  const byCode = new Map(existing.map((row) => [row.code, row]));
  const result: Plan = { inserts: [], updates: [], unchanged: 0 };
  for (const { item } of rows) {
    const row = byCode.get(item.code);
    if (!row) result.inserts.push(item);
    else if (changedFields(toCatalogInput(row), item).length === 0) result.unchanged++;
    else result.updates.push({ id: row.id, item });
  }
  return result;
}

async function apply(tx: Tx, { inserts, updates }: Plan): Promise<void> {
  for (let i = 0; i < inserts.length; i += INSERT_BATCH) {
    await tx.insert(serviceCatalog).values(inserts.slice(i, i + INSERT_BATCH).map(catalogColumns));
  }
  const now = new Date();
  for (const { id, item } of updates) {
    await tx
      .update(serviceCatalog)
      .set({ ...catalogColumns(item), updatedAt: now })
      .where(eq(serviceCatalog.id, id));
  }
}

// spec: CAT-3
/**
 * Upserts a whole price list by code, all or nothing: every row is validated first, and one bad
 * cell anywhere refuses the file (422, row by row) with nothing written. A row replaces the whole
 * entry, so an empty optional cell means the default, not "keep what is there": the file is the
 * list. Prices are read in the clinic's currency and apply to future charges only (charges
 * snapshot their price). One transaction, one audit row with the counts.
 */
export async function importCatalogFile(
  db: Db,
  file: { format: SheetFormat; body: Buffer },
  options: { dryRun: boolean },
  ctx: AuditContext,
): Promise<CatalogImportResult> {
  const { currency } = await getSettings(db);
  const sheet = parseCatalogSheet(await readTable(file.format, file.body), currency);
  if (!sheet.ok) {
    throw sheetRefused(
      `The file has ${sheet.errorCount} problem${sheet.errorCount === 1 ? '' : 's'}; nothing was imported`,
      sheet.errors,
      sheet.errorCount,
    );
  }
  return inTransaction(db, async (tx) => {
    const work = await plan(tx, sheet.rows, !options.dryRun);
    const counts = { created: work.inserts.length, updated: work.updates.length, unchanged: work.unchanged };
    if (options.dryRun) return { ...counts, dryRun: true };
    await apply(tx, work);
    await recordAudit(tx, ctx, {
      action: 'catalog.import',
      entityType: 'service_catalog',
      metadata: { format: file.format, rows: sheet.rows.length, ...counts },
    });
    return { ...counts, dryRun: false };
  });
}
