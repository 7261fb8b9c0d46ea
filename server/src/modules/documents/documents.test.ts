import type { PaymentCreated, WalletDepositCreated } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type LoggedIn, loginAs, type TestApp, type TestClock } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import { visits } from '../visit-records';
import { insertPatient, insertVisitWithCharges, openShift } from '../wallet/testing';
import { checkPage } from './testing/page-check';
import { pdfText, requirePoppler, skipWithoutPoppler } from './testing/poppler';

/**
 * The document endpoints over HTTP, on payments taken through the payments endpoint. The clock is
 * the real one: a receipt's "balance after" is computed from what existed when the payment was
 * received, which compares the payment's time with the charges' database timestamps.
 */
const liveClock: TestClock = Object.assign(() => new Date(), { advance: () => {} });

let t: TestApp;
let cashier: LoggedIn;
beforeAll(async () => {
  requirePoppler();
  t = await createTestApp({ clock: liveClock });
  cashier = await loginAs(t, 'CASHIER');
  await openShift(t.database.db, cashier.id);
  const renamed = await t.api.patch(
    '/api/v1/settings',
    { clinicName: 'Ikoyi Harbour Clinic', currency: 'NGN' },
    { roles: ['ADMIN'] },
  );
  expect(renamed.status).toBe(200);
});
afterAll(() => t.close());

interface PdfResponse {
  status: number;
  headers: Record<string, unknown>;
  pdf: Buffer;
  json: { error?: { code: string } } | null;
}

async function getPdf(url: string, token: string | null = cashier.token): Promise<PdfResponse> {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const isJson = String(res.headers['content-type'] ?? '').includes('application/json');
  return {
    status: res.statusCode,
    headers: res.headers,
    pdf: res.rawPayload,
    json: isJson ? res.json() : null,
  };
}

let keys = 0;
async function pay(visitId: string, amount: number, method = 'CASH'): Promise<PaymentCreated> {
  const res = await t.api.post<PaymentCreated>(
    `/api/v1/visits/${visitId}/payments`,
    { amount, method },
    { token: cashier.token, headers: { 'idempotency-key': `docs-${process.pid}-${++keys}` } },
  );
  if (res.status !== 201) throw new Error(`payment failed: ${res.status} ${res.text}`);
  return res.body;
}

/** A visit with a 5,000 and a 3,000 naira charge. */
async function billedVisit() {
  const patient = await insertPatient(t.database.db);
  const visit = await insertVisitWithCharges(t.database.db, {
    patientId: patient.id,
    openedBy: cashier.id,
    amounts: [500_000, 300_000],
  });
  return { ...visit, mrn: patient.mrn };
}

function expectPdfHeaders(res: PdfResponse, filename: string) {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toBe(`inline; filename="${filename}"`);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

async function auditCount(action: string, entityId: string): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    t.database.db,
    sql`select count(*)::text as n from audit_log where action = ${action} and entity_id = ${entityId}`,
  );
  return Number(row?.n);
}

