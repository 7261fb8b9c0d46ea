import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app';
import { sheetXml, understateUnpackedSize, xlsxFixture } from '../../../test/xlsx-fixture';
import { queryRows } from '../../db/rows';
import type { CatalogItem } from './catalog.types';
import { XLSX_MEDIA_TYPE } from './catalog-transfer.routes';

let t: TestApp;
let adminToken: string;
beforeAll(async () => {
  t = await createTestApp();
  adminToken = (await loginAs(t, 'ADMIN')).token;
});
afterAll(() => t.close());

const URL = '/api/v1/service-catalog';
const HEADER =
  'code,name,department,workflowType,price,requiresVisit,requiresConsultation,autoBill,billTiming,orderableBy,active';
type Counts = { created: number; updated: number; unchanged: number; dryRun: boolean };
type RowErrors = {
  error: { code: string; message: string; details: { rows: { row: number; field: string }[] } };
};

/** Raw injection, for binary bodies and responses the JSON test client does not keep. */
async function send(method: 'GET' | 'POST', url: string, body?: Buffer | string, contentType?: string) {
  return t.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${adminToken}`,
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    ...(body === undefined ? {} : { payload: body }),
  });
}

async function importCsv(csv: string, query = '') {
  const res = await send('POST', `${URL}/import${query}`, csv, 'text/csv; charset=utf-8');
  return { status: res.statusCode, body: res.json() as Counts & RowErrors };
}

async function byCode(code: string): Promise<CatalogItem | undefined> {
  const res = await t.api.get<{ items: CatalogItem[] }>(`${URL}?q=${code}&active=all`, { roles: ['ADMIN'] });
  return res.body.items.find((i) => i.code === code);
}

async function catalogSize(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from service_catalog`,
  );
  return row?.n ?? 0;
}

async function importAudits() {
  return queryRows<{ metadata: Record<string, unknown> }>(
    t.database.db,
    sql`select metadata from audit_log where action = 'catalog.import' order by id`,
  );
}

