/** Under the reason for a waiver, void, rejection or deferral: where the words end up. */
export const BILL_REASON_HINT = 'Kept in the audit log and shown on the bill.';
