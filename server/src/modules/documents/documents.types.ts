import type { ChargeStatus, ClinicSettings, PaymentMethod } from '@modern-emr/domain';

/**
 * Who issues the document: the clinic's identity from settings, plus its logo when it has one.
 * Currency and time zone are not here but on each document, because a reprint must show the
 * currency the money was taken in even if settings change later.
 */
export type ClinicLetterhead = Pick<ClinicSettings, 'clinicName' | 'address' | 'phone' | 'email'> & {
  /** A PNG, drawn at most 56 pt high at the top left. */
  logoPng?: Buffer;
};

/** What every document states besides its own content. */
export interface DocumentBase {
  /** ISO 4217 code; every amount on the document is integer minor units of it (kobo for NGN). */
  currency: string;
  /** IANA zone (Africa/Lagos) in which dates and the generation time are shown. */
  timeZone: string;
}

/** How this copy is produced; never changes the document's number or content. */
export interface RenderOptions {
  /** A copy of a document issued before: labelled and watermarked "REPRINT". */
  reprint?: boolean;
  /** Shown in the footer and stored as the PDF's CreationDate; default now. Fixed in tests. */
  generatedAt?: Date;
}

export interface PatientRef {
  name: string;
  mrn: string;
}

export interface ReceiptAllocation {
  code: string;
  name: string;
  /** The part of this payment that went to the charge. */
  amount: number;
}

export interface ReceiptData extends DocumentBase {
  /** e.g. RCT-2026-000042, assigned once by the database. */
  receiptNumber: string;
  issuedAt: Date;
  cashierName: string;
  patient: PatientRef;
  visitNumber: string;
  method: PaymentMethod;
  /** POS slip, transfer or gateway reference; null for cash. */
  reference: string | null;
  amount: number;
  allocations: readonly ReceiptAllocation[];
  /** The visit's outstanding after this payment; negative is a credit to the patient. */
  balanceAfter: number;
}

export type InvoicePayer =
  | { type: 'CASH' }
  | {
      type: 'HMO';
      providerName: string;
      policyNumber: string;
      /** null while the authorisation is awaited. */
      authorisationCode: string | null;
    };

export interface InvoiceLine {
  code: string;
  name: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  hmoShare: number;
  patientShare: number;
  status: ChargeStatus;
}

/** The numbers of domain.md's billing summary, as computed by `computeBilling`. */
export interface InvoiceSummary {
  charges: number;
  waived: number;
  hmoCovered: number;
  hmoPending: number;
  patientShare: number;
  paid: number;
  /** Negative is a credit. */
  outstanding: number;
}

export interface InvoicePayment {
  receiptNumber: string;
  date: Date;
  method: PaymentMethod;
  amount: number;
}

export interface InvoiceData extends DocumentBase {
  /** e.g. INV-2026-000013, assigned once per visit; a reprint keeps it. */
  invoiceNumber: string;
  issuedAt: Date;
  patient: PatientRef;
  visitNumber: string;
  payer: InvoicePayer;
  lines: readonly InvoiceLine[];
  summary: InvoiceSummary;
  payments: readonly InvoicePayment[];
}

export type StatementEntryKind = 'CHARGE' | 'PAYMENT' | 'REFUND' | 'WAIVER' | 'HMO';

/**
 * One ledger line. `amount` is always positive; its kind says which way it moves the balance
 * (a charge or refund raises what the patient owes, a payment, waiver or HMO cover lowers it).
 */
export interface StatementEntry {
  date: Date;
  kind: StatementEntryKind;
  description: string;
  /** Receipt number, charge code, authorisation code… */
  reference: string;
  amount: number;
}

export interface StatementData extends DocumentBase {
  visitNumber: string;
  issuedAt: Date;
  patient: PatientRef;
  /** Free text such as "Cash" or "HMO: Hygeia HMO (policy HYG/12345)". */
  payerLabel: string;
  /** Chronological; the renderer does not reorder (ties must keep the caller's order). */
  entries: readonly StatementEntry[];
}