describe.skipIf(skipWithoutPoppler)('receipts over HTTP', () => {
  it('prints the A4 receipt with its number and the balance left, then marks copies as reprints', async () => {
    const visit = await billedVisit();
    const first = await pay(visit.visitId, 600_000);
    const url = `/api/v1/payments/${first.id}/receipt.pdf`;

    const original = await getPdf(url);
    expectPdfHeaders(original, `${first.receiptNumber}.pdf`);
    const text = pdfText(original.pdf);
    for (const expected of [
      'Ikoyi Harbour Clinic',
      first.receiptNumber,
      visit.visitNumber,
      visit.mrn,
      'Adaeze Okafor',
      '₦ 6,000.00',
      'Six thousand naira only',
      'Consultation (GP)',
      '₦ 2,000.00', // balance outstanding after this payment
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('REPRINT');
    const page = checkPage(original.pdf, 1, 'http-receipt-a4');
    expect(page.dark).toBeGreaterThan(0.01);
    expect(page.dark).toBeLessThan(0.3);

    // The rest is paid (with 500 naira over, to the wallet); the first receipt still reads as it did.
    await pay(visit.visitId, 250_000);
    const copy = await getPdf(`${url}?format=a4`);
    expectPdfHeaders(copy, `${first.receiptNumber}.pdf`);
    const copyText = pdfText(copy.pdf);
    expect(copyText).toContain('REPRINT');
    expect(copyText).toContain(first.receiptNumber);
    expect(copyText).toMatch(/Balance outstanding\s+₦ 2,000.00/);
    expect(await auditCount('document.receipt.print', first.id)).toBe(2);
  });

  it('prints the 80 mm thermal receipt, showing an overpayment credited to the wallet', async () => {
    const visit = await billedVisit();
    const payment = await pay(visit.visitId, 850_000, 'POS');
    const res = await getPdf(`/api/v1/payments/${payment.id}/receipt.pdf?format=thermal`);
    expectPdfHeaders(res, `${payment.receiptNumber}.pdf`);
    const text = pdfText(res.pdf);
    expect(text).toContain(payment.receiptNumber);
    expect(text).toContain('Credited to wallet');
    expect(text).toContain('₦ 500.00');
    const page = checkPage(res.pdf, 1, 'http-receipt-thermal');
    expect(page.width).toBe(158);
    expect(page.dark).toBeGreaterThan(0.01);
  });

  it('prints a wallet deposit receipt under the deposit receipt number', async () => {
    const patient = await insertPatient(t.database.db);
    const res = await t.api.post<WalletDepositCreated>(
      `/api/v1/patients/${patient.id}/wallet`,
      { amount: 1_000_000, method: 'TRANSFER', reference: 'ZEN-4471' },
      { token: cashier.token, headers: { 'idempotency-key': `docs-${process.pid}-${++keys}` } },
    );
    expect(res.status).toBe(201);
    const url = `/api/v1/wallet-entries/${res.body.entry.id}/receipt.pdf`;
    const pdf = await getPdf(url);
    expectPdfHeaders(pdf, `${res.body.receiptNumber}.pdf`);
    const text = pdfText(pdf.pdf);
    for (const expected of [
      res.body.receiptNumber,
      'Wallet deposit',
      'ZEN-4471',
      'Ten thousand naira only',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Credit balance\s+₦ 10,000.00/);
    expect(pdfText((await getPdf(`${url}?format=thermal`)).pdf)).toContain('REPRINT');
  });
});

describe.skipIf(skipWithoutPoppler)('invoices and statements over HTTP', () => {
  it('assigns the invoice number at the first print and keeps it on every reprint', async () => {
    const visit = await billedVisit();
    const payment = await pay(visit.visitId, 300_000);
    const url = `/api/v1/visits/${visit.visitId}/invoice.pdf`;

    const first = await getPdf(url);
    const [stored] = await t.database.db
      .select({ invoiceNumber: visits.invoiceNumber })
      .from(visits)
      .where(eq(visits.id, visit.visitId));
    const invoiceNumber = stored?.invoiceNumber ?? '';
    expect(invoiceNumber).toMatch(/^INV-\d{4}-\d{6}$/);
    expectPdfHeaders(first, `${invoiceNumber}.pdf`);
    const text = pdfText(first.pdf);
    for (const expected of [
      'Ikoyi Harbour Clinic',
      invoiceNumber,
      visit.visitNumber,
      'Consultation (GP)',
      'Laboratory test 1',
      payment.receiptNumber,
      '₦ 8,000.00',
      '₦ 5,000.00', // outstanding
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('REPRINT');
    const page = checkPage(first.pdf, 1, 'http-invoice');
    expect(page.dark).toBeGreaterThan(0.01);
    expect(page.dark).toBeLessThan(0.3);

    await pay(visit.visitId, 500_000);
    const again = await getPdf(url);
    expectPdfHeaders(again, `${invoiceNumber}.pdf`);
    const againText = pdfText(again.pdf);
    expect(againText).toContain(invoiceNumber);
    expect(againText).toContain('REPRINT');
    const [after] = await t.database.db
      .select({ invoiceNumber: visits.invoiceNumber })
      .from(visits)
      .where(eq(visits.id, visit.visitId));
    expect(after?.invoiceNumber).toBe(invoiceNumber);
    expect(await auditCount('document.invoice.issue', visit.visitId)).toBe(1);
    expect(await auditCount('document.invoice.reprint', visit.visitId)).toBe(1);
  });

  it('numbers the invoice of a visit that was closed before its first print', async () => {
    const visit = await billedVisit();
    await pay(visit.visitId, 800_000);
    await t.database.db
      .update(visits)
      .set({ status: 'CLOSED', closedAt: new Date(), closedBy: cashier.id })
      .where(eq(visits.id, visit.visitId));
    const res = await getPdf(`/api/v1/visits/${visit.visitId}/invoice.pdf`);
    expect(res.status).toBe(200);
    const [stored] = await t.database.db
      .select({ invoiceNumber: visits.invoiceNumber, status: visits.status })
      .from(visits)
      .where(eq(visits.id, visit.visitId));
    expect(stored?.status).toBe('CLOSED');
    expect(pdfText(res.pdf)).toContain(stored?.invoiceNumber ?? 'missing');
  });

  it('prints the statement with every charge and payment and a running balance', async () => {
    const visit = await billedVisit();
    const p1 = await pay(visit.visitId, 200_000);
    const p2 = await pay(visit.visitId, 100_000, 'TRANSFER');
    const res = await getPdf(`/api/v1/visits/${visit.visitId}/statement.pdf`);
    expectPdfHeaders(res, `statement-${visit.visitNumber}.pdf`);
    const text = pdfText(res.pdf);
    for (const expected of [
      visit.visitNumber,
      'Consultation (GP)',
      'Laboratory test 1',
      p1.receiptNumber,
      p2.receiptNumber,
      '₦ 5,000.00', // what is still owed: 8,000 − 2,000 − 1,000
    ]) {
      expect(text).toContain(expected);
    }
    checkPage(res.pdf, 1, 'http-statement');
    expect(await auditCount('document.statement.view', visit.visitId)).toBe(1);
  });
});

describe('document endpoints: refusals', () => {
  it('answers 404 for unknown documents and 400 for a bad format or id', async () => {
    const unknown = crypto.randomUUID();
    for (const url of [
      `/api/v1/payments/${unknown}/receipt.pdf`,
      `/api/v1/visits/${unknown}/invoice.pdf`,
      `/api/v1/visits/${unknown}/statement.pdf`,
      `/api/v1/wallet-entries/${unknown}/receipt.pdf`,
    ]) {
      const res = await getPdf(url);
      expect(res.status, url).toBe(404);
      expect(res.json?.error?.code).toBe('NOT_FOUND');
    }
    const visit = await billedVisit();
    const payment = await pay(visit.visitId, 100_000);
    const bad = await getPdf(`/api/v1/payments/${payment.id}/receipt.pdf?format=a5`);
    expect(bad.status).toBe(400);
    expect((await getPdf('/api/v1/visits/nope/invoice.pdf')).status).toBe(400);
  });

  it('prints for cashiers only, and never for anonymous callers', async () => {
    const visit = await billedVisit();
    const payment = await pay(visit.visitId, 100_000);
    const urls = [
      `/api/v1/payments/${payment.id}/receipt.pdf`,
      `/api/v1/visits/${visit.visitId}/invoice.pdf`,
      `/api/v1/visits/${visit.visitId}/statement.pdf`,
    ];
    for (const role of ['DOCTOR', 'RECEPTIONIST', 'ADMIN', 'PATIENT'] as const) {
      const { token } = await loginAs(t, role);
      for (const url of urls) expect((await getPdf(url, token)).status, `${role} ${url}`).toBe(403);
    }
    for (const url of urls) expect((await getPdf(url, null)).status).toBe(401);
    // Refused prints assign nothing.
    const [stored] = await t.database.db
      .select({ invoiceNumber: visits.invoiceNumber })
      .from(visits)
      .where(eq(visits.id, visit.visitId));
    expect(stored?.invoiceNumber).toBeNull();
  });
});

describe.skipIf(ENGINE !== 'postgres')('invoice numbering under concurrency', () => {
  it('DOC-1: gives simultaneous first prints one number between them, and uses up exactly one', async () => {
    const visit = await billedVisit();
    const [before] = await queryRows<{ last_value: number | null }>(
      t.database.db,
      sql`select max(last_value) as last_value from document_counters where kind = 'invoice'`,
    );
    const prints = await Promise.all(
      Array.from({ length: 6 }, () => getPdf(`/api/v1/visits/${visit.visitId}/invoice.pdf`)),
    );
    for (const p of prints) expect(p.status).toBe(200);
    const filenames = new Set(prints.map((p) => p.headers['content-disposition']));
    expect(filenames.size).toBe(1);
    const [after] = await queryRows<{ last_value: number | null }>(
      t.database.db,
      sql`select max(last_value) as last_value from document_counters where kind = 'invoice'`,
    );
    expect(Number(after?.last_value)).toBe(Number(before?.last_value ?? 0) + 1);
    expect(await auditCount('document.invoice.issue', visit.visitId)).toBe(1);
    expect(await auditCount('document.invoice.reprint', visit.visitId)).toBe(5);
  });
});
