import { describe, expect, it } from 'vitest';
import type { CatalogItemInput } from './catalog';
import {
  CATALOG_COLUMNS,
  catalogItemToCells,
  formatMinorAsMajor,
  guardFormula,
  MAX_IMPORT_ROWS,
  parseCatalogSheet,
  parseRoleList,
  parseYesNo,
} from './catalog-csv';

const HEADER = [...CATALOG_COLUMNS];

const fbc: CatalogItemInput = {
  code: 'LAB-FBC',
  name: 'Full blood count',
  department: 'LAB',
  workflowType: 'LAB_TEST',
  price: 1_250_050,
  requiresVisit: true,
  requiresConsultation: true,
  autoBill: false,
  billTiming: 'BEFORE',
  orderableBy: ['DOCTOR', 'NURSE'],
  active: true,
};

function errorsOf(table: string[][]) {
  const result = parseCatalogSheet(table);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(({ row, field }) => `${row}:${field}`);
}

describe('catalogue sheet cells', () => {
  it('reads yes/no words in any case, empty as the default, anything else as invalid', () => {
    for (const w of ['yes', 'Y', 'TRUE', '1', ' true ']) expect(parseYesNo(w)).toBe(true);
    for (const w of ['no', 'N', 'False', '0']) expect(parseYesNo(w)).toBe(false);
    expect(parseYesNo('  ')).toBeUndefined();
    expect(parseYesNo('maybe')).toBeNull();
  });

  it('reads role lists separated by semicolons, case-insensitive, without repeats', () => {
    expect(parseRoleList('doctor; Nurse;;DOCTOR')).toEqual({ roles: ['DOCTOR', 'NURSE'], unknown: [] });
    expect(parseRoleList('DOCTOR;surgeon')).toEqual({ roles: ['DOCTOR'], unknown: ['SURGEON'] });
    expect(parseRoleList('')).toEqual({ roles: [], unknown: [] });
  });

  it('writes kobo as naira with both decimals, by integer arithmetic', () => {
    expect(formatMinorAsMajor(1_250_050)).toBe('12500.50');
    expect(formatMinorAsMajor(7)).toBe('0.07');
    expect(formatMinorAsMajor(0)).toBe('0.00');
    expect(formatMinorAsMajor(1_000_000_000_000)).toBe('10000000000.00');
    expect(formatMinorAsMajor(500, 'JPY')).toBe('500');
  });

  it('guards text a spreadsheet would run as a formula, and reads it back as typed', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardFormula('Plain')).toBe('Plain');
    const cells = catalogItemToCells({ ...fbc, name: '=1+1 test' });
    const result = parseCatalogSheet([HEADER, cells.map(guardFormula)]);
    expect(result.ok && result.rows[0]?.item.name).toBe('=1+1 test');
  });
});

describe('parseCatalogSheet', () => {
  it('reads what catalogItemToCells writes back to the same item', () => {
    const result = parseCatalogSheet([HEADER, catalogItemToCells(fbc)]);
    expect(result).toEqual({ ok: true, rows: [{ row: 2, item: fbc }] });
  });

  it('forgives how people type: header case and spacing, naira with commas, enum case, defaults', () => {
    const result = parseCatalogSheet([
      ['Code', 'NAME', 'Department', 'Workflow Type', 'price', 'orderable_by'],
      ['lab-mp', 'Malaria parasite', 'lab', 'lab test', '1,500', 'doctor'],
    ]);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          item: {
            code: 'LAB-MP',
            name: 'Malaria parasite',
            department: 'LAB',
            workflowType: 'LAB_TEST',
            price: 150_000,
            requiresVisit: true,
            requiresConsultation: false,
            autoBill: false,
            billTiming: 'BEFORE',
            orderableBy: ['DOCTOR'],
            active: true,
          },
        },
      ],
    });
  });

  it('numbers rows as the spreadsheet does, counting skipped blank rows', () => {
    const good = catalogItemToCells(fbc);
    const bad = catalogItemToCells({ ...fbc, code: 'LAB-X' });
    bad[4] = '12.345';
    expect(errorsOf([HEADER, good, ['', ''], [], bad])).toEqual(['5:price']);
  });

  it('reports every bad cell of every row, one message per cell', () => {
    const row = (over: Partial<Record<(typeof CATALOG_COLUMNS)[number], string>>) =>
      HEADER.map((c, i) => over[c] ?? catalogItemToCells({ ...fbc, code: `C-${c}` })[i] ?? '');
    const errors = errorsOf([
      HEADER,
      row({ price: '-5', autoBill: 'sometimes' }),
      row({ department: 'KITCHEN', orderableBy: 'DOCTOR;CHEF' }),
      row({ code: '', name: 'x', billTiming: 'LATER', price: '₦5,000' }),
    ]);
    expect(errors).toEqual([
      '2:price',
      '2:autoBill',
      '3:department',
      '3:orderableBy',
      '4:code',
      '4:name',
      '4:price',
      '4:billTiming',
    ]);
  });

  it('refuses a code that appears twice, naming the first row', () => {
    const result = parseCatalogSheet([HEADER, catalogItemToCells(fbc), catalogItemToCells(fbc)]);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 3, field: 'code', message: 'repeats the code of row 2' }],
    });
  });

  it('refuses a header with unknown, repeated or missing columns', () => {
    expect(errorsOf([['code', 'name', 'Code', 'autobil', 'department', 'price']])).toEqual([
      '1:code',
      '1:autobil',
      '1:workflowType',
    ]);
    expect(errorsOf([])).toEqual(['1:header']);
  });

  it('refuses a file without rows, and one with too many', () => {
    expect(errorsOf([HEADER, []])).toEqual(['2:row']);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 2 }, (_, i) =>
      catalogItemToCells({ ...fbc, code: `C${i}` }),
    );
    const result = parseCatalogSheet([HEADER, ...many]);
    expect(result).toMatchObject({ ok: false, errors: [{ row: MAX_IMPORT_ROWS + 2, field: 'row' }] });
  });
});
