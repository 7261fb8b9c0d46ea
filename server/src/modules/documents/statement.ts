import { amountInWords, formatMoney } from '@modern-emr/domain';
import { openA4 } from './a4/a4-document';
import { drawFields } from './a4/fields';
import { drawTable } from './a4/table';
import { drawAmountInWords, drawTotals, type TotalLine } from './a4/totals';
import type { ClinicLetterhead, RenderOptions, StatementData } from './documents.types';
import { formatDate, formatDateTime } from './pdf/format';
import { buildLedger } from './statement-ledger';

/**
 * The A4 statement of a visit: every charge, payment, refund, waiver and HMO cover in order with a
 * running balance. Long visits run over several pages; each repeats the table header.
 */
export async function renderStatement(
  clinic: ClinicLetterhead,
  statement: StatementData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const money = (minor: number) => formatMoney(minor, statement.currency);
  const blankIfZero = (minor: number) => (minor === 0 ? '' : money(minor));
  const ledger = buildLedger(statement.entries);
  const page = await openA4({
    clinic,
    base: statement,
    options,
    title: 'STATEMENT',
    number: statement.visitNumber,
    subject: `Statement of visit ${statement.visitNumber} for ${statement.patient.name} (${statement.patient.mrn})`,
  });
  const { doc } = page;

  const first = statement.entries[0];
  const last = statement.entries.at(-1);
  const period =
    first && last
      ? `${formatDate(first.date, statement.timeZone)} – ${formatDate(last.date, statement.timeZone)}`
      : '';
  let y = drawFields(
    doc,
    [
      ['Patient', statement.patient.name],
      ['MRN', statement.patient.mrn],
      ['Visit', statement.visitNumber],
      ['Statement date', formatDateTime(statement.issuedAt, statement.timeZone)],
      ['Payer', statement.payerLabel],
      ['Period', period],
    ],
    page.y,
  );

  y = drawTable(
    doc,
    [
      { header: 'Date', weight: 1.5 },
      { header: 'Description', weight: 2.35 },
      { header: 'Reference', weight: 1.5 },
      { header: 'Debit', weight: 1.2, align: 'right' },
      { header: 'Credit', weight: 1.2, align: 'right' },
      { header: 'Balance', weight: 1.3, align: 'right' },
    ],
    ledger.rows.map((r) => [
      formatDateTime(r.entry.date, statement.timeZone),
      r.entry.description,
      r.entry.reference,
      blankIfZero(r.debit),
      blankIfZero(r.credit),
      money(r.balance),
    ]),
    y + 4,
    { continueOnNewPage: page.newPage, fontSize: 7.5 },
  );

  const t = ledger.totals;
  const totals: TotalLine[] = [{ label: 'Charges', value: money(t.CHARGE) }];
  if (t.WAIVER > 0) totals.push({ label: 'Waived', value: money(-t.WAIVER) });
  if (t.HMO > 0) totals.push({ label: 'HMO cover', value: money(-t.HMO) });
  totals.push({ label: 'Payments', value: money(-t.PAYMENT) });
  if (t.REFUND > 0) totals.push({ label: 'Refunds', value: money(t.REFUND) });
  const closing = ledger.closingBalance;
  totals.push({
    label: closing < 0 ? 'Credit' : 'Balance due',
    value: money(Math.abs(closing)),
    strong: true,
  });
  y = drawTotals(doc, totals, y + 4, page.newPage);
  drawAmountInWords(
    doc,
    closing < 0 ? 'Credit in words' : 'Balance due in words',
    amountInWords(Math.abs(closing), statement.currency),
    y + 14,
  );
  return page.done();
}
