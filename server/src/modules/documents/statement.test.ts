import { beforeAll, describe, expect, it } from 'vitest';
import { renderStatement } from './statement';
import { buildLedger } from './statement-ledger';
import { clinic, GENERATED_AT, longStatement } from './testing/fixtures';
import { checkPage } from './testing/page-check';
import { pdfInfo, pdfText, requirePoppler, skipWithoutPoppler } from './testing/poppler';

beforeAll(requirePoppler);

describe.skipIf(skipWithoutPoppler)('statement', () => {
  it('runs 80 ledger lines over several A4 pages with headers and page numbers', async () => {
    const statement = longStatement();
    const pdf = await renderStatement(clinic, statement, { generatedAt: GENERATED_AT });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(1);
    expect(info).toMatchObject({ width: 595.28, height: 841.89, author: 'Lekki Family Clinic' });

    const text = pdfText(pdf);
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(info.pages);
    pages.forEach((pageText, i) => {
      expect(pageText).toContain(`Page ${i + 1} of ${info.pages}`);
      expect(pageText).toMatch(/Date\s+Description\s+Reference\s+Debit\s+Credit\s+Balance/);
      expect(pageText).toContain('VIS-2026-000204');
    });
    expect(pages[1]).toContain('(continued)');

    const { closingBalance } = buildLedger(statement.entries);
    expect(closingBalance).toBe(2_340_000);
    expect(text).toMatch(/Balance due\s+₦ 23,400.00/);
    expect(text).toContain('Twenty-three thousand four hundred naira only');
    expect(text).toContain('MRN-000377');

    // Page 1 is full; the last page may hold only the closing rows and totals, so it is lighter.
    for (let page = 1; page <= info.pages; page++) {
      const check = checkPage(pdf, page, 'statement');
      expect(check.dark).toBeGreaterThan(page === 1 ? 0.01 : 0.003);
    }
  });
});

describe('ledger', () => {
  it('raises the balance on charges and refunds and lowers it on payments, waivers and HMO cover', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const entry = (kind: 'CHARGE' | 'PAYMENT' | 'REFUND' | 'WAIVER' | 'HMO', amount: number) => ({
      date: at,
      kind,
      description: kind,
      reference: '',
      amount,
    });
    const ledger = buildLedger([
      entry('CHARGE', 10_000),
      entry('HMO', 7_000),
      entry('PAYMENT', 5_000),
      entry('REFUND', 1_000),
      entry('WAIVER', 500),
    ]);
    expect(ledger.rows.map((r) => r.balance)).toEqual([10_000, 3_000, -2_000, -1_000, -1_500]);
    expect(ledger.closingBalance).toBe(-1_500);
  });
});
