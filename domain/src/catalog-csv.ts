import { type CatalogItemInput, catalogItemInputSchema } from './catalog';
import { minorDigits } from './money';
import { type ParseMoneyError, parseMajorToMinor } from './money-format';
import { ROLES, type Role } from './roles';

/**
 * The service catalogue as a spreadsheet (CSV or XLSX): one header row, then one item per row.
 * Everything here works on plain text cells, so the same rules hold whatever the file format;
 * reading and writing the files themselves is the server's job.
 */
export const CATALOG_COLUMNS = [
  'code',
  'name',
  'department',
  'workflowType',
  'price',
  'requiresVisit',
  'requiresConsultation',
  'autoBill',
  'billTiming',
  'orderableBy',
  'active',
] as const;
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly CatalogColumn[] = ['code', 'name', 'department', 'workflowType', 'price'];

/** A catalogue is hundreds of rows; the cap bounds the work one upload can cause. */
export const MAX_IMPORT_ROWS = 5000;
/** Enough to fix a file in one go without a broken file producing a megabyte of JSON. */
export const MAX_REPORTED_ROW_ERRORS = 500;

/** `row` is the number the user sees in the spreadsheet: the header is row 1. */
export interface CatalogRowError {
  row: number;
  field: string;
  message: string;
}

export interface ParsedCatalogRow {
  row: number;
  item: CatalogItemInput;
}

export type CatalogSheetResult =
  | { ok: true; rows: ParsedCatalogRow[] }
  | { ok: false; errors: CatalogRowError[]; errorCount: number };

/** "Workflow Type", "workflow_type" and "WORKFLOWTYPE" all name the workflowType column. */
function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
const COLUMN_BY_KEY = new Map<string, CatalogColumn>(CATALOG_COLUMNS.map((c) => [headerKey(c), c]));

// Spreadsheet programs run a cell starting with one of these as a formula ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote so a spreadsheet shows the text instead of running it; undone on import. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

const MONEY_MESSAGES: Record<ParseMoneyError, string> = {
  EMPTY: 'is required',
  NEGATIVE: 'cannot be negative',
  INVALID: 'is not an amount: write it like 12,500.00, without a currency sign',
  TOO_MANY_DECIMALS: 'has more decimal places than the currency has',
  TOO_LARGE: 'is too large',
};

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

