import { beforeAll, describe, expect, it } from 'vitest';
import { renderInvoice } from './invoice';
import { clinic, GENERATED_AT, invoice } from './testing/fixtures';
import { checkPage } from './testing/page-check';
import { pdfInfo, pdfText, requirePoppler, skipWithoutPoppler } from './testing/poppler';

beforeAll(requirePoppler);

const options = { generatedAt: GENERATED_AT };

describe.skipIf(skipWithoutPoppler)('invoice', () => {
  it('renders an HMO invoice with partial cover on one A4 page', async () => {
    const pdf = await renderInvoice(clinic, invoice, options);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ pages: 1, width: 595.28, height: 841.89, title: 'Invoice INV-2026-000013' });

    const text = pdfText(pdf);
    for (const expected of [
      'INV-2026-000013',
      'MRN-000517',
      'HMO: Hygeia HMO',
      'HYG/LAG/204871',
      'AUTH-88213',
      'RCT-2026-000051',
      'Waived',
      'Eight thousand four hundred naira only',
      'One thousand nine hundred naira only',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Total charges\s+₦ 40,000.00/);
    expect(text).toMatch(/Covered by HMO\s+-₦ 19,600.00/);
    expect(text).toMatch(/Patient share\s+₦ 8,400.00/);
    expect(text).toMatch(/Amount due\s+₦ 1,900.00/);

    const page = checkPage(pdf, 1, 'invoice-hmo');
    expect(page.dark).toBeGreaterThan(0.01);
    expect(page.dark).toBeLessThan(0.3);
  });

  it('DOC-1: drops the share columns for a cash visit and keeps the number on a reprint', async () => {
    const cash = {
      ...invoice,
      payer: { type: 'CASH' as const },
      lines: invoice.lines.map((l) => ({
        ...l,
        hmoShare: 0,
        patientShare: l.status === 'WAIVED' ? 0 : l.amount,
      })),
      summary: { ...invoice.summary, hmoCovered: 0, patientShare: 2_800_000, outstanding: 2_150_000 },
    };
    const pdf = await renderInvoice(clinic, cash, { ...options, reprint: true });
    const text = pdfText(pdf);
    expect(text).toContain('Cash (self-pay)');
    expect(text).not.toContain('HMO share');
    expect(text).toContain('REPRINT');
    expect(text).toContain('INV-2026-000013');
    expect(text).toContain('Twenty-eight thousand naira only');
    checkPage(pdf, 1, 'invoice-cash-reprint');
  });

  it('carries a long pending-HMO invoice over pages, totals and payments included', async () => {
    const lines = Array.from({ length: 45 }, (_, i) => ({
      code: `LAB-${String(i + 1).padStart(3, '0')}`,
      name: `Laboratory investigation ${i + 1}`,
      quantity: 1,
      unitPrice: 200_000,
      amount: 200_000,
      hmoShare: 140_000,
      patientShare: 60_000,
      status: 'PENDING' as const,
    }));
    const pending = {
      ...invoice,
      payer: {
        type: 'HMO' as const,
        providerName: 'AXA Mansard',
        policyNumber: 'AXA-99120',
        authorisationCode: null,
      },
      lines,
      summary: {
        charges: 9_000_000,
        waived: 0,
        hmoCovered: 0,
        hmoPending: 6_300_000,
        patientShare: 2_700_000,
        paid: 650_000,
        outstanding: 2_050_000,
      },
    };
    const pdf = await renderInvoice({ ...clinic, logoPng: undefined }, pending, options);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(2);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim() !== '');
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of 2`);
      expect(text).toMatch(/Code\s+Description\s+Qty/);
    });
    const text = pages.join('\n');
    expect(text).toContain('Awaited');
    expect(text).toMatch(/HMO cover awaited\s+-₦ 63,000.00/);
    expect(text).toContain('RCT-2026-000051');
    for (let page = 1; page <= 2; page++) checkPage(pdf, page, 'invoice-long');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([
      renderInvoice(clinic, invoice, options),
      renderInvoice(clinic, invoice, options),
    ]);
    expect(a.equals(b)).toBe(true);
  });
});
