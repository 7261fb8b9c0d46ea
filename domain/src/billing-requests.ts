import { z } from 'zod';
import { minorAmountSchema } from './catalog';
import { coverageTypeSchema } from './insurance-status';

export const PAYMENT_METHODS = ['CASH', 'POS', 'TRANSFER', 'WALLET', 'ONLINE'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/**
 * What a cashier may post at the counter. ONLINE is absent on purpose: a gateway payment exists only
 * once the signed webhook (or server-side verification) confirms it, never because a client said so.
 */
export const COUNTER_PAYMENT_METHODS = ['CASH', 'POS', 'TRANSFER', 'WALLET'] as const;
/** Money into a wallet comes from outside it (and ONLINE deposits go through the gateway). */
export const DEPOSIT_METHODS = ['CASH', 'POS', 'TRANSFER'] as const;

/** A payment, refund or deposit of zero is a mistake, not a transaction. */
export const positiveMinorAmountSchema = minorAmountSchema.min(1, 'must be at least one minor unit');

/** Reasons land in the audit log and on documents; three characters keeps "x" out. */
export const reasonSchema = z.string().trim().min(3).max(500);

export const paymentRequestSchema = z.object({
  amount: positiveMinorAmountSchema,
  method: z.enum(COUNTER_PAYMENT_METHODS),
  reference: z.string().trim().min(1).max(100).optional(),
  /** Charges to pay first; an empty list means "oldest first", like leaving it out. */
  chargeIds: z
    .array(z.uuid())
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'each charge may be picked only once')
    .optional(),
});
export type PaymentRequest = z.infer<typeof paymentRequestSchema>;

export const refundRequestSchema = z.object({ amount: positiveMinorAmountSchema, reason: reasonSchema });
export type RefundRequest = z.infer<typeof refundRequestSchema>;

/** Body of both `POST /charges/:id/waive` and `/void`. */
export const chargeReasonRequestSchema = z.object({ reason: reasonSchema });
export type ChargeReasonRequest = z.infer<typeof chargeReasonRequestSchema>;

/**
 * HMO cover on a visit (also the `insurance` of `POST /visits`). PARTIAL needs a whole percentage
 * 1–99; FULL means 100, so its percentage may be left out or given as 100, and any other number is a
 * contradiction and refused. The parsed value always carries the percentage the bill will use.
 */
export const insuranceCoverSchema = z
  .object({
    providerId: z.uuid(),
    policyNumber: z.string().trim().min(1).max(64),
    coverage: coverageTypeSchema,
    coveragePercent: z.number().int().min(1).max(100).nullish(),
  })
  .superRefine((v, ctx) => {
    const percent = v.coveragePercent ?? null;
    if (v.coverage === 'PARTIAL' && (percent === null || percent > 99)) {
      ctx.addIssue({
        code: 'custom',
        path: ['coveragePercent'],
        message: 'PARTIAL cover needs a percentage from 1 to 99',
      });
    }
    if (v.coverage === 'FULL' && percent !== null && percent !== 100) {
      ctx.addIssue({ code: 'custom', path: ['coveragePercent'], message: 'FULL cover is 100%' });
    }
  })
  .transform((v) => ({
    providerId: v.providerId,
    policyNumber: v.policyNumber,
    coverage: v.coverage,
    coveragePercent: v.coverage === 'FULL' ? 100 : (v.coveragePercent ?? 0),
  }));
export type InsuranceCoverInput = z.input<typeof insuranceCoverSchema>;
export type InsuranceCover = z.output<typeof insuranceCoverSchema>;

/** Left out, the approved amount defaults to the HMO share of current charges; 0 is zero cover. */
export const insuranceApproveRequestSchema = z.object({
  authorizationCode: z.string().trim().min(1).max(64),
  approvedAmount: minorAmountSchema.optional(),
});
export type InsuranceApproveRequest = z.infer<typeof insuranceApproveRequestSchema>;

export const insuranceRejectRequestSchema = z.object({ reason: reasonSchema });
export type InsuranceRejectRequest = z.infer<typeof insuranceRejectRequestSchema>;

export const walletDepositRequestSchema = z.object({
  amount: positiveMinorAmountSchema,
  method: z.enum(DEPOSIT_METHODS),
  reference: z.string().trim().min(1).max(100).optional(),
});
export type WalletDepositRequest = z.infer<typeof walletDepositRequestSchema>;
