import { amountInWords, formatMoney } from '@modern-emr/domain';
import { openA4 } from './a4/a4-document';
import { drawFields } from './a4/fields';
import { drawSignature } from './a4/signature';
import { drawTable } from './a4/table';
import { drawAmountInWords, drawTotals, type TotalLine } from './a4/totals';
import type { ClinicLetterhead, ReceiptData, RenderOptions } from './documents.types';
import { formatDateTime, methodLabel } from './pdf/format';
import { balanceLine, unallocated } from './receipt-figures';

/** The A4 receipt for one payment: what was received, what it paid, and what is left. */
export async function renderReceiptA4(
  clinic: ClinicLetterhead,
  receipt: ReceiptData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const money = (minor: number) => formatMoney(minor, receipt.currency);
  const page = await openA4({
    clinic,
    base: receipt,
    options,
    title: 'RECEIPT',
    number: receipt.receiptNumber,
    subject: `Payment receipt for ${receipt.patient.name} (${receipt.patient.mrn})`,
  });
  const { doc } = page;

  let y = drawFields(
    doc,
    [
      ['Received from', receipt.patient.name],
      ['MRN', receipt.patient.mrn],
      ['Visit', receipt.visitNumber],
      ['Date', formatDateTime(receipt.issuedAt, receipt.timeZone)],
      ['Payment method', methodLabel(receipt.method)],
      ['Reference', receipt.reference ?? ''],
    ],
    page.y,
  );

  y = drawTable(
    doc,
    [
      { header: 'Code', weight: 1.2 },
      { header: 'Paid towards', weight: 4 },
      { header: 'Amount', weight: 1.6, align: 'right' },
    ],
    receipt.allocations.map((a) => [a.code, a.name, money(a.amount)]),
    y + 6,
    { continueOnNewPage: page.newPage },
  );

  const lines: TotalLine[] = [];
  const toWallet = unallocated(receipt);
  if (toWallet > 0) lines.push({ label: 'Credited to wallet', value: money(toWallet) });
  lines.push({ label: 'Amount received', value: money(receipt.amount), strong: true });
  const balance = balanceLine(receipt.balanceAfter);
  lines.push({ label: balance.label, value: money(balance.amount) });
  y = drawTotals(doc, lines, y + 4, page.newPage);

  y = drawAmountInWords(doc, 'Amount in words', amountInWords(receipt.amount, receipt.currency), y + 16);
  drawSignature(doc, `Received by ${receipt.cashierName}`, y + 30, page.newPage);
  return page.done();
}