describe('catalogue import: CSV', () => {
  it('creates new codes, updates changed ones, counts the rest, in naira as typed, and audits once', async () => {
    const first = await importCsv(
      [
        HEADER,
        'IMP-FBC,Full blood count,LAB,LAB_TEST,"12,500.00",yes,yes,no,BEFORE,DOCTOR;NURSE,yes',
        'IMP-XR,"Chest X-ray, PA view",RADIOLOGY,RADIOLOGY_STUDY,20000,,,,AFTER,DOCTOR,',
        'IMP-OLD,Old test,LAB,LAB_TEST,0.50,,,,,,no',
      ].join('\r\n'),
    );
    expect(first).toMatchObject({
      status: 200,
      body: { created: 3, updated: 0, unchanged: 0, dryRun: false },
    });
    expect(await byCode('IMP-FBC')).toMatchObject({
      name: 'Full blood count',
      price: 1_250_000,
      requiresConsultation: true,
      orderableBy: ['DOCTOR', 'NURSE'],
    });
    expect(await byCode('IMP-XR')).toMatchObject({
      name: 'Chest X-ray, PA view',
      price: 2_000_000,
      billTiming: 'AFTER',
    });
    expect(await byCode('IMP-OLD')).toMatchObject({ price: 50, active: false });

    // Header in any case and order; one price changed, one row identical, one new.
    const second = await importCsv(
      [
        'PRICE,Code,Name,Department,WorkflowType,RequiresConsultation,OrderableBy,BillTiming',
        '"13,000",IMP-FBC,Full blood count,lab,lab test,yes,doctor;nurse,before',
        '20000.00,IMP-XR,"Chest X-ray, PA view",RADIOLOGY,RADIOLOGY_STUDY,no,DOCTOR,AFTER',
        '100,IMP-NEW,New test,LAB,LAB_TEST,,,',
      ].join('\n'),
    );
    expect(second).toMatchObject({ status: 200, body: { created: 1, updated: 1, unchanged: 1 } });
    expect((await byCode('IMP-FBC'))?.price).toBe(1_300_000);
    expect((await importAudits()).map((a) => a.metadata)).toEqual([
      { format: 'csv', rows: 3, created: 3, updated: 0, unchanged: 0 },
      { format: 'csv', rows: 3, created: 1, updated: 1, unchanged: 1 },
    ]);
  });

  it('CAT-3: refuses a file with bad rows as a whole, naming exactly those rows and fields', async () => {
    const before = await catalogSize();
    const audits = (await importAudits()).length;
    const res = await importCsv(
      [
        HEADER,
        'BAD-OK1,Fine row,LAB,LAB_TEST,100.00,yes,no,no,BEFORE,,yes',
        'BAD-2,Price with kobo fractions,LAB,LAB_TEST,10.555,yes,no,no,BEFORE,,yes',
        'BAD-OK2,Another fine row,LAB,LAB_TEST,200,yes,no,no,BEFORE,,yes',
        'BAD-4,Unknown department,KITCHEN,LAB_TEST,100,yes,no,no,BEFORE,,yes',
        '',
        'BAD-6,Bad flag and role,LAB,LAB_TEST,100,maybe,no,no,BEFORE,DOCTOR;CHEF,yes',
      ].join('\n'),
    );
    expectRefusal(res, 'UNPROCESSABLE');
    expect(res.body.error.details.rows.map((r) => `${r.row}:${r.field}`)).toEqual([
      '3:price',
      '5:department',
      '7:requiresVisit',
      '7:orderableBy',
    ]);
    expect(await catalogSize()).toBe(before);
    expect(await byCode('BAD-OK1')).toBeUndefined();
    expect(await importAudits()).toHaveLength(audits);
  });

  it('validates and counts without writing on a dry run', async () => {
    const before = await catalogSize();
    const res = await importCsv(
      [
        HEADER,
        'DRY-1,Dry run item,LAB,LAB_TEST,100,,,,,,',
        'IMP-FBC,Full blood count,LAB,LAB_TEST,1,,,,,,',
      ].join('\n'),
      '?dryRun=true',
    );
    expect(res).toMatchObject({ status: 200, body: { created: 1, updated: 1, unchanged: 0, dryRun: true } });
    expect(await catalogSize()).toBe(before);
    expect((await byCode('IMP-FBC'))?.price).toBe(1_300_000);
    const bad = await importCsv([HEADER, 'DRY-2,x,LAB,LAB_TEST,1,,,,,,'].join('\n'), '?dryRun=true');
    expect(bad.status).toBe(422);
  });

  it('refuses a file that is not CSV, not UTF-8, not a known type, or too large', async () => {
    const unclosed = await importCsv(`${HEADER}\nX-1,"unclosed,LAB,LAB_TEST,1`);
    expect(unclosed.status).toBe(422);
    expect(unclosed.body.error.details.rows[0]).toMatchObject({ row: 2, field: 'file' });
    const latin1 = await send(
      'POST',
      `${URL}/import`,
      Buffer.from(`${HEADER}\nX-2,Caf\xe9,LAB,LAB_TEST,1`, 'latin1'),
      'text/csv',
    );
    expect(latin1.statusCode).toBe(422);
    const json = await t.api.post<RowErrors>(`${URL}/import`, { rows: [] }, { roles: ['ADMIN'] });
    expectRefusal(json, 'UNSUPPORTED_MEDIA_TYPE');
    const huge = await send('POST', `${URL}/import`, `${HEADER}\n${'x'.repeat(2 * 1024 * 1024)}`, 'text/csv');
    expect(huge.statusCode).toBe(413);
  });

  it('is for administrators only', async () => {
    const res = await t.api.post(`${URL}/import`, `${HEADER}\n`, {
      roles: ['RECEPTIONIST'],
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(403);
    expect((await t.api.get(`${URL}/export`, { roles: ['CASHIER'] })).status).toBe(403);
    expect((await t.api.get(`${URL}/export`)).status).toBe(401);
  });
});

describe('catalogue import: XLSX', () => {
  it('reads the first sheet, with numeric prices and boolean cells', async () => {
    const body = xlsxFixture({
      Prices: sheetXml([
        ['Code', 'Name', 'Department', 'Workflow Type', 'Price', 'Auto Bill', 'Active'],
        ['XL-CONS', 'Specialist consultation', 'CONSULTATION', 'CONSULTATION_FEE', 15000.5, true, true],
        [],
        ['XL-BED', 'Bed day', 'ADMISSION', 'BED_DAY', { formula: '5000*2', result: 10000 }, false, 'no'],
      ]),
      Ignored: sheetXml([['not', 'read']]),
    });
    const res = await send('POST', `${URL}/import`, body, XLSX_MEDIA_TYPE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(await byCode('XL-CONS')).toMatchObject({ price: 1_500_050, autoBill: true, active: true });
    expect(await byCode('XL-BED')).toMatchObject({ price: 1_000_000, autoBill: false, active: false });
    expect((await importAudits()).at(-1)?.metadata).toMatchObject({ format: 'xlsx', created: 2 });
  });

  it('reports bad rows by their sheet row number, and refuses a file that is not a workbook', async () => {
    const body = xlsxFixture({
      Prices: sheetXml([
        ['code', 'name', 'department', 'workflowType', 'price'],
        [],
        [],
        ['XL-BAD', 'Bad price', 'LAB', 'LAB_TEST', 'free'],
      ]),
    });
    const res = await send('POST', `${URL}/import`, body, XLSX_MEDIA_TYPE);
    expect(res.statusCode).toBe(422);
    expect((res.json() as RowErrors).error.details.rows).toMatchObject([{ row: 4, field: 'price' }]);
    const garbage = await send('POST', `${URL}/import`, Buffer.from('not a zip'), XLSX_MEDIA_TYPE);
    expect(garbage.statusCode).toBe(422);
  });
});

describe('catalogue import: XLSX that unpacks too large', () => {
  const HEADER_ROW = ['code', 'name', 'department', 'workflowType', 'price'];
  // 30 MB of whitespace in the sheet: a file of a few tens of kilobytes.
  const bomb = () =>
    xlsxFixture({
      Prices: sheetXml([HEADER_ROW, ['XL-BOMB', 'Bomb', 'LAB', 'LAB_TEST', 1]], 30 * 1024 * 1024),
    });

  it('IMPORT-XLSX-1: refuses a workbook whose sheet unpacks past 20 MB, from its directory, with nothing written', async () => {
    const body = bomb();
    expect(body.length).toBeLessThan(200 * 1024);
    const before = await catalogSize();
    const res = await send('POST', `${URL}/import`, body, XLSX_MEDIA_TYPE);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', details: { field: 'file', limitBytes: 20 * 1024 * 1024 } },
    });
    expect(await catalogSize()).toBe(before);
    expect(await byCode('XL-BOMB')).toBeUndefined();
  });

  it('IMPORT-XLSX-1: refuses it too when the zip understates the sheet size, stopping at the limit', async () => {
    const forged = understateUnpackedSize(bomb(), 'xl/worksheets/sheet1.xml', 2000);
    const res = await send('POST', `${URL}/import`, forged, XLSX_MEDIA_TYPE);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', details: { field: 'file' } } });
    // Counting stopped within one piece of input past the limit, far from the 30 MB in the file.
    const { unpackedBytes } = (res.json() as { error: { details: { unpackedBytes: number } } }).error.details;
    expect(unpackedBytes).toBeLessThan(25 * 1024 * 1024);
  });

  it('IMPORT-XLSX-1: refuses a part compressed beyond any real spreadsheet, even under the size limit', async () => {
    // 5 MB of whitespace deflates about 1000 to 1.
    const body = xlsxFixture({ Prices: sheetXml([HEADER_ROW], 5 * 1024 * 1024) });
    const res = await send('POST', `${URL}/import`, body, XLSX_MEDIA_TYPE);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', details: { part: 'xl/worksheets/sheet1.xml', limitRatio: 200 } },
    });
  });
});