/** yes/no, y/n, true/false or 1/0 in any case; an empty cell means "the default". */
export function parseYesNo(text: string): boolean | undefined | null {
  const word = text.trim().toLowerCase();
  if (word === '') return undefined;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** "Lab test" and "lab-test" read as LAB_TEST, so enum cells forgive how people type. */
function enumText(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/** "doctor; nurse" → ["DOCTOR", "NURSE"]; unknown names come back separately to be reported. */
export function parseRoleList(text: string): { roles: Role[]; unknown: string[] } {
  const names = text
    .split(/[;,]/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '');
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const name of new Set(names)) {
    const role = ROLES.find((r) => r === name);
    if (role) roles.push(role);
    else unknown.push(name);
  }
  return { roles, unknown };
}

/** Minor units as plain major text with every minor digit: 1250050 → "12500.50"; integer arithmetic only. */
export function formatMinorAsMajor(minor: number, currency = 'NGN'): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  const fraction = minor % scale;
  return `${(minor - fraction) / scale}.${String(fraction).padStart(digits, '0')}`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** One item as cells in CATALOG_COLUMNS order: what an export writes and an import reads back unchanged. */
export function catalogItemToCells(item: CatalogItemInput, currency = 'NGN'): string[] {
  const cells: Record<CatalogColumn, string> = {
    code: item.code,
    name: item.name,
    department: item.department,
    workflowType: item.workflowType,
    price: formatMinorAsMajor(item.price, currency),
    requiresVisit: yesNo(item.requiresVisit),
    requiresConsultation: yesNo(item.requiresConsultation),
    autoBill: yesNo(item.autoBill),
    billTiming: item.billTiming,
    orderableBy: item.orderableBy.join(';'),
    active: yesNo(item.active),
  };
  return CATALOG_COLUMNS.map((c) => cells[c]);
}

type ColumnIndex = Map<CatalogColumn, number>;

function readHeader(header: readonly string[]): { index: ColumnIndex; errors: CatalogRowError[] } {
  const index: ColumnIndex = new Map();
  const errors: CatalogRowError[] = [];
  header.forEach((raw, position) => {
    const text = raw.trim();
    // Blank header cells are the trailing empty columns spreadsheets like to leave behind.
    if (text === '') return;
    const column = COLUMN_BY_KEY.get(headerKey(text));
    if (!column) {
      // Refused rather than ignored: a misspelt "autoBill" would otherwise silently become the default.
      errors.push({
        row: 1,
        field: text,
        message: `is not a catalogue column (${CATALOG_COLUMNS.join(', ')})`,
      });
    } else if (index.has(column)) {
      errors.push({ row: 1, field: column, message: 'appears more than once' });
    } else {
      index.set(column, position);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) errors.push({ row: 1, field: column, message: 'column is missing' });
  }
  return { index, errors };
}

const columnOrder = (field: string) => (CATALOG_COLUMNS as readonly string[]).indexOf(field);
/** A row's problems in the order of the sheet's columns, as the user reads them. */
const byColumn = (a: CatalogRowError, b: CatalogRowError) => columnOrder(a.field) - columnOrder(b.field);

const BOOLEAN_COLUMNS = ['requiresVisit', 'requiresConsultation', 'autoBill', 'active'] as const;

function readRow(
  cells: readonly string[],
  index: ColumnIndex,
  row: number,
  currency: string,
): { item?: CatalogItemInput; errors: CatalogRowError[] } {
  const errors: CatalogRowError[] = [];
  const fail = (field: CatalogColumn, message: string) => errors.push({ row, field, message });
  const cell = (column: CatalogColumn) => {
    const position = index.get(column);
    return position === undefined ? '' : unguardFormula((cells[position] ?? '').trim());
  };

  const raw: Record<string, unknown> = {};
  for (const column of REQUIRED_COLUMNS) {
    if (cell(column) === '') fail(column, 'is required');
  }
  raw.code = cell('code').toUpperCase();
  raw.name = cell('name');
  raw.department = enumText(cell('department'));
  raw.workflowType = enumText(cell('workflowType'));
  const price = parseMajorToMinor(cell('price'), currency);
  if (price.ok) raw.price = price.minor;
  else if (price.error !== 'EMPTY') fail('price', MONEY_MESSAGES[price.error]);
  for (const column of BOOLEAN_COLUMNS) {
    const value = parseYesNo(cell(column));
    if (value === null) fail(column, 'must be yes or no');
    else if (value !== undefined) raw[column] = value;
  }
  if (cell('billTiming') !== '') raw.billTiming = enumText(cell('billTiming'));
  const { roles, unknown } = parseRoleList(cell('orderableBy'));
  if (unknown.length > 0) fail('orderableBy', `names unknown roles: ${unknown.join(', ')}`);
  raw.orderableBy = roles;

  const parsed = catalogItemInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'row');
      // One message per cell: the plainer one found above wins over the schema's.
      if (!errors.some((e) => e.field === field)) errors.push({ row, field, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors: errors.sort(byColumn) };
  return { item: parsed.data, errors };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads a whole sheet (`table[0]` is the header, row 1) into catalogue items, or reports every
 * bad cell by spreadsheet row and column. Blank rows are skipped but still counted, so row numbers
 * match what the user sees. A code may appear only once: the file is the price list, not a log.
 */
export function parseCatalogSheet(
  table: readonly (readonly string[])[],
  currency = 'NGN',
): CatalogSheetResult {
  const [header, ...body] = table;
  if (!header || isBlank(header)) {
    return {
      ok: false,
      errors: [{ row: 1, field: 'header', message: 'the first row must name the columns' }],
      errorCount: 1,
    };
  }
  const { index, errors } = readHeader(header);
  if (errors.length > 0) return { ok: false, errors, errorCount: errors.length };

  const rows: ParsedCatalogRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  let dataRows = 0;
  let firstRowOverLimit: number | undefined;
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    dataRows++;
    const row = i + 2;
    if (dataRows === MAX_IMPORT_ROWS + 1) firstRowOverLimit = row;
    const result = readRow(cells, index, row, currency);
    errors.push(...result.errors);
    if (!result.item) return;
    const earlier = firstRowOfCode.get(result.item.code);
    if (earlier !== undefined) {
      errors.push({ row, field: 'code', message: `repeats the code of row ${earlier}` });
      return;
    }
    firstRowOfCode.set(result.item.code, row);
    rows.push({ row, item: result.item });
  });

  if (dataRows === 0) errors.push({ row: 2, field: 'row', message: 'the file has no catalogue rows' });
  if (firstRowOverLimit !== undefined) {
    errors.unshift({
      row: firstRowOverLimit,
      field: 'row',
      message: `at most ${MAX_IMPORT_ROWS} rows per file`,
    });
  }
  if (errors.length > 0) {
    return { ok: false, errors: errors.slice(0, MAX_REPORTED_ROW_ERRORS), errorCount: errors.length };
  }
  return { ok: true, rows };
}
