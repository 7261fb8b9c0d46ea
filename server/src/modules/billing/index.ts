/**
 * The billing module's door: what other modules, http/, seed/ and cli/ may use. Charges, payments,
 * refunds, the wallet ledger and the billing engine over a visit's rows.
 */

export type { Actor } from './actor';
export { actorOf } from './actor';
export { insertCharge } from './add-charge.service';
export { charges, paymentAllocations, payments, refunds } from './billing.schema';
export { visitMoneyState } from './billing-views';
export { chargeRoutes } from './charge.routes';
export { clinicYear } from './clinic-year.service';
export { markReplay } from './idempotent-reply';
export { onlinePaymentWebhookRoutes } from './online-payment-webhook.routes';
export { onlinePaymentRoutes } from './online-payments.routes';
export { paymentRoutes } from './payment.routes';
export { refundRoutes } from './refund.routes';
export type { VisitBilling } from './visit-billing.service';
export { billingOfRows, readVisitBilling, recomputeVisitBilling } from './visit-billing.service';
export { walletEntries, wallets } from './wallet.schema';
export { creditWallet, walletBalance } from './wallet.service';
