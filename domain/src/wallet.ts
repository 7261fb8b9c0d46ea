import { z } from 'zod';
import { paymentMethodSchema } from './billing-requests';
import { pageSchema } from './pagination';

/**
 * What the wallet endpoints answer (api.md: `GET|POST /patients/:id/wallet`), shared so the
 * cashier's wallet page reads exactly what the server sends. Money is integer kobo.
 */

export const WALLET_ENTRY_KINDS = ['DEPOSIT', 'OVERPAYMENT', 'VISIT_PAYMENT', 'REFUND'] as const;
export const walletEntryKindSchema = z.enum(WALLET_ENTRY_KINDS);
export type WalletEntryKind = z.infer<typeof walletEntryKindSchema>;

export const walletEntrySchema = z.object({
  id: z.uuid(),
  kind: walletEntryKindSchema,
  /** Signed: credits are positive, debits (visit payments) negative. */
  amount: z.number().int(),
  balanceAfter: z.number().int().nonnegative(),
  method: paymentMethodSchema.nullable(),
  reference: z.string().nullable(),
  /** Deposits carry their own receipt number from the payments' series. */
  receiptNumber: z.string().nullable(),
  /** The visit payment that paid from, or overpaid into, the wallet. */
  paymentId: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  /** ISO 8601. */
  createdAt: z.string(),
});
export type WalletEntry = z.infer<typeof walletEntrySchema>;

/** `GET /patients/:id/wallet?page&pageSize`: the balance and a page of the ledger, newest first. */
export const walletViewSchema = z.object({
  patientId: z.uuid(),
  balance: z.number().int().nonnegative(),
  transactions: pageSchema(walletEntrySchema),
});
export type WalletView = z.infer<typeof walletViewSchema>;

/** `POST /patients/:id/wallet` → 201 (and the identical replay for the same Idempotency-Key). */
export const walletDepositCreatedSchema = z.object({
  entry: walletEntrySchema,
  balance: z.number().int().nonnegative(),
  receiptNumber: z.string(),
});
export type WalletDepositCreated = z.infer<typeof walletDepositCreatedSchema>;
