import { positiveMinorAmountSchema } from '@modern-emr/domain';
import { z } from 'zod';

/** `POST /visits/:id/online-payments`: how much the patient will pay through the gateway. */
export const onlinePaymentInitRequestSchema = z.object({ amount: positiveMinorAmountSchema });
export type OnlinePaymentInitRequest = z.infer<typeof onlinePaymentInitRequestSchema>;

export const onlinePaymentViewSchema = z.object({
  id: z.uuid(),
  /** Ours, unique; the gateway echoes it in the webhook. */
  reference: z.string(),
  visitId: z.uuid(),
  amount: z.number().int().positive(),
  currency: z.string(),
  status: z.enum(['INITIALISED', 'SUCCEEDED', 'FAILED']),
  /**
   * Where the patient pays. It comes from the gateway's "initialize transaction" call, which this
   * deployment does not make (no outside network), so it is null: see docs/spec/online-payments.md.
   */
  authorizationUrl: z.string().nullable(),
  createdAt: z.string(),
});
export type OnlinePaymentView = z.infer<typeof onlinePaymentViewSchema>;

/**
 * The parts of a Paystack event this server reads; everything else in the payload (customer
 * details, card data) is ignored and never stored. Amounts are in the currency's minor unit.
 */
export const paystackEventSchema = z.object({
  event: z.string().min(1).max(100),
  data: z.object({
    id: z.union([z.number(), z.string()]).optional(),
    reference: z.string().min(1).max(200),
    amount: z.number().int().nonnegative(),
    currency: z.string().max(3).optional(),
    status: z.string().max(50).optional(),
    channel: z.string().max(50).optional(),
    paid_at: z.string().max(50).nullish(),
    gateway_response: z.string().max(200).nullish(),
  }),
});
export type PaystackEvent = z.infer<typeof paystackEventSchema>;
