/**
 * Printable documents as PDF bytes: pure renderers over data the caller has loaded (no database
 * access here). The caller assigns numbers; a reprint passes `reprint: true` and the same data.
 */

export { documentRoutes } from './documents.routes';
export type {
  ClinicLetterhead,
  DocumentBase,
  InvoiceData,
  InvoiceLine,
  InvoicePayer,
  InvoicePayment,
  InvoiceSummary,
  PatientRef,
  ReceiptAllocation,
  ReceiptData,
  RenderOptions,
  StatementData,
  StatementEntry,
  StatementEntryKind,
} from './documents.types';
export { renderInvoice } from './invoice';
export { letterheadFromSettings } from './letterhead-from-settings';
export { renderReceiptA4 } from './receipt-a4';
export { renderReceiptThermal } from './receipt-thermal';
export { renderStatement } from './statement';
