import { amountInWords, formatMoney } from '@modern-emr/domain';
import type { ClinicLetterhead, ReceiptData, RenderOptions } from './documents.types';
import { createDocument, type Doc, finish } from './pdf/create-document';
import { FONT } from './pdf/fonts';
import { formatDateTime, methodLabel } from './pdf/format';
import { qrPng } from './pdf/qr';
import { balanceLine, unallocated } from './receipt-figures';
import { MEASURE_HEIGHT, ROLL_MARGIN, ROLL_WIDTH, Roll } from './thermal/roll';

interface Parts {
  clinic: ClinicLetterhead;
  receipt: ReceiptData;
  qr: Buffer;
  reprint: boolean;
  generatedAt: Date;
}

/**
 * The receipt for an 80 mm thermal printer: one page exactly as long as its content, so the
 * printer cuts right after the footer. The layout runs twice: once on a very tall scratch page to
 * measure it, then for real on a page of the measured height.
 */
export async function renderReceiptThermal(
  clinic: ClinicLetterhead,
  receipt: ReceiptData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const parts: Parts = {
    clinic,
    receipt,
    qr: await qrPng(receipt.receiptNumber),
    reprint: options.reprint ?? false,
    generatedAt: options.generatedAt ?? new Date(),
  };
  const height = Math.ceil(layout(open(parts, MEASURE_HEIGHT), parts) + ROLL_MARGIN);
  const doc = open(parts, height);
  layout(doc, parts);
  return finish(doc);
}

function open(parts: Parts, height: number): Doc {
  return createDocument({
    size: [ROLL_WIDTH, height],
    margin: ROLL_MARGIN,
    title: `Receipt ${parts.receipt.receiptNumber}`,
    author: parts.clinic.clinicName,
    subject: `Payment receipt for ${parts.receipt.patient.name} (${parts.receipt.patient.mrn})`,
    creationDate: parts.generatedAt,
  });
}

/** Draws the receipt and returns the y of its bottom edge. */
function layout(doc: Doc, { clinic, receipt, qr, reprint, generatedAt }: Parts): number {
  const money = (minor: number) => formatMoney(minor, receipt.currency);
  const roll = new Roll(doc);
  // A faint watermark would not survive a thermal printer, so a copy says so in plain words.
  if (reprint) roll.centred('*** REPRINT ***', FONT.monoBold, 10, 4);

  roll.centred(clinic.clinicName, FONT.bold, 11.5, 2);
  if (clinic.address) roll.centred(clinic.address, FONT.regular, 7);
  if (clinic.phone) roll.centred(`Tel: ${clinic.phone}`, FONT.regular, 7);
  if (clinic.email) roll.centred(clinic.email, FONT.regular, 7);
  roll.dashes();

  roll.centred('RECEIPT', FONT.bold, 12, 0);
  roll.centred(receipt.receiptNumber, FONT.monoBold, 9, 4);
  roll.pair('Date', formatDateTime(receipt.issuedAt, receipt.timeZone));
  roll.pair('Patient', receipt.patient.name);
  roll.pair('MRN', receipt.patient.mrn);
  roll.pair('Visit', receipt.visitNumber);
  roll.pair('Cashier', receipt.cashierName);
  roll.pair('Method', methodLabel(receipt.method));
  if (receipt.reference) roll.pair('Reference', receipt.reference);
  roll.dashes();

  for (const a of receipt.allocations) roll.item(a.name, money(a.amount));
  const toWallet = unallocated(receipt);
  if (toWallet > 0) roll.item('Credited to wallet', money(toWallet));
  roll.dashes();

  roll.centred('TOTAL PAID', FONT.monoBold, 9, 0);
  roll.centred(money(receipt.amount), FONT.bold, 18, 2);
  roll.centred(amountInWords(receipt.amount, receipt.currency), FONT.regular, 7.5, 4);
  const balance = balanceLine(receipt.balanceAfter);
  roll.pair(balance.label, money(balance.amount), FONT.monoBold);
  roll.dashes();

  roll.gap(2);
  roll.image(qr, 84);
  roll.centred('Thank you. Please keep this receipt.', FONT.regular, 7, 2);
  roll.centred(
    `Printed ${formatDateTime(generatedAt, receipt.timeZone)} (${receipt.timeZone})`,
    FONT.mono,
    6.5,
    0,
  );
  if (reprint) roll.centred('*** REPRINT ***', FONT.monoBold, 10, 0);
  return roll.y;
}
