import { amountInWords, type ChargeStatus, formatMoney } from '@modern-emr/domain';
import { openA4 } from './a4/a4-document';
import { drawFields, type Field } from './a4/fields';
import { drawSectionTitle } from './a4/section';
import { type Column, drawTable } from './a4/table';
import { drawAmountInWords, drawTotals, type TotalLine } from './a4/totals';
import type { ClinicLetterhead, InvoiceData, RenderOptions } from './documents.types';
import { formatDate, formatDateTime, methodLabel } from './pdf/format';

const STATUS_LABELS: Record<ChargeStatus, string> = {
  PENDING: 'Unpaid',
  PARTIALLY_PAID: 'Part paid',
  PAID: 'Paid',
  WAIVED: 'Waived',
  VOIDED: 'Voided',
};

/** The A4 invoice for a visit: every charge with its HMO and patient shares, the summary, payments. */
export async function renderInvoice(
  clinic: ClinicLetterhead,
  invoice: InvoiceData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const hmo = invoice.payer.type === 'HMO' ? invoice.payer : null;
  const page = await openA4({
    clinic,
    base: invoice,
    options,
    title: 'INVOICE',
    number: invoice.invoiceNumber,
    subject: `Invoice for visit ${invoice.visitNumber} of ${invoice.patient.name} (${invoice.patient.mrn})`,
  });
  const { doc } = page;

  let y = drawFields(
    doc,
    [
      ['Patient', invoice.patient.name],
      ['MRN', invoice.patient.mrn],
      ['Visit', invoice.visitNumber],
    ],
    page.y,
  );
  // The payer's details share one row so an HMO invoice reads "who pays, under which authorisation".
  const payer: Field[] = [
    ['Date issued', formatDateTime(invoice.issuedAt, invoice.timeZone)],
    ['Payer', hmo ? `HMO: ${hmo.providerName}` : 'Cash (self-pay)'],
  ];
  if (hmo)
    payer.push(
      ['Policy number', hmo.policyNumber],
      ['Authorisation code', hmo.authorisationCode ?? 'Awaited'],
    );
  y = drawFields(doc, payer, y, hmo ? 4 : 3);

  // A cash visit has no HMO share, so the two share columns would only repeat the amount.
  const columns: Column[] = [
    { header: 'Code', weight: 0.85 },
    { header: 'Description', weight: hmo ? 2.5 : 3.6 },
    { header: 'Qty', weight: 0.55, align: 'right' },
    { header: 'Unit price', weight: 1.2, align: 'right' },
    { header: 'Amount', weight: 1.2, align: 'right' },
    ...(hmo
      ? [
          { header: 'HMO share', weight: 1.2, align: 'right' as const },
          { header: 'Patient share', weight: 1.35, align: 'right' as const },
        ]
      : []),
    { header: 'Status', weight: 0.9 },
  ];
  const rows = invoice.lines.map((l) => [
    l.code,
    l.name,
    String(l.quantity),
    money(l.unitPrice),
    money(l.amount),
    ...(hmo ? [money(l.hmoShare), money(l.patientShare)] : []),
    STATUS_LABELS[l.status],
  ]);
  y = drawTable(doc, columns, rows, y + 4, { continueOnNewPage: page.newPage, fontSize: 7.5 });

  const s = invoice.summary;
  const totals: TotalLine[] = [{ label: 'Total charges', value: money(s.charges) }];
  if (s.waived > 0) totals.push({ label: 'Less waived', value: money(-s.waived) });
  if (s.hmoCovered > 0) totals.push({ label: 'Covered by HMO', value: money(-s.hmoCovered) });
  if (s.hmoPending > 0) totals.push({ label: 'HMO cover awaited', value: money(-s.hmoPending) });
  totals.push({ label: 'Patient share', value: money(s.patientShare), strong: true });
  totals.push({ label: 'Paid', value: money(s.paid) });
  totals.push(
    s.outstanding < 0
      ? { label: 'Credit', value: money(-s.outstanding), strong: true }
      : { label: 'Amount due', value: money(s.outstanding), strong: true },
  );
  y = drawTotals(doc, totals, y + 4, page.newPage);
  y = drawAmountInWords(
    doc,
    'Patient share in words',
    amountInWords(s.patientShare, invoice.currency),
    y + 14,
  );
  if (s.outstanding > 0) {
    y = drawAmountInWords(doc, 'Amount due in words', amountInWords(s.outstanding, invoice.currency), y + 8);
  }

  if (invoice.payments.length > 0) {
    y = drawSectionTitle(doc, 'Payments received', y + 18, page.newPage);
    y = drawTable(
      doc,
      [
        { header: 'Receipt', weight: 1.4 },
        { header: 'Date', weight: 1.4 },
        { header: 'Method', weight: 1.4 },
        { header: 'Amount', weight: 1.2, align: 'right' },
      ],
      invoice.payments.map((p) => [
        p.receiptNumber,
        formatDate(p.date, invoice.timeZone),
        methodLabel(p.method),
        money(p.amount),
      ]),
      y,
      { continueOnNewPage: page.newPage },
    );
  }
  return page.done();
}
