import { z } from 'zod';
import { paymentMethodSchema } from './billing-requests';
import { localDateSchema } from './clinic-day';
import { shiftSchema } from './till-shift';
import { visitPaymentStatusSchema } from './visit-payment-status';

export const endOfDayQuerySchema = z.object({ date: localDateSchema });
export const endOfDayFinaliseRequestSchema = z.object({ date: localDateSchema }).strict();

const minor = z.number().int();

/**
 * Per method: `payments` is what was tendered, `refunds` the COMPLETED refunds of payments made by
 * that method, `deposits` wallet deposits, and `net` = payments − refunds + deposits.
 */
export const methodTotalsSchema = z.object({
  method: paymentMethodSchema,
  paymentCount: z.number().int(),
  payments: minor,
  refunds: minor,
  deposits: minor,
  net: minor,
});

/** `cashierId` is null for gateway (ONLINE) payments, which no cashier took. */
export const cashierTotalsSchema = methodTotalsSchema.omit({ method: true }).extend({
  cashierId: z.uuid().nullable(),
  cashierName: z.string().nullable(),
});

export const outstandingVisitSchema = z.object({
  visitId: z.uuid(),
  visitNumber: z.string(),
  patientId: z.uuid(),
  patientName: z.string(),
  mrn: z.string(),
  paymentStatus: visitPaymentStatusSchema,
  outstanding: minor,
  openedAt: z.string(),
});

export const hmoReceivableSchema = z.object({
  visitId: z.uuid(),
  visitNumber: z.string(),
  patientId: z.uuid(),
  patientName: z.string(),
  mrn: z.string(),
  providerId: z.uuid(),
  providerName: z.string(),
  authorizationCode: z.string().nullable(),
  approvedAt: z.string().nullable(),
  hmoShare: minor,
});

export const revenueLeakSchema = z.object({
  chargeId: z.uuid(),
  visitId: z.uuid(),
  visitNumber: z.string(),
  patientId: z.uuid(),
  patientName: z.string(),
  serviceCode: z.string(),
  serviceName: z.string(),
  amount: minor,
  patientShare: minor,
  status: z.string(),
  emergency: z.boolean(),
  renderedAt: z.string(),
});

/** A list inside the report: exact `count` and `total`, and at most REPORT_LIST_LIMIT items, largest first. */
function section<T extends z.ZodType>(item: T) {
  return z.object({ count: z.number().int(), total: minor, items: z.array(item) });
}
export const REPORT_LIST_LIMIT = 500;

export const endOfDayReportSchema = z.object({
  date: localDateSchema,
  timeZone: z.string(),
  /** The day's instants: `from` inclusive, `to` exclusive (ISO, UTC). */
  from: z.string(),
  to: z.string(),
  generatedAt: z.string(),
  /** Money that moved: every method but WALLET (wallet payments spend credit already held). */
  totals: z.object({
    paymentCount: z.number().int(),
    payments: minor,
    refunds: minor,
    deposits: minor,
    net: minor,
    walletPayments: minor,
  }),
  byMethod: z.array(methodTotalsSchema),
  byCashier: z.array(cashierTotalsSchema),
  shifts: z.array(shiftSchema),
  outstanding: section(outstandingVisitSchema),
  hmoReceivables: section(hmoReceivableSchema),
  revenueLeaks: section(revenueLeakSchema),
  finalised: z.boolean(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.uuid().nullable(),
  finalisedByName: z.string().nullable(),
});
export type EndOfDayReport = z.infer<typeof endOfDayReportSchema>;
