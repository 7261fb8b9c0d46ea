import { DEFAULT_CLINIC_SETTINGS } from '@modern-emr/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { letterheadFromSettings } from './letterhead-from-settings';
import { renderReceiptA4 } from './receipt-a4';
import { renderReceiptThermal } from './receipt-thermal';
import { clinic, GENERATED_AT, receipt } from './testing/fixtures';
import { checkPage } from './testing/page-check';
import { pdfInfo, pdfText, requirePoppler, skipWithoutPoppler } from './testing/poppler';

beforeAll(requirePoppler);

const options = { generatedAt: GENERATED_AT };

describe.skipIf(skipWithoutPoppler)('A4 receipt', () => {
  it('is a one-page A4 PDF with the clinic, number, total in naira, words and MRN', async () => {
    const pdf = await renderReceiptA4(clinic, receipt, options);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ pages: 1, width: 595.28, height: 841.89, author: 'Lekki Family Clinic' });
    expect(info.title).toBe('Receipt RCT-2026-000042');

    const text = pdfText(pdf);
    for (const expected of [
      'Lekki Family Clinic',
      'RCT-2026-000042',
      '₦ 12,500.00',
      'Twelve thousand five hundred naira only',
      'MRN-000482',
      'Chiamaka Adaeze Okonkwo',
      '₦ 4,500.00',
      'Generated 14 Mar 2026 16:42 (Africa/Lagos)',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('REPRINT');

    const page = checkPage(pdf, 1, 'receipt-a4');
    expect(page).toMatchObject({ width: 414, height: 585 });
    expect(page.dark).toBeGreaterThan(0.01);
    expect(page.dark).toBeLessThan(0.3);
  });

  it('marks a reprint and keeps the same number', async () => {
    const pdf = await renderReceiptA4(clinic, receipt, { ...options, reprint: true });
    const text = pdfText(pdf);
    expect(text).toContain('REPRINT');
    expect(text).toContain('RCT-2026-000042');
    checkPage(pdf, 1, 'receipt-a4-reprint');
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([
      renderReceiptA4(clinic, receipt, options),
      renderReceiptA4(clinic, receipt, options),
    ]);
    expect(a.equals(b)).toBe(true);
  });

  it('states a negative balance as a credit and an unallocated amount as wallet credit', async () => {
    const overpaid = { ...receipt, amount: 1_500_000, balanceAfter: -250_000 };
    const text = pdfText(await renderReceiptA4({ ...clinic, logoPng: undefined }, overpaid, options));
    expect(text).toMatch(/Credit balance\s+₦ 2,500.00/);
    expect(text).toMatch(/Credited to wallet\s+₦ 2,500.00/);
    expect(text).toContain('Fifteen thousand naira only');
  });
});

describe.skipIf(skipWithoutPoppler)('thermal receipt', () => {
  it('is one 80 mm page as tall as its content', async () => {
    const pdf = await renderReceiptThermal(clinic, receipt, options);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(226.77, 1);
    expect(info.height).toBeGreaterThan(300);
    expect(info.height).toBeLessThan(900);

    const text = pdfText(pdf);
    for (const expected of ['RCT-2026-000042', '₦ 12,500.00', 'MRN-000482', 'Lekki Family Clinic']) {
      expect(text).toContain(expected);
    }
    // Words wrap on the narrow roll; compare with the line breaks taken out.
    expect(text.replace(/\s+/g, ' ')).toContain('Twelve thousand five hundred naira only');

    const page = checkPage(pdf, 1, 'receipt-thermal');
    expect(page.width).toBe(158);
    expect(page.dark).toBeGreaterThan(0.01);
  });

  it('grows with the number of charges', async () => {
    const many = {
      ...receipt,
      allocations: Array.from({ length: 12 }, (_, i) => ({
        code: `LAB-${i}`,
        name: `Laboratory test number ${i + 1}`,
        amount: 100_000,
      })),
      amount: 1_200_000,
    };
    const short = pdfInfo(await renderReceiptThermal(clinic, receipt, options)).height;
    const longPdf = await renderReceiptThermal(clinic, many, { ...options, reprint: true });
    const long = pdfInfo(longPdf);
    expect(long.pages).toBe(1);
    expect(long.height).toBeGreaterThan(short + 100);
    expect(pdfText(longPdf)).toContain('*** REPRINT ***');
    expect(checkPage(longPdf, 1, 'receipt-thermal-reprint').dark).toBeGreaterThan(0.01);
  });
});

describe('letterhead from settings', () => {
  it('copies the printed fields and the logo', () => {
    const settings = {
      ...DEFAULT_CLINIC_SETTINGS,
      clinicName: 'Ikeja Medical Centre',
      address: '3 Allen Avenue, Ikeja',
      phone: '01 555 0100',
      email: 'info@ikejamedical.ng',
    };
    expect(letterheadFromSettings(settings)).toEqual({
      clinicName: 'Ikeja Medical Centre',
      address: '3 Allen Avenue, Ikeja',
      phone: '01 555 0100',
      email: 'info@ikejamedical.ng',
    });
    const logo = Buffer.from([1, 2, 3]);
    expect(letterheadFromSettings(settings, logo).logoPng).toBe(logo);
  });
});