describe('catalogue export', () => {
  it('exports CSV with a dated attachment name, and re-imports it unchanged', async () => {
    const res = await send('GET', `${URL}/export?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="service-catalog-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = res.body.replace(/^\ufeff/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toContain(
      'IMP-FBC,Full blood count,LAB,LAB_TEST,13000.00,yes,yes,no,BEFORE,DOCTOR;NURSE,yes',
    );
    expect(lines).toContain('IMP-OLD,Old test,LAB,LAB_TEST,0.50,yes,no,no,BEFORE,,no');

    const size = await catalogSize();
    expect(lines).toHaveLength(size + 1);
    const again = await send('POST', `${URL}/import`, res.rawPayload, 'text/csv');
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: size, dryRun: false });
  });

  it('exports XLSX with numeric prices, and re-imports it unchanged', async () => {
    const res = await send('GET', `${URL}/export?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers['content-disposition']).toMatch(/filename="service-catalog-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const [sheet] = await readXlsxFile(res.rawPayload);
    const size = await catalogSize();
    expect(sheet?.sheet).toBe('Service catalogue');
    expect(sheet?.data).toHaveLength(size + 1);
    expect(sheet?.data[0]).toEqual(HEADER.split(','));
    const consultation = sheet?.data.find((row) => row[0] === 'XL-CONS');
    expect(consultation?.[4]).toBe(15000.5);

    const again = await send('POST', `${URL}/import`, res.rawPayload, XLSX_MEDIA_TYPE);
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: size, dryRun: false });
  });
});
