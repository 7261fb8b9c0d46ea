import { z } from 'zod';
import { minorAmountSchema } from './catalog';
import { addMinor, subMinor, sumMinor } from './money';
import { pageQuerySchema } from './pagination';

/**
 * The methods whose money sits in (or passes through) a cashier's till and is counted at close.
 * WALLET payments move credit the clinic already holds and ONLINE money goes to the gateway, so
 * neither is counted; WALLET is shown beside the count for reference.
 */
export const TILL_METHODS = ['CASH', 'POS', 'TRANSFER'] as const;
export type TillMethod = (typeof TILL_METHODS)[number];
export type TillAmounts = Record<TillMethod, number>;
export type TillTotals = TillAmounts & { total: number };

/** What moved through a shift, per till method, in kobo. */
export interface TillMovements {
  /** Amount tendered (an overpayment's wallet credit was still handed over at the till). */
  payments: TillAmounts;
  /** COMPLETED refunds paid out in the shift, by the method of the payment refunded. */
  refunds: TillAmounts;
  /** Wallet deposits taken in the shift. */
  deposits: TillAmounts;
}

export const ZERO_TILL: TillAmounts = { CASH: 0, POS: 0, TRANSFER: 0 };

function withTotal(amounts: TillAmounts): TillTotals {
  return { ...amounts, total: sumMinor(TILL_METHODS.map((m) => amounts[m])) };
}

/** Per method: payments − refunds + deposits; the opening float is cash already in the drawer. */
export function expectedTill(openingFloat: number, movements: TillMovements): TillTotals {
  const expected = { ...ZERO_TILL };
  for (const m of TILL_METHODS) {
    expected[m] = addMinor(subMinor(movements.payments[m], movements.refunds[m]), movements.deposits[m]);
  }
  expected.CASH = addMinor(expected.CASH, openingFloat);
  return withTotal(expected);
}

/** counted − expected per method and in total: negative is a shortage, positive an overage. */
export function tillVariance(expected: TillAmounts, counted: TillAmounts): TillTotals {
  const variance = { ...ZERO_TILL };
  for (const m of TILL_METHODS) variance[m] = subMinor(counted[m], expected[m]);
  return withTotal(variance);
}

export function tillTotals(amounts: TillAmounts): TillTotals {
  return withTotal(amounts);
}

export const shiftOpenRequestSchema = z.object({ openingFloat: minorAmountSchema }).strict();
export type ShiftOpenRequest = z.infer<typeof shiftOpenRequestSchema>;

/** Every till method must be counted, even when it is 0: a missing count is a mistake, not a zero. */
export const tillCountSchema = z
  .object({ CASH: minorAmountSchema, POS: minorAmountSchema, TRANSFER: minorAmountSchema })
  .strict();

export const shiftCloseRequestSchema = z
  .object({ counted: tillCountSchema, note: z.string().trim().max(500).optional() })
  .strict();
export type ShiftCloseRequest = z.infer<typeof shiftCloseRequestSchema>;

export const shiftListQuerySchema = pageQuerySchema.extend({
  cashierId: z.uuid().optional(),
  /** Shifts opened at or after this instant. */
  from: z.coerce.date().optional(),
  /** Shifts opened before this instant. */
  to: z.coerce.date().optional(),
  status: z.enum(['OPEN', 'CLOSED']).optional(),
});
export type ShiftListQuery = z.infer<typeof shiftListQuerySchema>;

const signedMinor = z.number().int();
const tillAmountsSchema = z.object({ CASH: signedMinor, POS: signedMinor, TRANSFER: signedMinor });
export const tillTotalsSchema = tillAmountsSchema.extend({ total: signedMinor });

/**
 * A shift as the API shows it. While OPEN, `expected` is live; once CLOSED it is the figure frozen
 * at close, beside what was counted and the variance.
 */
export const shiftSchema = z.object({
  id: z.uuid(),
  cashierId: z.uuid(),
  cashierName: z.string(),
  status: z.enum(['OPEN', 'CLOSED']),
  openingFloat: z.number().int(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  movements: z.object({
    payments: tillAmountsSchema,
    refunds: tillAmountsSchema,
    deposits: tillAmountsSchema,
    /** Paid from patients' wallets during the shift: no money changed hands, so not counted. */
    walletPayments: signedMinor,
    paymentCount: z.number().int(),
  }),
  expected: tillTotalsSchema,
  counted: tillTotalsSchema.nullable(),
  variance: tillTotalsSchema.nullable(),
  note: z.string().nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;
