/**
 * Machine-readable error codes shared by server and web (domain.md, "Errors").
 * The HTTP status is part of the contract, so it lives beside the code.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  MALFORMED_PATH: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  NOT_AUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  MFA_REQUIRED: 401,
  /** A payment gateway webhook whose HMAC signature does not match its body. */
  INVALID_SIGNATURE: 401,
  FORBIDDEN: 403,
  /** The account still has its temporary password: only "change password" and "me" are open. */
  PASSWORD_CHANGE_REQUIRED: 403,
  /** The user's role requires MFA and they have not enrolled: only enrolment is open. */
  MFA_ENROLMENT_REQUIRED: 403,
  /** A cookie-borne refresh without the matching X-CSRF-Token header. */
  CSRF_REJECTED: 403,
  PAYMENT_NOT_CLEARED: 403,
  PORTAL_NOT_VERIFIED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  VISIT_CLOSED: 409,
  INVALID_TRANSITION: 409,
  DUPLICATE: 409,
  /** An archived patient's record is read-only and opens no new visits. */
  PATIENT_ARCHIVED: 409,
  /** Paid payments, completed consultations, finalised reports, closed shifts: never edited. */
  IMMUTABLE_RECORD: 409,
  /** Closing a visit needs a consultation / zero outstanding; details name which. */
  CONSULTATION_REQUIRED: 409,
  OUTSTANDING_BALANCE: 409,
  /** The patient already has an OPEN visit; details carry its id. */
  VISIT_ALREADY_OPEN: 409,
  /** Closing waits for the HMO to approve or reject the visit's cover. */
  INSURANCE_PENDING: 409,
  /** A consultation is completed only with a primary diagnosis. */
  DIAGNOSIS_REQUIRED: 409,
  /** No open till shift for the cashier taking money. */
  SHIFT_NOT_OPEN: 409,
  /** A cashier has one open till shift at a time. */
  SHIFT_ALREADY_OPEN: 409,
  /** A day's report cannot be finalised while a shift that overlaps it is still open. */
  SHIFTS_STILL_OPEN: 409,
  /** Today's end-of-day report is finalised: no new shift (so no new money) for today. */
  DAY_FINALISED: 409,
  /** A wallet debit larger than the balance. */
  INSUFFICIENT_FUNDS: 409,
  /** Nothing is owed on the visit, or a WALLET payment larger than what is owed. */
  AMOUNT_EXCEEDS_OUTSTANDING: 409,
  /** A refund larger than what is left of the payment after earlier refunds. */
  REFUND_EXCEEDS_PAYMENT: 409,
  /** A visit is not closed while one of its refunds awaits approval: once closed, it could not be decided. */
  REFUND_PENDING: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The JSON body of every failed response. */
export interface ErrorBody {
  error: { code: ErrorCode | string; message: string; details?: unknown };
}
