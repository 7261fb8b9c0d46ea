var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// ../domain/src/audit.ts
import { z } from "zod";
var auditEntrySchema = z.object({
  id: z.number().int(),
  /** ISO 8601. */
  createdAt: z.string(),
  actorId: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  visitId: z.string().nullable(),
  outcome: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  hash: z.string()
});
var auditChainCheckSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().optional()
});

// ../domain/src/auth.ts
import { z as z3 } from "zod";

// ../domain/src/password-policy.ts
var PASSWORD_MIN_LENGTH = 12;
var PASSWORD_MAX_LENGTH = 128;
var PASSWORD_MESSAGES = {
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  needsUpper: "must contain an upper-case letter",
  needsLower: "must contain a lower-case letter",
  needsDigit: "must contain a digit",
  needsSymbol: "must contain a symbol",
  containsUsername: "must not contain the username",
  common: "is a commonly used password",
  weak: "is too easy to guess; add more words or characters",
  sameAsCurrent: "must differ from the current password"
};
function passwordRuleProblems(password, username) {
  const problems = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(PASSWORD_MESSAGES.tooShort);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(PASSWORD_MESSAGES.tooLong);
  if (!new RegExp("\\p{Lu}", "u").test(password)) problems.push(PASSWORD_MESSAGES.needsUpper);
  if (!new RegExp("\\p{Ll}", "u").test(password)) problems.push(PASSWORD_MESSAGES.needsLower);
  if (!new RegExp("\\p{Nd}", "u").test(password)) problems.push(PASSWORD_MESSAGES.needsDigit);
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push(PASSWORD_MESSAGES.needsSymbol);
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name))
    problems.push(PASSWORD_MESSAGES.containsUsername);
  return problems;
}

// ../domain/src/roles.ts
import { z as z2 } from "zod";
var ROLES = [
  "ADMIN",
  "RECEPTIONIST",
  "CASHIER",
  "DOCTOR",
  "NURSE",
  "LAB_TECH",
  "RADIOLOGY_TECH",
  "PHARMACIST",
  "PATIENT"
];
var roleSchema = z2.enum(ROLES);
var STAFF_ROLES = ROLES.filter((r) => r !== "PATIENT");

// ../domain/src/auth.ts
var usernameSchema = z3.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, "3\u201364 letters, digits, dots, dashes or underscores");
var newPasswordSchema = z3.string().min(1).max(PASSWORD_MAX_LENGTH);
var totpCodeSchema = z3.string().regex(/^\d{6}$/, "must be the 6-digit code from the app");
var recoveryCodeSchema = z3.string().trim().toLowerCase().regex(/^[a-z2-7]{5}-?[a-z2-7]{5}$/, "must be a recovery code like abcde-fghij");
var loginBodySchema = z3.object({
  username: z3.string().trim().min(1).max(128),
  password: z3.string().min(1).max(1024),
  totp: totpCodeSchema.optional(),
  recoveryCode: recoveryCodeSchema.optional(),
  useCookie: z3.boolean().optional()
});
var refreshBodySchema = z3.object({ refreshToken: z3.string().min(1).max(256).optional() }).nullish();
var logoutBodySchema = refreshBodySchema;
var changePasswordBodySchema = z3.object({
  currentPassword: z3.string().min(1).max(1024),
  newPassword: newPasswordSchema
});
var personName = z3.string().trim().min(1).max(100);
var registerBodySchema = z3.object({
  username: usernameSchema,
  password: newPasswordSchema,
  firstName: personName,
  lastName: personName,
  phone: z3.string().trim().regex(/^\+?[0-9][0-9 ()-]{6,19}$/, "must be a phone number"),
  email: z3.email().max(254).optional(),
  dateOfBirth: z3.iso.date().optional()
});
var staffRoleSchema = roleSchema.refine((r) => STAFF_ROLES.includes(r), "must be a staff role");
var staffRoles = z3.array(staffRoleSchema).min(1).max(STAFF_ROLES.length).transform((roles) => [...new Set(roles)]);
var createUserBodySchema = z3.object({
  username: usernameSchema,
  fullName: z3.string().trim().min(1).max(200),
  roles: staffRoles,
  /** Typed by the administrator and handed over in person; must be changed at first sign-in. */
  temporaryPassword: newPasswordSchema
});
var updateUserBodySchema = z3.object({
  fullName: z3.string().trim().min(1).max(200).optional(),
  roles: staffRoles.optional(),
  active: z3.boolean().optional(),
  unlock: z3.literal(true).optional(),
  resetMfa: z3.literal(true).optional(),
  temporaryPassword: newPasswordSchema.optional()
}).refine((p) => Object.values(p).some((v) => v !== void 0), "nothing to change");
var userSchema = z3.object({
  id: z3.uuid(),
  username: z3.string(),
  fullName: z3.string(),
  roles: z3.array(roleSchema),
  active: z3.boolean(),
  mustChangePassword: z3.boolean(),
  mfaEnabled: z3.boolean(),
  lockedUntil: z3.string().nullable(),
  lastLoginAt: z3.string().nullable(),
  createdAt: z3.string()
});
var userListQuerySchema = z3.object({
  q: z3.string().trim().max(64).optional(),
  role: roleSchema.optional(),
  active: z3.enum(["true", "false"]).optional()
});
var meSchema = z3.object({
  id: z3.uuid(),
  username: z3.string(),
  fullName: z3.string(),
  roles: z3.array(roleSchema),
  mustChangePassword: z3.boolean(),
  mfaEnabled: z3.boolean(),
  /** The user's role requires MFA and they have not enrolled: only enrolment is open to them. */
  mfaEnrolmentRequired: z3.boolean(),
  patientId: z3.uuid().nullable(),
  portalVerified: z3.boolean().nullable()
});
var sessionResponseSchema = z3.object({
  accessToken: z3.string(),
  accessTokenExpiresIn: z3.number().int().positive(),
  refreshToken: z3.string().optional(),
  user: meSchema
});
var mfaSetupResponseSchema = z3.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z3.string(),
  otpauthUri: z3.string(),
  qrCodeDataUrl: z3.string()
});
var mfaVerifyBodySchema = z3.object({ code: totpCodeSchema });
var mfaVerifyResponseSchema = z3.object({ recoveryCodes: z3.array(z3.string()).length(10) });
var mfaDisableBodySchema = z3.object({ password: z3.string().min(1).max(1024), code: totpCodeSchema });
var mfaPolicySchema = z3.object({ requiredRoles: z3.array(roleSchema) });
var mfaPolicyBodySchema = z3.object({
  requiredRoles: z3.array(staffRoleSchema).transform((roles) => [...new Set(roles)])
});

// ../domain/src/billing-requests.ts
import { z as z6 } from "zod";

// ../domain/src/catalog.ts
import { z as z4 } from "zod";
var DEPARTMENTS = [
  "REGISTRATION",
  "CONSULTATION",
  "LAB",
  "RADIOLOGY",
  "PHARMACY",
  "PROCEDURE",
  "NURSING",
  "ADMISSION",
  "OTHER"
];
var departmentSchema = z4.enum(DEPARTMENTS);
var WORKFLOW_TYPES = [
  "REGISTRATION_FEE",
  "CONSULTATION_FEE",
  "LAB_TEST",
  "RADIOLOGY_STUDY",
  "DRUG",
  "PROCEDURE",
  "NURSING_SERVICE",
  "BED_DAY",
  "OTHER"
];
var workflowTypeSchema = z4.enum(WORKFLOW_TYPES);
var billTimingSchema = z4.enum(["BEFORE", "AFTER"]);
var minorAmountSchema = z4.number().int().nonnegative().max(1e12);
var catalogItemInputSchema = z4.object({
  code: z4.string().trim().regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "2\u201332 capital letters, digits, dashes or underscores"),
  name: z4.string().trim().min(2).max(200),
  department: departmentSchema,
  workflowType: workflowTypeSchema,
  price: minorAmountSchema,
  requiresVisit: z4.boolean().default(true),
  requiresConsultation: z4.boolean().default(false),
  autoBill: z4.boolean().default(false),
  billTiming: billTimingSchema.default("BEFORE"),
  orderableBy: z4.array(roleSchema).default([]),
  active: z4.boolean().default(true)
});

// ../domain/src/insurance-status.ts
import { z as z5 } from "zod";

// ../domain/src/transitions.ts
var InvalidTransitionError = class extends Error {
  constructor(machine, from, to, reason) {
    super(`${machine.toLowerCase()} cannot move from ${from} to ${to}: ${reason}`);
    this.machine = machine;
    this.from = from;
    this.to = to;
    this.reason = reason;
  }
  machine;
  from;
  to;
  reason;
  name = "InvalidTransitionError";
  code = "INVALID_TRANSITION";
  get details() {
    return { machine: this.machine, from: this.from, to: this.to, reason: this.reason };
  }
};
var ALLOWED = { ok: true };
function refuse(reason) {
  return { ok: false, reason };
}
function throwIfRefused(machine, from, to, result2) {
  if (!result2.ok) throw new InvalidTransitionError(machine, from, to, result2.reason);
}

// ../domain/src/insurance-status.ts
var INSURANCE_STATUSES = ["PENDING", "APPROVED", "REJECTED"];
var insuranceStatusSchema = z5.enum(INSURANCE_STATUSES);
var COVERAGE_TYPES = ["FULL", "PARTIAL"];
var coverageTypeSchema = z5.enum(COVERAGE_TYPES);
function canTransitionInsurance(from, to, ctx = {}) {
  if (to === "PENDING") return refuse(from === "PENDING" ? "SAME_STATUS" : "NO_RETURN_TO_PENDING");
  if (from === "REJECTED") return refuse("TERMINAL_STATUS");
  if (from === "PENDING") return ALLOWED;
  if (to === "REJECTED") return refuse("ALREADY_APPROVED");
  const amounts = ctx.approvedAmount;
  return amounts && amounts.next > amounts.current ? ALLOWED : refuse("TOP_UP_MUST_RAISE_AMOUNT");
}
function assertInsuranceTransition(from, to, ctx = {}) {
  throwIfRefused("INSURANCE", from, to, canTransitionInsurance(from, to, ctx));
}

// ../domain/src/billing-requests.ts
var PAYMENT_METHODS = ["CASH", "POS", "TRANSFER", "WALLET", "ONLINE"];
var paymentMethodSchema = z6.enum(PAYMENT_METHODS);
var COUNTER_PAYMENT_METHODS = ["CASH", "POS", "TRANSFER", "WALLET"];
var DEPOSIT_METHODS = ["CASH", "POS", "TRANSFER"];
var positiveMinorAmountSchema = minorAmountSchema.min(1, "must be at least one minor unit");
var reasonSchema = z6.string().trim().min(3).max(500);
var paymentRequestSchema = z6.object({
  amount: positiveMinorAmountSchema,
  method: z6.enum(COUNTER_PAYMENT_METHODS),
  reference: z6.string().trim().min(1).max(100).optional(),
  /** Charges to pay first; an empty list means "oldest first", like leaving it out. */
  chargeIds: z6.array(z6.uuid()).max(500).refine((ids) => new Set(ids).size === ids.length, "each charge may be picked only once").optional()
});
var refundRequestSchema = z6.object({ amount: positiveMinorAmountSchema, reason: reasonSchema });
var chargeReasonRequestSchema = z6.object({ reason: reasonSchema });
var insuranceCoverSchema = z6.object({
  providerId: z6.uuid(),
  policyNumber: z6.string().trim().min(1).max(64),
  coverage: coverageTypeSchema,
  coveragePercent: z6.number().int().min(1).max(100).nullish()
}).superRefine((v, ctx) => {
  const percent = v.coveragePercent ?? null;
  if (v.coverage === "PARTIAL" && (percent === null || percent > 99)) {
    ctx.addIssue({
      code: "custom",
      path: ["coveragePercent"],
      message: "PARTIAL cover needs a percentage from 1 to 99"
    });
  }
  if (v.coverage === "FULL" && percent !== null && percent !== 100) {
    ctx.addIssue({ code: "custom", path: ["coveragePercent"], message: "FULL cover is 100%" });
  }
}).transform((v) => ({
  providerId: v.providerId,
  policyNumber: v.policyNumber,
  coverage: v.coverage,
  coveragePercent: v.coverage === "FULL" ? 100 : v.coveragePercent ?? 0
}));
var insuranceApproveRequestSchema = z6.object({
  authorizationCode: z6.string().trim().min(1).max(64),
  approvedAmount: minorAmountSchema.optional()
});
var insuranceRejectRequestSchema = z6.object({ reason: reasonSchema });
var walletDepositRequestSchema = z6.object({
  amount: positiveMinorAmountSchema,
  method: z6.enum(DEPOSIT_METHODS),
  reference: z6.string().trim().min(1).max(100).optional()
});

// ../domain/src/charge-order.ts
function compareOldestFirst(a, b) {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
function oldestFirst(items) {
  const invalid2 = items.find((i) => Number.isNaN(i.createdAt.getTime()));
  if (invalid2) throw new RangeError(`charge ${invalid2.id} has an invalid createdAt`);
  return [...items].sort(compareOldestFirst);
}

// ../domain/src/money.ts
var MAX_MINOR_AMOUNT = 1e12;
var MoneyError = class extends RangeError {
  name = "MoneyError";
};
function assertMinor(value, label = "amount") {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${label} must be a safe integer number of minor units, got ${value}`);
  }
}
function assertNonNegativeMinor(value, label = "amount") {
  assertMinor(value, label);
  if (value < 0) throw new MoneyError(`${label} must not be negative, got ${value}`);
}
function checked(result2) {
  assertMinor(result2, "result");
  return result2;
}
function addMinor(a, b) {
  assertMinor(a);
  assertMinor(b);
  return checked(a + b);
}
function subMinor(a, b) {
  assertMinor(a);
  assertMinor(b);
  return checked(a - b);
}
function mulMinor(unitPrice, quantity) {
  assertMinor(unitPrice, "unit price");
  if (!Number.isSafeInteger(quantity))
    throw new MoneyError(`quantity must be a whole number, got ${quantity}`);
  return checked(unitPrice * quantity);
}
function sumMinor(values) {
  let total = 0;
  for (const v of values) total = addMinor(total, v);
  return total;
}
function percentOf(amount, percent) {
  assertNonNegativeMinor(amount);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new MoneyError(`percent must be a whole number from 0 to 100, got ${percent}`);
  }
  return Number((BigInt(amount) * BigInt(percent) + 50n) / 100n);
}
var digitsCache = /* @__PURE__ */ new Map();
function minorDigits(currency) {
  const cached = digitsCache.get(currency);
  if (cached !== void 0) return cached;
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
  const result2 = digits ?? 2;
  digitsCache.set(currency, result2);
  return result2;
}

// ../domain/src/billing-summary.ts
function coveragePercentOf(cover) {
  if (cover.coverage === "FULL") return 100;
  const percent = cover.coveragePercent;
  if (percent === null || !Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new MoneyError(`PARTIAL cover needs a whole-number percentage, got ${percent}`);
  }
  return percent;
}
function defaultApprovedAmount(net, cover) {
  return percentOf(net, coveragePercentOf(cover));
}
function hmoShares(amounts, percent, cap) {
  let cumulative = 0;
  let coveredSoFar = 0;
  let capLeft = cap;
  return amounts.map((amount) => {
    cumulative += amount;
    const upToHere = percentOf(cumulative, percent);
    const natural = upToHere - coveredSoFar;
    coveredSoFar = upToHere;
    const share = Math.min(natural, capLeft);
    capLeft -= share;
    return share;
  });
}
function distributePaid(shares, allocated, paid) {
  let pool = paid;
  const attributed = shares.map((share, i) => {
    const take = Math.min(allocated[i] ?? 0, share, pool);
    pool -= take;
    return take;
  });
  for (let i = 0; i < shares.length && pool > 0; i++) {
    const extra = Math.min((shares[i] ?? 0) - (attributed[i] ?? 0), pool);
    attributed[i] = (attributed[i] ?? 0) + extra;
    pool -= extra;
  }
  return attributed;
}
function moneyStatus(patientShare, patientPaid) {
  if (patientPaid === 0) return "PENDING";
  return patientPaid >= patientShare ? "PAID" : "PARTIALLY_PAID";
}
function computeBilling(input2) {
  for (const c of input2.charges) {
    assertNonNegativeMinor(c.amount, `amount of charge ${c.id}`);
    assertNonNegativeMinor(c.allocated, `allocated on charge ${c.id}`);
  }
  if (new Set(input2.charges.map((c) => c.id)).size !== input2.charges.length) {
    throw new MoneyError("each charge may appear only once");
  }
  for (const e of [...input2.payments, ...input2.refunds])
    assertNonNegativeMinor(e.amount, "payment or refund");
  const ordered = oldestFirst(input2.charges);
  const counted = ordered.filter((c) => c.status !== "VOIDED");
  const active = counted.filter((c) => c.status !== "WAIVED");
  const charges2 = sumMinor(counted.map((c) => c.amount));
  const waived = sumMinor(counted.filter((c) => c.status === "WAIVED").map((c) => c.amount));
  const net = subMinor(charges2, waived);
  const insurance = input2.insurance;
  const covers = insurance !== null && insurance.status !== "REJECTED";
  const percent = covers ? coveragePercentOf(insurance) : 0;
  const hmoFull = percentOf(net, percent);
  let hmoCovered = 0;
  let hmoPending = 0;
  if (insurance?.status === "APPROVED") {
    if (insurance.approvedAmount === null)
      throw new MoneyError("an APPROVED cover needs its approved amount");
    assertNonNegativeMinor(insurance.approvedAmount, "approved amount");
    hmoCovered = Math.min(insurance.approvedAmount, hmoFull);
  } else if (insurance?.status === "PENDING") {
    hmoPending = hmoFull;
  }
  const patientShare = net - hmoCovered - hmoPending;
  const paid = subMinor(
    sumMinor(input2.payments.map((p) => p.amount)),
    sumMinor(input2.refunds.map((r) => r.amount))
  );
  if (paid < 0) throw new MoneyError(`refunds exceed payments by ${-paid}`);
  const outstanding = patientShare - paid;
  const hmo = hmoShares(
    active.map((c) => c.amount),
    percent,
    hmoCovered + hmoPending
  );
  const shares = active.map((c, i) => c.amount - (hmo[i] ?? 0));
  const attributed = distributePaid(
    shares,
    active.map((c) => c.allocated),
    paid
  );
  const approved = insurance?.status === "APPROVED";
  const perActive = /* @__PURE__ */ new Map();
  active.forEach((c, i) => {
    const hmoShare = hmo[i] ?? 0;
    const share = shares[i] ?? 0;
    const patientPaid = attributed[i] ?? 0;
    const patientDue = share - patientPaid;
    perActive.set(c.id, {
      id: c.id,
      createdAt: c.createdAt,
      amount: c.amount,
      status: moneyStatus(share, patientPaid),
      hmoShare,
      patientShare: share,
      patientPaid,
      patientDue,
      settled: patientDue === 0 && (hmoShare === 0 || approved)
    });
  });
  const perCharge = ordered.map(
    (c) => perActive.get(c.id) ?? {
      id: c.id,
      createdAt: c.createdAt,
      amount: c.amount,
      status: c.status,
      hmoShare: 0,
      patientShare: 0,
      patientPaid: 0,
      patientDue: 0,
      settled: c.status === "WAIVED"
    }
  );
  return {
    summary: { charges: charges2, waived, net, hmoCovered, hmoPending, patientShare, paid, outstanding },
    charges: perCharge
  };
}

// ../domain/src/billing-wire.ts
import { z as z11 } from "zod";

// ../domain/src/charge-status.ts
import { z as z7 } from "zod";
var CHARGE_STATUSES = ["PENDING", "PARTIALLY_PAID", "PAID", "WAIVED", "VOIDED"];
var chargeStatusSchema = z7.enum(CHARGE_STATUSES);
var MONEY_STATUSES = ["PENDING", "PARTIALLY_PAID", "PAID"];
function canTransitionCharge(from, to, ctx = {}) {
  if (from === "WAIVED" || from === "VOIDED") return refuse("TERMINAL_STATUS");
  if (from === to) return refuse("SAME_STATUS");
  if (MONEY_STATUSES.includes(to)) return ALLOWED;
  if (from !== "PENDING") return refuse("HAS_PAYMENTS");
  if (to === "VOIDED" && ctx.rendered) return refuse("RENDERED");
  return ALLOWED;
}
function assertChargeTransition(from, to, ctx = {}) {
  throwIfRefused("CHARGE", from, to, canTransitionCharge(from, to, ctx));
}

// ../domain/src/pagination.ts
import { z as z8 } from "zod";
var MAX_PAGE_SIZE = 200;
var pageQuerySchema = z8.object({
  page: z8.coerce.number().int().min(1).max(1e6).default(1),
  pageSize: z8.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20)
});
function pageSchema(item) {
  return z8.object({
    items: z8.array(item),
    total: z8.number().int().nonnegative(),
    page: z8.number().int().positive(),
    pageSize: z8.number().int().positive()
  });
}
function pageOffset(query) {
  return (query.page - 1) * query.pageSize;
}

// ../domain/src/visit-payment-status.ts
import { z as z9 } from "zod";
var VISIT_PAYMENT_STATUSES = [
  "UNPAID",
  "PARTIALLY_PAID",
  "PAID",
  "INSURANCE_PENDING",
  "INSURANCE_CLAIMED",
  "SETTLED"
];
var visitPaymentStatusSchema = z9.enum(VISIT_PAYMENT_STATUSES);
var CLEARED = /* @__PURE__ */ new Set(["PAID", "INSURANCE_CLAIMED", "SETTLED"]);
function isCleared(status) {
  return CLEARED.has(status);
}
function visitPaymentStatus(summary, insuranceStatus, hmoRemitted) {
  if (summary.net === 0) return "PAID";
  if (insuranceStatus === "PENDING") return "INSURANCE_PENDING";
  if (summary.outstanding > 0) return summary.paid > 0 ? "PARTIALLY_PAID" : "UNPAID";
  if (insuranceStatus === "APPROVED" && summary.hmoCovered > 0) {
    return hmoRemitted ? "SETTLED" : "INSURANCE_CLAIMED";
  }
  return "PAID";
}

// ../domain/src/visit-status.ts
import { z as z10 } from "zod";
var VISIT_STATUSES = ["OPEN", "CLOSED"];
var visitStatusSchema = z10.enum(VISIT_STATUSES);
function canTransitionVisit(from, to) {
  if (from === "CLOSED") return refuse("VISIT_CLOSED");
  if (from === to) return refuse("SAME_STATUS");
  return ALLOWED;
}
function assertVisitTransition(from, to) {
  throwIfRefused("VISIT", from, to, canTransitionVisit(from, to));
}
function visitCloseRefusal(visit) {
  if (visit.status === "CLOSED") return "VISIT_CLOSED";
  if (!visit.hasConsultation) return "CONSULTATION_REQUIRED";
  if (visit.outstanding > 0 && !visit.balanceDeferred) return "OUTSTANDING_BALANCE";
  return null;
}

// ../domain/src/billing-wire.ts
var minor = z11.number().int();
var isoDateTime = z11.string();
var addChargeRequestSchema = z11.object({
  serviceCode: z11.string().trim().min(1).max(32),
  quantity: z11.number().int().min(1).max(1e4).default(1)
});
var billingSummaryViewSchema = z11.object({
  charges: minor,
  waived: minor,
  hmoCovered: minor,
  hmoPending: minor,
  patientShare: minor,
  paid: minor,
  outstanding: minor,
  net: minor
});
var chargeViewSchema = z11.object({
  id: z11.uuid(),
  visitId: z11.uuid(),
  serviceCode: z11.string(),
  name: z11.string(),
  department: z11.string(),
  billTiming: billTimingSchema,
  quantity: z11.number().int(),
  unitPrice: minor,
  amount: minor,
  hmoShare: minor,
  patientShare: minor,
  /** The part of what the patient paid that is attributed to this charge. */
  patientPaid: minor,
  /** patientShare − patientPaid: what a payment may still allocate here. */
  patientDue: minor,
  status: chargeStatusSchema,
  settled: z11.boolean(),
  rendered: z11.boolean(),
  autoBilled: z11.boolean(),
  /** The waiver or void reason, if any. */
  reason: z11.string().nullable(),
  createdAt: isoDateTime
});
var REFUND_STATUSES = ["PENDING_APPROVAL", "COMPLETED", "REJECTED"];
var refundStatusSchema = z11.enum(REFUND_STATUSES);
var refundViewSchema = z11.object({
  id: z11.uuid(),
  paymentId: z11.uuid(),
  visitId: z11.uuid(),
  receiptNumber: z11.string(),
  method: paymentMethodSchema,
  amount: minor,
  reason: z11.string(),
  status: refundStatusSchema,
  /** RFD-YYYY-NNNNNN, assigned when the money leaves (COMPLETED). */
  refundNumber: z11.string().nullable(),
  requestedAt: isoDateTime,
  requestedByName: z11.string(),
  /** When it completed or was rejected; null while it waits for approval. */
  decidedAt: isoDateTime.nullable(),
  /** The approving or rejecting administrator; null when no approval was needed. */
  decidedByName: z11.string().nullable(),
  decisionNote: z11.string().nullable()
});
var paymentViewSchema = z11.object({
  id: z11.uuid(),
  visitId: z11.uuid(),
  patientId: z11.uuid(),
  receiptNumber: z11.string(),
  method: paymentMethodSchema,
  /** What was tendered. */
  amount: minor,
  /** What went to the visit's charges. */
  applied: minor,
  /** The overpayment that went to the patient's wallet. */
  walletCredit: minor,
  reference: z11.string().nullable(),
  receivedAt: isoDateTime,
  /** Null for gateway (ONLINE) payments. */
  cashierName: z11.string().nullable(),
  /** Sum of COMPLETED refunds. */
  refunded: minor,
  /** Sum of refunds awaiting approval. */
  refundPending: minor,
  /** applied − refunded − refundPending: the most a new refund may be. */
  refundable: minor
});
var visitMoneyStateSchema = z11.object({
  id: z11.uuid(),
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z11.boolean(),
  outstanding: minor
});
var visitBillingViewSchema = z11.object({
  visitId: z11.uuid(),
  visitNumber: z11.string(),
  visitStatus: visitStatusSchema,
  payer: z11.enum(["CASH", "HMO"]),
  emergency: z11.boolean(),
  summary: billingSummaryViewSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z11.boolean(),
  /** Oldest first, the order payments are allocated in. */
  charges: z11.array(chargeViewSchema),
  /** Oldest first. */
  payments: z11.array(paymentViewSchema),
  /** Oldest first, every status. */
  refunds: z11.array(refundViewSchema)
});
var paymentAllocationViewSchema = z11.object({ chargeId: z11.uuid(), amount: minor });
var paymentDetailSchema = paymentViewSchema.extend({
  allocations: z11.array(paymentAllocationViewSchema),
  refunds: z11.array(refundViewSchema)
});
var paymentCreatedSchema = paymentViewSchema.extend({
  allocations: z11.array(paymentAllocationViewSchema),
  visit: visitMoneyStateSchema
});
var chargeChangedSchema = chargeViewSchema.extend({ visit: visitMoneyStateSchema });
var refundChangedSchema = refundViewSchema.extend({ visit: visitMoneyStateSchema });
var refundListQuerySchema = pageQuerySchema.extend({
  status: refundStatusSchema.default("PENDING_APPROVAL")
});
var refundApproveRequestSchema = z11.object({ note: z11.string().trim().min(1).max(500).optional() });
var refundRejectRequestSchema = z11.object({ reason: reasonSchema });

// ../domain/src/money-format.ts
var symbolCache = /* @__PURE__ */ new Map();
function currencySymbol(currency) {
  const cached = symbolCache.get(currency);
  if (cached !== void 0) return cached;
  const parts = new Intl.NumberFormat("en", {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol"
  }).formatToParts(0);
  const symbol = parts.find((p) => p.type === "currency")?.value ?? currency;
  symbolCache.set(currency, symbol);
  return symbol;
}
var grouping = new Intl.NumberFormat("en", { maximumFractionDigits: 0, useGrouping: true });
function formatMoney(minor3, currency = "NGN") {
  assertMinor(minor3);
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const abs = Math.abs(minor3);
  const fraction = abs % scale;
  const major = (abs - fraction) / scale;
  const sign = minor3 < 0 ? "-" : "";
  const decimals = digits > 0 ? `.${String(fraction).padStart(digits, "0")}` : "";
  return `${sign}${currencySymbol(currency)} ${grouping.format(major)}${decimals}`;
}
var MAJOR_TEXT = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;
function parseMajorToMinor(text14, currency = "NGN") {
  const trimmed = text14.trim();
  if (trimmed === "") return { ok: false, error: "EMPTY" };
  if (/^[-−]/.test(trimmed)) return { ok: false, error: "NEGATIVE" };
  const match = MAJOR_TEXT.exec(trimmed);
  const whole = match?.[1];
  const decimals = match?.[2] ?? "";
  if (!match || whole === void 0 && decimals === "") return { ok: false, error: "INVALID" };
  const digits = minorDigits(currency);
  if (decimals.length > digits) return { ok: false, error: "TOO_MANY_DECIMALS" };
  const minor3 = BigInt(`${(whole ?? "0").replaceAll(",", "")}${decimals.padEnd(digits, "0")}`);
  if (minor3 > BigInt(MAX_MINOR_AMOUNT)) return { ok: false, error: "TOO_LARGE" };
  return { ok: true, minor: Number(minor3) };
}

// ../domain/src/catalog-csv.ts
var CATALOG_COLUMNS = [
  "code",
  "name",
  "department",
  "workflowType",
  "price",
  "requiresVisit",
  "requiresConsultation",
  "autoBill",
  "billTiming",
  "orderableBy",
  "active"
];
var REQUIRED_COLUMNS = ["code", "name", "department", "workflowType", "price"];
var MAX_IMPORT_ROWS = 5e3;
var MAX_REPORTED_ROW_ERRORS = 500;
function headerKey(text14) {
  return text14.toLowerCase().replace(/[^a-z0-9]/g, "");
}
var COLUMN_BY_KEY = new Map(CATALOG_COLUMNS.map((c) => [headerKey(c), c]));
var FORMULA_START = /^[=+\-@\t\r]/;
function guardFormula(text14) {
  return FORMULA_START.test(text14) ? `'${text14}` : text14;
}
function unguardFormula(text14) {
  return text14.startsWith("'") && FORMULA_START.test(text14.slice(1)) ? text14.slice(1) : text14;
}
var MONEY_MESSAGES = {
  EMPTY: "is required",
  NEGATIVE: "cannot be negative",
  INVALID: "is not an amount: write it like 12,500.00, without a currency sign",
  TOO_MANY_DECIMALS: "has more decimal places than the currency has",
  TOO_LARGE: "is too large"
};
var TRUE_WORDS = /* @__PURE__ */ new Set(["yes", "y", "true", "1"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["no", "n", "false", "0"]);
function parseYesNo(text14) {
  const word = text14.trim().toLowerCase();
  if (word === "") return void 0;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}
function enumText(text14) {
  return text14.trim().toUpperCase().replace(/[\s-]+/g, "_");
}
function parseRoleList(text14) {
  const names = text14.split(/[;,]/).map((s) => s.trim().toUpperCase()).filter((s) => s !== "");
  const roles = [];
  const unknown = [];
  for (const name of new Set(names)) {
    const role = ROLES.find((r) => r === name);
    if (role) roles.push(role);
    else unknown.push(name);
  }
  return { roles, unknown };
}
function formatMinorAsMajor(minor3, currency = "NGN") {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor3);
  const scale = 10 ** digits;
  const fraction = minor3 % scale;
  return `${(minor3 - fraction) / scale}.${String(fraction).padStart(digits, "0")}`;
}
var yesNo = (value) => value ? "yes" : "no";
function catalogItemToCells(item, currency = "NGN") {
  const cells = {
    code: item.code,
    name: item.name,
    department: item.department,
    workflowType: item.workflowType,
    price: formatMinorAsMajor(item.price, currency),
    requiresVisit: yesNo(item.requiresVisit),
    requiresConsultation: yesNo(item.requiresConsultation),
    autoBill: yesNo(item.autoBill),
    billTiming: item.billTiming,
    orderableBy: item.orderableBy.join(";"),
    active: yesNo(item.active)
  };
  return CATALOG_COLUMNS.map((c) => cells[c]);
}
function readHeader(header) {
  const index12 = /* @__PURE__ */ new Map();
  const errors = [];
  header.forEach((raw, position) => {
    const text14 = raw.trim();
    if (text14 === "") return;
    const column = COLUMN_BY_KEY.get(headerKey(text14));
    if (!column) {
      errors.push({
        row: 1,
        field: text14,
        message: `is not a catalogue column (${CATALOG_COLUMNS.join(", ")})`
      });
    } else if (index12.has(column)) {
      errors.push({ row: 1, field: column, message: "appears more than once" });
    } else {
      index12.set(column, position);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!index12.has(column)) errors.push({ row: 1, field: column, message: "column is missing" });
  }
  return { index: index12, errors };
}
var columnOrder = (field) => CATALOG_COLUMNS.indexOf(field);
var byColumn = (a, b) => columnOrder(a.field) - columnOrder(b.field);
var BOOLEAN_COLUMNS = ["requiresVisit", "requiresConsultation", "autoBill", "active"];
function readRow(cells, index12, row, currency) {
  const errors = [];
  const fail = (field, message) => errors.push({ row, field, message });
  const cell = (column) => {
    const position = index12.get(column);
    return position === void 0 ? "" : unguardFormula((cells[position] ?? "").trim());
  };
  const raw = {};
  for (const column of REQUIRED_COLUMNS) {
    if (cell(column) === "") fail(column, "is required");
  }
  raw.code = cell("code").toUpperCase();
  raw.name = cell("name");
  raw.department = enumText(cell("department"));
  raw.workflowType = enumText(cell("workflowType"));
  const price = parseMajorToMinor(cell("price"), currency);
  if (price.ok) raw.price = price.minor;
  else if (price.error !== "EMPTY") fail("price", MONEY_MESSAGES[price.error]);
  for (const column of BOOLEAN_COLUMNS) {
    const value = parseYesNo(cell(column));
    if (value === null) fail(column, "must be yes or no");
    else if (value !== void 0) raw[column] = value;
  }
  if (cell("billTiming") !== "") raw.billTiming = enumText(cell("billTiming"));
  const { roles, unknown } = parseRoleList(cell("orderableBy"));
  if (unknown.length > 0) fail("orderableBy", `names unknown roles: ${unknown.join(", ")}`);
  raw.orderableBy = roles;
  const parsed = catalogItemInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "row");
      if (!errors.some((e) => e.field === field)) errors.push({ row, field, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors: errors.sort(byColumn) };
  return { item: parsed.data, errors };
}
var isBlank = (cells) => cells.every((c) => c.trim() === "");
function parseCatalogSheet(table, currency = "NGN") {
  const [header, ...body] = table;
  if (!header || isBlank(header)) {
    return {
      ok: false,
      errors: [{ row: 1, field: "header", message: "the first row must name the columns" }],
      errorCount: 1
    };
  }
  const { index: index12, errors } = readHeader(header);
  if (errors.length > 0) return { ok: false, errors, errorCount: errors.length };
  const rows = [];
  const firstRowOfCode = /* @__PURE__ */ new Map();
  let dataRows = 0;
  let firstRowOverLimit;
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    dataRows++;
    const row = i + 2;
    if (dataRows === MAX_IMPORT_ROWS + 1) firstRowOverLimit = row;
    const result2 = readRow(cells, index12, row, currency);
    errors.push(...result2.errors);
    if (!result2.item) return;
    const earlier = firstRowOfCode.get(result2.item.code);
    if (earlier !== void 0) {
      errors.push({ row, field: "code", message: `repeats the code of row ${earlier}` });
      return;
    }
    firstRowOfCode.set(result2.item.code, row);
    rows.push({ row, item: result2.item });
  });
  if (dataRows === 0) errors.push({ row: 2, field: "row", message: "the file has no catalogue rows" });
  if (firstRowOverLimit !== void 0) {
    errors.unshift({
      row: firstRowOverLimit,
      field: "row",
      message: `at most ${MAX_IMPORT_ROWS} rows per file`
    });
  }
  if (errors.length > 0) {
    return { ok: false, errors: errors.slice(0, MAX_REPORTED_ROW_ERRORS), errorCount: errors.length };
  }
  return { ok: true, rows };
}

// ../domain/src/consultation.ts
import { z as z12 } from "zod";
var CONSULTATION_STATUSES = ["IN_PROGRESS", "COMPLETED"];
var consultationStatusSchema = z12.enum(CONSULTATION_STATUSES);
var icd10CodeSchema = z12.string().trim().toUpperCase().regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, "must be an ICD-10 code such as B54 or J06.9");
var diagnosisSchema = z12.object({
  code: icd10CodeSchema,
  text: z12.string().trim().min(1).max(500),
  primary: z12.boolean()
});
var primaryCount = (list) => list.filter((d) => d.primary).length;
var diagnosesSchema = z12.array(diagnosisSchema).max(20).refine((list) => list.length === 0 || primaryCount(list) === 1, "exactly one diagnosis must be primary").refine((list) => new Set(list.map((d) => d.code)).size === list.length, "each code may appear only once");
var noteText = z12.string().trim().max(2e4);
var consultationFieldsSchema = z12.object({
  presentingComplaint: noteText.optional(),
  history: noteText.optional(),
  examination: noteText.optional(),
  diagnoses: diagnosesSchema.optional(),
  plan: noteText.optional(),
  notes: noteText.optional()
}).strict();
var consultationStartSchema = consultationFieldsSchema.nullish();
var consultationPatchSchema = consultationFieldsSchema.refine(
  (v) => Object.keys(v).length > 0,
  "nothing to change"
);
var consultationSchema = z12.object({
  id: z12.uuid(),
  visitId: z12.uuid(),
  doctorId: z12.uuid(),
  doctorName: z12.string(),
  status: consultationStatusSchema,
  presentingComplaint: z12.string().nullable(),
  history: z12.string().nullable(),
  examination: z12.string().nullable(),
  diagnoses: z12.array(diagnosisSchema),
  plan: z12.string().nullable(),
  notes: z12.string().nullable(),
  startedAt: z12.string(),
  completedAt: z12.string().nullable(),
  updatedAt: z12.string()
});
function consultationCompleteRefusal(consultation) {
  if (consultation.status === "COMPLETED") return "ALREADY_COMPLETED";
  if (primaryCount(consultation.diagnoses) !== 1) return "DIAGNOSIS_REQUIRED";
  return null;
}

// ../domain/src/errors.ts
var ERROR_STATUS = {
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
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503
};

// ../domain/src/hmo.ts
import { z as z13 } from "zod";
var hmoCodeSchema = z13.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "2\u201332 letters, digits, dashes or underscores");
function contactText(max) {
  return z13.string().trim().max(max).transform((v) => v === "" ? null : v).nullish();
}
var contactFields = {
  contactName: contactText(200),
  phone: z13.union([
    z13.literal(""),
    z13.string().trim().regex(/^\+?[0-9][0-9 ()-]{6,19}$/, "must be a phone number")
  ]).transform((v) => v === "" ? null : v).nullish(),
  email: z13.union([z13.literal(""), z13.email().max(254)]).transform((v) => v === "" ? null : v).nullish(),
  address: contactText(500)
};
var hmoProviderInputSchema = z13.object({ name: z13.string().trim().min(2).max(200), code: hmoCodeSchema, ...contactFields }).strict();
var hmoProviderPatchSchema = z13.object({
  name: z13.string().trim().min(2).max(200).optional(),
  code: hmoCodeSchema.optional(),
  ...contactFields,
  active: z13.boolean().optional()
}).strict();
var hmoProviderSchema = z13.object({
  id: z13.uuid(),
  code: z13.string(),
  name: z13.string(),
  contactName: z13.string().nullable(),
  phone: z13.string().nullable(),
  email: z13.string().nullable(),
  address: z13.string().nullable(),
  active: z13.boolean(),
  createdAt: z13.string(),
  updatedAt: z13.string()
});
var tariffPutSchema = z13.object({ price: minorAmountSchema }).strict();
var tariffPatchSchema = z13.object({ price: minorAmountSchema.optional(), active: z13.boolean().optional() }).strict().refine((v) => v.price !== void 0 || v.active !== void 0, "send price or active");
var hmoTariffSchema = z13.object({
  id: z13.uuid(),
  providerId: z13.uuid(),
  serviceId: z13.uuid(),
  serviceCode: z13.string(),
  serviceName: z13.string(),
  cataloguePrice: z13.number().int(),
  price: z13.number().int(),
  active: z13.boolean(),
  updatedAt: z13.string()
});
var hmoProviderListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the code or the name, any case. */
  q: z13.string().trim().max(100).optional(),
  /** Only active providers unless asked: a retired HMO should not be offered for new visits. */
  active: z13.enum(["true", "false", "all"]).default("true")
});
var hmoTariffListQuerySchema = pageQuerySchema.extend({
  active: z13.enum(["true", "false", "all"]).default("true")
});

// ../domain/src/money-words.ts
var CURRENCY_NAMES = {
  NGN: { major: ["naira", "naira"], minor: ["kobo", "kobo"] },
  GHS: { major: ["cedi", "cedis"], minor: ["pesewa", "pesewas"] },
  KES: { major: ["shilling", "shillings"], minor: ["cent", "cents"] },
  UGX: { major: ["shilling", "shillings"], minor: ["cent", "cents"] },
  ZAR: { major: ["rand", "rand"], minor: ["cent", "cents"] },
  USD: { major: ["dollar", "dollars"], minor: ["cent", "cents"] },
  EUR: { major: ["euro", "euros"], minor: ["cent", "cents"] },
  GBP: { major: ["pound", "pounds"], minor: ["penny", "pence"] }
};
var GENERIC_NAMES = { major: ["unit", "units"], minor: ["cent", "cents"] };
var ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen"
];
var TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
var SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"];
function belowHundred(n) {
  if (n < 20) return ONES[n] ?? "";
  const unit = n % 10;
  const tens = TENS[(n - unit) / 10] ?? "";
  return unit === 0 ? tens : `${tens}-${ONES[unit]}`;
}
function belowThousand(n) {
  const rest = n % 100;
  const hundreds = (n - rest) / 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ONES[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${belowHundred(rest)}`;
}
function integerInWords(n) {
  assertNonNegativeMinor(n, "number");
  if (n === 0) return ONES[0] ?? "zero";
  const groups = [];
  for (let rest = n; rest > 0; rest = (rest - rest % 1e3) / 1e3) groups.push(rest % 1e3);
  const words = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    const scale = SCALES[i];
    if (scale === void 0) throw new MoneyError(`${n} is too large to write in words`);
    const joiner = i === 0 && group < 100 && words.length > 0 ? "and " : "";
    words.push(`${joiner}${belowThousand(group)}${scale ? ` ${scale}` : ""}`);
  }
  return words.join(" ");
}
function capitalise(text14) {
  return text14.charAt(0).toUpperCase() + text14.slice(1);
}
function amountInWords(minor3, currency = "NGN") {
  assertNonNegativeMinor(minor3);
  const names = CURRENCY_NAMES[currency] ?? GENERIC_NAMES;
  const scale = 10 ** minorDigits(currency);
  const minorPart = minor3 % scale;
  const majorPart = (minor3 - minorPart) / scale;
  const name = (n, [one, many]) => `${integerInWords(n)} ${n === 1 ? one : many}`;
  const pieces = [];
  if (majorPart > 0 || minorPart === 0) pieces.push(name(majorPart, names.major));
  if (minorPart > 0) pieces.push(name(minorPart, names.minor));
  return `${capitalise(pieces.join(" and "))} only`;
}

// ../domain/src/patients.ts
import { z as z14 } from "zod";

// ../node_modules/libphonenumber-js/metadata.min.json.js
var metadata_min_json_default = { "version": 4, "country_calling_codes": { "1": ["US", "AG", "AI", "AS", "BB", "BM", "BS", "CA", "DM", "DO", "GD", "GU", "JM", "KN", "KY", "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"], "7": ["RU", "KZ"], "20": ["EG"], "27": ["ZA"], "30": ["GR"], "31": ["NL"], "32": ["BE"], "33": ["FR"], "34": ["ES"], "36": ["HU"], "39": ["IT", "VA"], "40": ["RO"], "41": ["CH"], "43": ["AT"], "44": ["GB", "GG", "IM", "JE"], "45": ["DK"], "46": ["SE"], "47": ["NO", "SJ"], "48": ["PL"], "49": ["DE"], "51": ["PE"], "52": ["MX"], "53": ["CU"], "54": ["AR"], "55": ["BR"], "56": ["CL"], "57": ["CO"], "58": ["VE"], "60": ["MY"], "61": ["AU", "CC", "CX"], "62": ["ID"], "63": ["PH"], "64": ["NZ"], "65": ["SG"], "66": ["TH"], "81": ["JP"], "82": ["KR"], "84": ["VN"], "86": ["CN"], "90": ["TR"], "91": ["IN"], "92": ["PK"], "93": ["AF"], "94": ["LK"], "95": ["MM"], "98": ["IR"], "211": ["SS"], "212": ["MA", "EH"], "213": ["DZ"], "216": ["TN"], "218": ["LY"], "220": ["GM"], "221": ["SN"], "222": ["MR"], "223": ["ML"], "224": ["GN"], "225": ["CI"], "226": ["BF"], "227": ["NE"], "228": ["TG"], "229": ["BJ"], "230": ["MU"], "231": ["LR"], "232": ["SL"], "233": ["GH"], "234": ["NG"], "235": ["TD"], "236": ["CF"], "237": ["CM"], "238": ["CV"], "239": ["ST"], "240": ["GQ"], "241": ["GA"], "242": ["CG"], "243": ["CD"], "244": ["AO"], "245": ["GW"], "246": ["IO"], "247": ["AC"], "248": ["SC"], "249": ["SD"], "250": ["RW"], "251": ["ET"], "252": ["SO"], "253": ["DJ"], "254": ["KE"], "255": ["TZ"], "256": ["UG"], "257": ["BI"], "258": ["MZ"], "260": ["ZM"], "261": ["MG"], "262": ["RE", "YT"], "263": ["ZW"], "264": ["NA"], "265": ["MW"], "266": ["LS"], "267": ["BW"], "268": ["SZ"], "269": ["KM"], "290": ["SH", "TA"], "291": ["ER"], "297": ["AW"], "298": ["FO"], "299": ["GL"], "350": ["GI"], "351": ["PT"], "352": ["LU"], "353": ["IE"], "354": ["IS"], "355": ["AL"], "356": ["MT"], "357": ["CY"], "358": ["FI", "AX"], "359": ["BG"], "370": ["LT"], "371": ["LV"], "372": ["EE"], "373": ["MD"], "374": ["AM"], "375": ["BY"], "376": ["AD"], "377": ["MC"], "378": ["SM"], "380": ["UA"], "381": ["RS"], "382": ["ME"], "383": ["XK"], "385": ["HR"], "386": ["SI"], "387": ["BA"], "389": ["MK"], "420": ["CZ"], "421": ["SK"], "423": ["LI"], "500": ["FK"], "501": ["BZ"], "502": ["GT"], "503": ["SV"], "504": ["HN"], "505": ["NI"], "506": ["CR"], "507": ["PA"], "508": ["PM"], "509": ["HT"], "590": ["GP", "BL", "MF"], "591": ["BO"], "592": ["GY"], "593": ["EC"], "594": ["GF"], "595": ["PY"], "596": ["MQ"], "597": ["SR"], "598": ["UY"], "599": ["CW", "BQ"], "670": ["TL"], "672": ["NF"], "673": ["BN"], "674": ["NR"], "675": ["PG"], "676": ["TO"], "677": ["SB"], "678": ["VU"], "679": ["FJ"], "680": ["PW"], "681": ["WF"], "682": ["CK"], "683": ["NU"], "685": ["WS"], "686": ["KI"], "687": ["NC"], "688": ["TV"], "689": ["PF"], "690": ["TK"], "691": ["FM"], "692": ["MH"], "850": ["KP"], "852": ["HK"], "853": ["MO"], "855": ["KH"], "856": ["LA"], "880": ["BD"], "886": ["TW"], "960": ["MV"], "961": ["LB"], "962": ["JO"], "963": ["SY"], "964": ["IQ"], "965": ["KW"], "966": ["SA"], "967": ["YE"], "968": ["OM"], "970": ["PS"], "971": ["AE"], "972": ["IL"], "973": ["BH"], "974": ["QA"], "975": ["BT"], "976": ["MN"], "977": ["NP"], "992": ["TJ"], "993": ["TM"], "994": ["AZ"], "995": ["GE"], "996": ["KG"], "998": ["UZ"] }, "countries": { "AC": ["247", "00", "(?:[01589]\\d|[2-467])\\d{4}", [5, 6]], "AD": ["376", "00", "(?:1|6\\d)\\d{7}|[135-9]\\d{5}", [6, 8, 9], [["(\\d{3})(\\d{3})", "$1 $2", ["[135-9]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["1"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]]]], "AE": ["971", "00", "(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}", [5, 6, 7, 8, 9, 10, 11, 12], [["(\\d{3})(\\d{2,9})", "$1 $2", ["60|8"]], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[236]|[479][2-8]"], "0$1"], ["(\\d{3})(\\d)(\\d{5})", "$1 $2 $3", ["[479]"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"]], "0"], "AF": ["93", "00", "[2-7]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"]], "0"], "AG": ["1", "011", "(?:268|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([457]\\d{6})$|1", "268$1", 0, "268"], "AI": ["1", "011", "(?:264|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2457]\\d{6})$|1", "264$1", 0, "264"], "AL": ["355", "00", "(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}", [6, 7, 8, 9], [["(\\d{3})(\\d{3,4})", "$1 $2", ["80|9"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["4[2-6]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2358][2-5]|4"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["[23578]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["6"], "0$1"]], "0"], "AM": ["374", "00", "(?:[1-489]\\d|55|60|77)\\d{6}", [8], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[89]0"], "0 $1"], ["(\\d{3})(\\d{5})", "$1 $2", ["2|3[12]"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["1|47"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[3-9]"], "0$1"]], "0"], "AO": ["244", "00", "[29]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[29]"]]]], "AR": ["54", "00", "(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}", [10, 11], [["(\\d{4})(\\d{2})(\\d{4})", "$1 $2-$3", ["2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9])", "2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8]))|2(?:2[24-9]|3[1-59]|47)", "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5[56][46]|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]", "2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|58|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|54(?:4|5[13-7]|6[89])|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:454|85[56])[46]|3(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"], "0$1", 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2-$3", ["1"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[68]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2-$3", ["[23]"], "0$1", 1], ["(\\d)(\\d{4})(\\d{2})(\\d{4})", "$2 15-$3-$4", ["9(?:2[2-469]|3[3-578])", "9(?:2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9]))", "9(?:2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8])))|92(?:2[24-9]|3[1-59]|47)", "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5(?:[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]", "9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|5(?:4(?:4|5[13-7]|6[89])|[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"], "0$1", 0, "$1 $2 $3-$4"], ["(\\d)(\\d{2})(\\d{4})(\\d{4})", "$2 15-$3-$4", ["91"], "0$1", 0, "$1 $2 $3-$4"], ["(\\d{3})(\\d{3})(\\d{5})", "$1-$2-$3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{4})", "$2 15-$3-$4", ["9"], "0$1", 0, "$1 $2 $3-$4"]], "0", 0, "0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?", "9$1"], "AS": ["1", "011", "(?:[58]\\d\\d|684|900)\\d{7}", [10], 0, "1", 0, "([267]\\d{6})$|1", "684$1", 0, "684"], "AT": ["43", "00", "1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [["(\\d)(\\d{3,12})", "$1 $2", ["1(?:11|[2-9])"], "0$1"], ["(\\d{3})(\\d{2})", "$1 $2", ["517"], "0$1"], ["(\\d{2})(\\d{3,5})", "$1 $2", ["5[079]"], "0$1"], ["(\\d{3})(\\d{3,10})", "$1 $2", ["(?:31|4)6|51|6(?:48|5[0-3579]|[6-9])|7(?:20|32|8)|[89]", "(?:31|4)6|51|6(?:485|5[0-3579]|[6-9])|7(?:20|32|8)|[89]"], "0$1"], ["(\\d{4})(\\d{3,9})", "$1 $2", ["[2-467]|5[2-6]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4,7})", "$1 $2 $3", ["5"], "0$1"]], "0"], "AU": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}", [5, 6, 7, 8, 9, 10, 12], [["(\\d{2})(\\d{3,4})", "$1 $2", ["16"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["16"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["14|4"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[2378]"], "(0$1)"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:30|[89])"]]], "0", 0, "(183[12])|0", 0, 0, 0, [["(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, ["163\\d{2,6}", [5, 6, 7, 8, 9]], ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "AW": ["297", "00", "(?:[25-79]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[25-9]"]]]], "AX": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}", [5, 6, 7, 8, 9, 10, 11, 12], 0, "0", 0, 0, 0, 0, "18", 0, "00"], "AZ": ["994", "00", "365\\d{6}|(?:[124579]\\d|60|88)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["90"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[28]|2|365|46", "1[28]|2|365[45]|46", "1[28]|2|365(?:4|5[02])|46"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[13-9]"], "0$1"]], "0"], "BA": ["387", "00", "6\\d{8}|(?:[35689]\\d|49|70)\\d{6}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["6[1-3]|[7-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2-$3", ["[3-5]|6[56]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["6"], "0$1"]], "0"], "BB": ["1", "011", "(?:246|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "246$1", 0, "246"], "BD": ["880", "00", "[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}", [6, 7, 8, 9, 10], [["(\\d{2})(\\d{4,6})", "$1-$2", ["31[5-8]|[459]1"], "0$1"], ["(\\d{3})(\\d{3,7})", "$1-$2", ["3(?:[67]|8[013-9])|4(?:6[168]|7|[89][18])|5(?:6[128]|9)|6(?:[15]|28)|7[2-589]|8(?:0[014-9]|[12])|9[358]|(?:3[2-5]|4[235]|5[2-578]|6[0389]|76|8[3-7]|9[24])1|(?:44|66)[01346-9]"], "0$1"], ["(\\d{4})(\\d{3,6})", "$1-$2", ["[13-9]|2[23]"], "0$1"], ["(\\d)(\\d{7,8})", "$1-$2", ["2"], "0$1"]], "0"], "BE": ["32", "00", "4\\d{8}|[1-9]\\d{7}", [8, 9], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:80|9)0"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[239]|4[23]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[15-8]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4"], "0$1"]], "0"], "BF": ["226", "00", "[024-7]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[024-7]"]]]], "BG": ["359", "00", "00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}", [6, 7, 8, 9, 12], [["(\\d)(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"], ["(\\d{3})(\\d{4})", "$1 $2", ["43[1-6]|70[1-9]"], "0$1"], ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["[356]|4[124-7]|7[1-9]|8[1-6]|9[1-7]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["(?:70|8)0"], "0$1"], ["(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3", ["43[1-7]|7"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[48]|9[08]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"]], "0"], "BH": ["973", "00", "[136-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[13679]|8[02-4679]"]]]], "BI": ["257", "00", "(?:[267]\\d|31)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2367]"]]]], "BJ": ["229", "00", "01\\d{8}", [10], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["0"]]]], "BL": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "BM": ["1", "011", "(?:441|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "441$1", 0, "441"], "BN": ["673", "00", "[2-578]\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-578]"]]]], "BO": ["591", "00(?:1\\d)?", "(?:[2-7]\\d\\d|8001)\\d{5}", [8, 9], [["(\\d)(\\d{7})", "$1 $2", ["[23]|4[46]|50"]], ["(\\d{8})", "$1", ["[5-7]"]], ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["8"]]], "0", 0, "0(1\\d)?"], "BQ": ["599", "00", "(?:[34]1|7\\d)\\d{5}", [7], 0, 0, 0, 0, 0, 0, "[347]"], "BR": ["55", "00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)", "[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}", [8, 9, 10, 11], [["(\\d{4})(\\d{4})", "$1-$2", ["300|4(?:0[02]|37|86)", "300|4(?:0(?:0|20)|370|864)"]], ["(\\d{3})(\\d{2,3})(\\d{4})", "$1 $2 $3", ["(?:[358]|90)0"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2-$3", ["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-57]"], "($1)"], ["(\\d{2})(\\d{5})(\\d{4})", "$1 $2-$3", ["[16][1-9]|[2-57-9]"], "($1)"]], "0", 0, "(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?", "$2"], "BS": ["1", "011", "(?:242|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([3-8]\\d{6})$|1", "242$1", 0, "242"], "BT": ["975", "00", "[178]\\d{7}|[2-8]\\d{6}", [7, 8], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-6]|7[246]|8[2-4]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[67]|[78]"]]]], "BW": ["267", "00", "90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}", [7, 8, 10], [["(\\d{2})(\\d{5})", "$1 $2", ["90"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[2-6]"]], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["8"]]]], "BY": ["375", "810", "(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}", [6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{3})", "$1 $2", ["800"], "8 $1"], ["(\\d{3})(\\d{2})(\\d{2,4})", "$1 $2 $3", ["800"], "8 $1"], ["(\\d{4})(\\d{2})(\\d{3})", "$1 $2-$3", ["1(?:5[169]|6[3-5]|7[179])|2(?:1[35]|2[34]|3[3-5])", "1(?:5[169]|6(?:3[1-3]|4|5[125])|7(?:1[3-9]|7[0-24-6]|9[2-7]))|2(?:1[35]|2[34]|3[3-5])"], "8 0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["1(?:[56]|7[467])|2[1-3]"], "8 0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-4]"], "8 0$1"], ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[89]"], "8 $1"]], "8", 0, "0|80?", 0, 0, 0, 0, "8~10"], "BZ": ["501", "00", "(?:0800\\d|[2-8])\\d{6}", [7, 11], [["(\\d{3})(\\d{4})", "$1-$2", ["[2-8]"]], ["(\\d)(\\d{3})(\\d{4})(\\d{3})", "$1-$2-$3-$4", ["0"]]]], "CA": ["1", "011", "[2-9]\\d{9}|3\\d{6}", [7, 10], 0, "1", 0, 0, 0, 0, 0, [["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}", [10]], ["", [10]], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}", [10]], ["900[2-9]\\d{6}", [10]], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}", [10]], 0, ["310\\d{4}", [7]], 0, ["600[2-9]\\d{6}", [10]]]], "CC": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [["8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, 0, ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "CD": ["243", "00", "(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}", [7, 8, 9, 10], [["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["88"], "0$1"], ["(\\d{2})(\\d{5})", "$1 $2", ["[1-6]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["5"], "0$1"]], "0"], "CF": ["236", "00", "8776\\d{4}|(?:[27]\\d|61)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-8]"]]]], "CG": ["242", "00", "222\\d{6}|(?:0\\d|80)\\d{7}", [9], [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[02]"]]]], "CH": ["41", "00", "8\\d{11}|[2-9]\\d{8}", [9, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8[047]|90"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]|81"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["8"], "0$1"]], "0"], "CI": ["225", "00", "[02]\\d{9}", [10], [["(\\d{2})(\\d{2})(\\d)(\\d{5})", "$1 $2 $3 $4", ["2"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3 $4", ["0"]]]], "CK": ["682", "00", "[2-578]\\d{4}", [5], [["(\\d{2})(\\d{3})", "$1 $2", ["[2-578]"]]]], "CL": ["56", "(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0", "12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}", [9, 10, 11], [["(\\d{5})(\\d{4})", "$1 $2", ["219", "2196"], "($1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["60|809"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["44"]], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2[1-36]"], "($1)"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["9(?:10|[2-9])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["3[2-5]|[47]|5[1-3578]|6[13-57]|8(?:0[1-8]|[1-9])"], "($1)"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["60|8"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]], ["(\\d{3})(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["60"]]]], "CM": ["237", "00", "[26]\\d{8}|88\\d{6,7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["88"]], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[26]|88"]]]], "CN": ["86", "00|1(?:[12]\\d|79)\\d\\d00", "(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["101", "1010", "10100"], "0$1"], ["(\\d{2})(\\d{5,6})", "$1 $2", ["(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]", "10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12", "10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["101", "1010"]], ["(\\d{3})(\\d{5,6})", "$1 $2", ["3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])", "(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]0"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|2(?:[02-57-9]|1[1-9])", "10|2(?:[02-57-9]|1[1-9])", "10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]"], "0$1", 1], ["(\\d{3})(\\d{7,8})", "$1 $2", ["9"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[3-578]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["1[3-9]"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["[12]"], "0$1", 1]], "0", 0, "(1(?:[12]\\d|79)\\d\\d)|0", 0, 0, 0, 0, "00"], "CO": ["57", "00(?:4(?:[14]4|56)|[579])", "(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}", [8, 10, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["46"]], ["(\\d{3})(\\d{7})", "$1 $2", ["6|90"], "($1)"], ["(\\d{3})(\\d{7})", "$1 $2", ["3[0-357]|94"]], ["(\\d)(\\d{3})(\\d{7})", "$1-$2-$3", ["1"], "0$1", 0, "$1 $2 $3"]], "0", 0, "0([3579]|4(?:[14]4|56))?"], "CR": ["506", "00", "(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}", [8, 10], [["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[3-9]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["[89]"]]], 0, 0, "(19(?:0[0-2468]|1[09]|20|66|77|99))"], "CU": ["53", "119", "(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}", [6, 7, 8, 10], [["(\\d{2})(\\d{4,6})", "$1 $2", ["2[1-4]|[34]"], "(0$1)"], ["(\\d)(\\d{6,7})", "$1 $2", ["7"], "(0$1)"], ["(\\d)(\\d{7})", "$1 $2", ["[56]"], "0$1"], ["(\\d{3})(\\d{7})", "$1 $2", ["8"], "0$1"]], "0"], "CV": ["238", "0", "(?:[2-59]\\d\\d|800)\\d{4}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-589]"]]]], "CW": ["599", "00", "(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["[3467]"]], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["9[4-8]"]]], 0, 0, 0, 0, 0, "[69]"], "CX": ["61", "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011", "1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}", [6, 7, 8, 9, 10, 12], 0, "0", 0, "([59]\\d{7})$|0", "8$1", 0, 0, [["8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}", [9]], ["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]], ["180(?:0\\d{3}|2)\\d{3}", [7, 10]], ["190[0-26]\\d{6}", [10]], 0, 0, 0, 0, ["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]], ["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [6, 8, 10, 12]]], "0011"], "CY": ["357", "00", "(?:[279]\\d|[58]0)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[257-9]"]]]], "CZ": ["420", "00", "(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}", [9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]|9[015-7]"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["96"]], ["(\\d{2})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]]]], "DE": ["49", "00", "[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [["(\\d{2})(\\d{3,13})", "$1 $2", ["3[02]|40|[68]9"], "0$1"], ["(\\d{3})(\\d{3,12})", "$1 $2", ["2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1", "2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1"], "0$1"], ["(\\d{4})(\\d{2,11})", "$1 $2", ["[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]", "[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]"], "0$1"], ["(\\d{3})(\\d{4})", "$1 $2", ["138"], "0$1"], ["(\\d{5})(\\d{2,10})", "$1 $2", ["3"], "0$1"], ["(\\d{3})(\\d{5,11})", "$1 $2", ["181"], "0$1"], ["(\\d{3})(\\d)(\\d{4,10})", "$1 $2 $3", ["1(?:3|80)|9"], "0$1"], ["(\\d{3})(\\d{7,8})", "$1 $2", ["1[67]"], "0$1"], ["(\\d{3})(\\d{7,12})", "$1 $2", ["8"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["185", "1850", "18500"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["18[68]"], "0$1"], ["(\\d{4})(\\d{7})", "$1 $2", ["15[1279]"], "0$1"], ["(\\d{5})(\\d{6})", "$1 $2", ["15[03-68]", "15(?:[0568]|3[13]|41)"], "0$1"], ["(\\d{3})(\\d{8})", "$1 $2", ["18"], "0$1"], ["(\\d{3})(\\d{2})(\\d{7,8})", "$1 $2 $3", ["1(?:6[023]|7)"], "0$1"], ["(\\d{4})(\\d{2})(\\d{7})", "$1 $2 $3", ["15[279]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{8})", "$1 $2 $3", ["15"], "0$1"]], "0"], "DJ": ["253", "00", "(?:2\\d|77)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[27]"]]]], "DK": ["45", "00", "[2-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-9]"]]]], "DM": ["1", "011", "(?:[58]\\d\\d|767|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "767$1", 0, "767"], "DO": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "8001|8[024]9"], "DZ": ["213", "00", "(?:[1-4]|[5-79]\\d|80)\\d{7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-4]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["9"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-8]"], "0$1"]], "0"], "EC": ["593", "00", "1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}", [8, 9, 10, 11], [["(\\d)(\\d{3})(\\d{4})", "$1 $2-$3", ["[2-7]"], "(0$1)", 0, "$1-$2-$3"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1"]]], "0"], "EE": ["372", "00", "8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}", [7, 8, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["[369]|4[3-8]|5(?:[0-2]|5[0-478]|6[45])|7[1-9]|88", "[369]|4[3-8]|5(?:[02]|1(?:[0-8]|95)|5[0-478]|6(?:4[0-4]|5[1-589]))|7[1-9]|88"]], ["(\\d{4})(\\d{3,4})", "$1 $2", ["[45]|8(?:00|[1-49])", "[45]|8(?:00[1-9]|[1-49])"]], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]]]], "EG": ["20", "00", "[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}", [8, 9, 10], [["(\\d)(\\d{7,8})", "$1 $2", ["[23]"], "0$1"], ["(\\d{2})(\\d{6,7})", "$1 $2", ["1[35]|[4-6]|8[2468]|9[235-7]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{8})", "$1 $2", ["1"], "0$1"]], "0"], "EH": ["212", "00", "[5-8]\\d{8}", [9], 0, "0", 0, 0, 0, 0, 0, [["528[89]\\d{5}"], ["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"], ["80[0-7]\\d{6}"], ["89\\d{7}"], 0, 0, 0, 0, ["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"]]], "ER": ["291", "00", "[178]\\d{6}", [7], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[178]"], "0$1"]], "0"], "ES": ["34", "00", "400\\d{6}|(?:51|[6-9]\\d)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[89]00"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[4-9]"]]]], "ET": ["251", "00", "(?:11|[2-57-9]\\d)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-57-9]"], "0$1"]], "0"], "FI": ["358", "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))", "[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}", [5, 6, 7, 8, 9, 10, 11, 12], [["(\\d{5})", "$1", ["20[2-59]"], "0$1"], ["(\\d{3})(\\d{3,7})", "$1 $2", ["(?:[1-3]0|[68])0|70[07-9]"], "0$1"], ["(\\d{2})(\\d{4,8})", "$1 $2", ["[14]|2[09]|50|7[135]"], "0$1"], ["(\\d{2})(\\d{6,10})", "$1 $2", ["7"], "0$1"], ["(\\d)(\\d{4,9})", "$1 $2", ["(?:19|[2568])[1-8]|3(?:0[1-9]|[1-9])|9"], "0$1"]], "0", 0, 0, 0, 0, "1[03-79]|[2-9]", 0, "00"], "FJ": ["679", "0(?:0|52)", "45\\d{5}|(?:0800\\d|[235-9])\\d{6}", [7, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|45"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "FK": ["500", "00", "[2-7]\\d{4}", [5]], "FM": ["691", "00", "(?:[39]\\d\\d|820)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[389]"]]]], "FO": ["298", "00", "[2-9]\\d{5}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"]]], 0, 0, "(10(?:01|[12]0|88))"], "FR": ["33", "00", "[1-9]\\d{8}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0 $1"], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[1-79]"], "0$1"]], "0"], "GA": ["241", "00", "(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}", [7, 8], [["(\\d)(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-7]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["11|[67]"], "0$1"]], 0, 0, "0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})", "$1"], "GB": ["44", "00", "[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}", [7, 9, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["800", "8001", "80011", "800111", "8001111"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["845", "8454", "84546", "845464"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["800"], "0$1"], ["(\\d{5})(\\d{4,5})", "$1 $2", ["1(?:38|5[23]|69|76|94)", "1(?:(?:38|69)7|5(?:24|39)|768|946)", "1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)"], "0$1"], ["(\\d{4})(\\d{5,6})", "$1 $2", ["1(?:[2-69][02-9]|[78])"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[25]|7(?:0|6[02-9])", "[25]|7(?:0|6(?:[03-9]|2[356]))"], "0$1"], ["(\\d{4})(\\d{6})", "$1 $2", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1389]"], "0$1"]], "0", 0, "0|180020", 0, 0, 0, [["(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}", [9, 10]], ["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}", [10]], ["80[08]\\d{7}|800\\d{6}|8001111"], ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d", [7, 10]], ["70\\d{8}", [10]], 0, ["(?:3[0347]|55)\\d{8}", [10]], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]], ["56\\d{8}", [10]]], 0, " x"], "GD": ["1", "011", "(?:473|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "473$1", 0, "473"], "GE": ["995", "00", "(?:[3-57]\\d\\d|800)\\d{6}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["32"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[57]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[348]"], "0$1"]], "0"], "GF": ["594", "00", "(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]|80[6-9]|9[47]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[89]"], "0$1"]], "0"], "GG": ["44", "00", "(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?", [7, 9, 10], 0, "0", 0, "([25-9]\\d{5})$|0|180020", "1481$1", 0, 0, [["1481[25-9]\\d{5}", [10]], ["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]], ["80[08]\\d{7}|800\\d{6}|8001111"], ["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d", [7, 10]], ["70\\d{8}", [10]], 0, ["(?:3[0347]|55)\\d{8}", [10]], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]], ["56\\d{8}", [10]]]], "GH": ["233", "00", "[235]\\d{8}|800\\d{5,6}", [8, 9], [["(\\d{3})(\\d{5})", "$1 $2", ["8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2358]"], "0$1"]], "0"], "GI": ["350", "00", "(?:[25]\\d|60)\\d{6}", [8], [["(\\d{3})(\\d{5})", "$1 $2", ["2"]]]], "GL": ["299", "00", "(?:19|[2-689]\\d|70)\\d{4}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["19|[2-9]"]]]], "GM": ["220", "00", "[48]\\d{8}|[2-9]\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["[235-9]|4(?:[0-35]|4[16-9])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[48]"]]]], "GN": ["224", "00", "722\\d{6}|(?:3|6\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["3"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[67]"]]]], "GP": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|80[6-9]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "GQ": ["240", "00", "222\\d{6}|(?:3\\d|55|[89]0)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235]"]], ["(\\d{3})(\\d{6})", "$1 $2", ["[89]"]]]], "GR": ["30", "00", "5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}", [10, 11, 12], [["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["21|7"]], ["(\\d{4})(\\d{6})", "$1 $2", ["2(?:2|3[2-57-9]|4[2-469]|5[2-59]|6[2-9]|7[2-69]|8[2-49])|5"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2689]"]], ["(\\d{3})(\\d{3,4})(\\d{5})", "$1 $2 $3", ["8"]]]], "GT": ["502", "00", "80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}", [8, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["[2-8]"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]]]], "GU": ["1", "011", "(?:[58]\\d\\d|671|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "671$1", 0, "671"], "GW": ["245", "00", "[49]\\d{8}|4\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["40"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"]]]], "GY": ["592", "001", "(?:[2-8]\\d{3}|9008)\\d{3}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]]], "HK": ["852", "00(?:30|5[09]|[126-9]?)", "8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}", [5, 6, 7, 8, 9, 11], [["(\\d{3})(\\d{2,5})", "$1 $2", ["900", "9003"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{3})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["9"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "HN": ["504", "00", "8\\d{10}|[237-9]\\d{7}", [8, 11], [["(\\d{4})(\\d{4})", "$1-$2", ["[237-9]"]]]], "HR": ["385", "00", "[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}", [7, 8, 9], [["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["6[01]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{4})(\\d{3})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6|7[245]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-57]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"]], "0"], "HT": ["509", "00", "[2-589]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["[2-589]"]]]], "HU": ["36", "00", "[235-7]\\d{8}|[1-9]\\d{7}", [8, 9], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "(06 $1)"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6|8[2-57-9]|9[2-69]"], "(06 $1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "06 $1"]], "06"], "ID": ["62", "00[89]", "00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}", [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["15"]], ["(\\d{2})(\\d{5,9})", "$1 $2", ["2[124]|[36]1"], "(0$1)"], ["(\\d{3})(\\d{5,7})", "$1 $2", ["800"], "0$1"], ["(\\d{3})(\\d{5,8})", "$1 $2", ["[2-79]"], "(0$1)"], ["(\\d{3})(\\d{3,4})(\\d{3})", "$1-$2-$3", ["8[1-35-9]"], "0$1"], ["(\\d{3})(\\d{6,8})", "$1 $2", ["1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["804"], "0$1"], ["(\\d{3})(\\d)(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["80"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1-$2-$3", ["8"], "0$1"]], "0"], "IE": ["353", "00", "(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}", [7, 8, 9, 10], [["(\\d{2})(\\d{5})", "$1 $2", ["2[24-9]|47|58|6[237-9]|9[35-9]"], "(0$1)"], ["(\\d{3})(\\d{5})", "$1 $2", ["[45]0"], "(0$1)"], ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2569]|4[1-69]|7[14]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["70"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["81"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[78]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["4"], "(0$1)"], ["(\\d{2})(\\d)(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["8"], "0$1"]], "0"], "IL": ["972", "0(?:0|1(?:05|[2-9]))", "1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}", [7, 8, 9, 10, 11, 12], [["(\\d{4})(\\d{3})", "$1-$2", ["125"]], ["(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3", ["121"]], ["(\\d)(\\d{3})(\\d{4})", "$1-$2-$3", ["[2-489]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1-$2-$3", ["12"]], ["(\\d{4})(\\d{6})", "$1-$2", ["159"]], ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3-$4", ["1[7-9]"]], ["(\\d{3})(\\d{1,2})(\\d{3})(\\d{4})", "$1-$2 $3-$4", ["15"]]], "0"], "IM": ["44", "00", "1624\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([25-8]\\d{5})$|0|180020", "1624$1", 0, "74576|(?:16|7[56])24"], "IN": ["91", "00", "(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}", [8, 9, 10, 11, 12, 13], [["(\\d{8})", "$1", ["5(?:0|2[23]|3[03]|[67]1|88)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)", "5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)"], 0, 1], ["(\\d{4})(\\d{4,5})", "$1 $2", ["180", "1800"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["140"], 0, 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["11|2[02]|33|4[04]|79[1-5]|80[2-46]", "11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])", "11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]", "1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]"], "0$1", 1], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807", "1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]", "1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]"], "0$1", 1], ["(\\d{5})(\\d{5})", "$1 $2", ["16|[6-9]"], "0$1", 1], ["(\\d{4})(\\d{2,4})(\\d{4})", "$1 $2 $3", ["18[06]", "18[06]0"], 0, 1], ["(\\d{4})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["18"], 0, 1]], "0"], "IO": ["246", "00", "3\\d{6}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["3"]]]], "IQ": ["964", "00", "(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-6]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"]], "0"], "IR": ["98", "00", "[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}", [4, 5, 6, 7, 10], [["(\\d{4,5})", "$1", ["96"], "0$1"], ["(\\d{2})(\\d{4,5})", "$1 $2", ["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])[12689]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["[1-8]"], "0$1"]], "0"], "IS": ["354", "00|1(?:0(?:01|[12]0)|100)", "(?:38\\d|[4-9])\\d{6}", [7, 9], [["(\\d{3})(\\d{4})", "$1 $2", ["[4-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["3"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "IT": ["39", "00", "0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?", [6, 7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{4,6})", "$1 $2", ["0[26]"]], ["(\\d{3})(\\d{3,6})", "$1 $2", ["0[13-57-9][0159]|8(?:03|4[17]|9[2-5])", "0[13-57-9][0159]|8(?:03|4[17]|9(?:2|3[04]|[45][0-4]))"]], ["(\\d{4})(\\d{2,6})", "$1 $2", ["0(?:[13-579][2-46-8]|8[236-8])"]], ["(\\d{4})(\\d{4})", "$1 $2", ["894"]], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[26]|5"]], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["1(?:44|[679])|[378]|43"]], ["(\\d{3})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["0[13-57-9][0159]|14"]], ["(\\d{2})(\\d{4})(\\d{5})", "$1 $2 $3", ["0[26]"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[03]"]]], 0, 0, 0, 0, 0, 0, [["0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}"], ["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]], ["80(?:0\\d{3}|3)\\d{3}", [6, 9]], ["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}", [6, 8, 9, 10]], ["1(?:78\\d|99)\\d{6}", [9, 10]], ["3[2-8]\\d{9,10}", [11, 12]], 0, 0, ["55\\d{8}", [10]], ["84(?:[08]\\d{3}|[17])\\d{3}", [6, 9]]]], "JE": ["44", "00", "1534\\d{6}|(?:[3578]\\d|90)\\d{8}", [10], 0, "0", 0, "([0-24-8]\\d{5})$|0|180020", "1534$1", 0, 0, [["1534[0-24-8]\\d{5}"], ["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"], ["80(?:07(?:35|81)|8901)\\d{4}"], ["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}"], ["701511\\d{4}"], 0, ["(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}"], ["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}"], ["56\\d{8}"]]], "JM": ["1", "011", "(?:[58]\\d\\d|658|900)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "658|876"], "JO": ["962", "00", "(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}", [8, 9], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2356]|87"], "(0$1)"], ["(\\d{3})(\\d{5,6})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["70"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[47]"], "0$1"]], "0"], "JP": ["81", "010", "00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}", [8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [["(\\d{3})(\\d{3})(\\d{3})", "$1-$2-$3", ["(?:12|57|99)0"], "0$1"], ["(\\d{4})(\\d)(\\d{4})", "$1-$2-$3", ["1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]", "1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["60"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2-$3", ["3|4(?:2[09]|7[01])|6[1-9]", "3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]", "1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3", ["[14]|[289][2-9]|5[3-9]|7[2-4679]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2-$3", ["800"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[25-9]"], "0$1"]], "0", 0, "(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0", "$1"], "KE": ["254", "000", "(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}", [7, 8, 9, 10], [["(\\d{2})(\\d{5,7})", "$1 $2", ["[24-6]"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["[17]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"]], "0"], "KG": ["996", "00", "8\\d{9}|[235-9]\\d{8}", [9, 10], [["(\\d{4})(\\d{5})", "$1 $2", ["3(?:1[346]|[24-79])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-79]|88"], "0$1"], ["(\\d{3})(\\d{3})(\\d)(\\d{2,3})", "$1 $2 $3 $4", ["8"], "0$1"]], "0"], "KH": ["855", "00[14-9]", "1\\d{9}|[1-9]\\d{7,8}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0"], "KI": ["686", "00", "(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}", [5, 8], 0, "0"], "KM": ["269", "00", "[3478]\\d{6}", [7], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[3478]"]]]], "KN": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "869$1", 0, "869"], "KP": ["850", "00|99", "85\\d{6}|(?:19\\d|[2-7])\\d{7}", [8, 10], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-7]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"]], "0"], "KR": ["82", "00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))", "00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}", [5, 6, 8, 9, 10, 11, 12, 13, 14], [["(\\d{2})(\\d{3,4})", "$1-$2", ["(?:3[1-3]|[46][1-4]|5[1-5])1"], "0$1"], ["(\\d{4})(\\d{4})", "$1-$2", ["1"]], ["(\\d)(\\d{3,4})(\\d{4})", "$1-$2-$3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1-$2-$3", ["[36]0|8"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1-$2-$3", ["[1346]|5[1-5]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2-$3", ["[57]"], "0$1"], ["(\\d{2})(\\d{5})(\\d{4})", "$1-$2-$3", ["5"], "0$1"]], "0", 0, "0(8(?:[1-46-8]|5\\d\\d))?"], "KW": ["965", "00", "18\\d{5}|(?:[2569]\\d|41)\\d{6}", [7, 8], [["(\\d{4})(\\d{3,4})", "$1 $2", ["[169]|2(?:[235]|4[1-35-9])|52"]], ["(\\d{3})(\\d{5})", "$1 $2", ["[245]"]]]], "KY": ["1", "011", "(?:345|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "345$1", 0, "345"], "KZ": ["7", "810", "8\\d{13}|[78]\\d{9}", [10, 14], 0, "8", 0, 0, 0, 0, "7", 0, "8~10"], "LA": ["856", "00", "(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}", [8, 9, 10], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2[13]|3[14]|[4-8]"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["3"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2"], "0$1"]], "0"], "LB": ["961", "00", "[27-9]\\d{7}|[13-9]\\d{6}", [7, 8], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[13-69]|7(?:[2-57]|62|8[0-6]|9[04-9])|8[02-9]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[27-9]"]]], "0"], "LC": ["1", "011", "(?:[58]\\d\\d|758|900)\\d{7}", [10], 0, "1", 0, "([2-8]\\d{6})$|1", "758$1", 0, "758"], "LI": ["423", "00", "[68]\\d{8}|(?:[2378]\\d|90)\\d{5}", [7, 9], [["(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2379]|8(?:0[09]|7)", "[2379]|8(?:0(?:02|9)|7)"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["69"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]]], "0", 0, "(1001)|0"], "LK": ["94", "00", "[1-9]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1-689]"], "0$1"]], "0"], "LR": ["231", "00", "(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}", [7, 8, 9], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["4[67]|[56]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-578]"], "0$1"]], "0"], "LS": ["266", "00", "(?:[256]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2568]"]]]], "LT": ["370", "00", "(?:[3469]\\d|52|[78]0)\\d{6}", [8], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["52[0-7]"], "(0-$1)", 1], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0 $1", 1], ["(\\d{2})(\\d{6})", "$1 $2", ["37|4(?:[15]|6[1-8])"], "(0-$1)", 1], ["(\\d{3})(\\d{5})", "$1 $2", ["[3-6]"], "(0-$1)", 1]], "0", 0, "[08]"], "LU": ["352", "00", "35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}", [4, 5, 6, 7, 8, 9, 10, 11], [["(\\d{2})(\\d{3})", "$1 $2", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]], ["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["20[2-689]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4", ["20"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{1,5})", "$1 $2 $3 $4", ["[3-57]|8[13-9]|9(?:0[89]|[2-579])|(?:2|80)[2-9]"]], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["80[01]|90[015]"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3 $4", ["20"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})", "$1 $2 $3 $4 $5", ["20"]]], 0, 0, "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)"], "LV": ["371", "00", "(?:[268]\\d|78|90)\\d{6}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2679]|8[01]"]]]], "LY": ["218", "00", "[2-9]\\d{8}", [9], [["(\\d{2})(\\d{7})", "$1-$2", ["[2-9]"], "0$1"]], "0"], "MA": ["212", "00", "[5-8]\\d{8}", [9], [["(\\d{4})(\\d{5})", "$1-$2", ["892"], "0$1"], ["(\\d{2})(\\d{7})", "$1-$2", ["8(?:0[0-7]|9)"], "0$1"], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[5-8]"], "0$1"]], "0", 0, 0, 0, 0, "[5-8]"], "MC": ["377", "00", "(?:[3489]|[67]\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["4"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[389]"]], ["(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4 $5", ["[67]"], "0$1"]], "0"], "MD": ["373", "00", "(?:[235-7]\\d|[89]0)\\d{6}", [8], [["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["22|3"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["[25-7]"], "0$1"]], "0"], "ME": ["382", "00", "(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[2-9]"], "0$1"]], "0"], "MF": ["590", "00", "7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"], ["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"], ["80[0-5]\\d{6}"], ["8[129]\\d{7}"], 0, 0, 0, 0, ["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]]], "MG": ["261", "00", "[23]\\d{8}", [9], [["(\\d{2})(\\d{2})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["[23]"], "0$1"]], "0", 0, "([24-9]\\d{6})$|0", "20$1"], "MH": ["692", "011", "329\\d{4}|(?:[256]\\d|45)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1-$2", ["[2-6]"]]], "1"], "MK": ["389", "00", "[2-578]\\d{7}", [8], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2|34[47]|4(?:[37]7|5[47]|64)"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[347]"], "0$1"], ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[58]"], "0$1"]], "0"], "ML": ["223", "00", "[24-9]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24-9]"]]]], "MM": ["95", "00", "1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}", [6, 7, 8, 9, 10], [["(\\d)(\\d{2})(\\d{3})", "$1 $2 $3", ["16|2"], "0$1"], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"], "0$1"], ["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[12]|452|678|86", "[12]|452|6788|86"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[4-7]|8[1-35]"], "0$1"], ["(\\d)(\\d{3})(\\d{4,6})", "$1 $2 $3", ["9(?:2[0-4]|[35-9]|4[137-9])"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["92"], "0$1"], ["(\\d)(\\d{5})(\\d{4})", "$1 $2 $3", ["9"], "0$1"]], "0"], "MN": ["976", "001", "[12]\\d{7,9}|[5-9]\\d{7}", [8, 9, 10], [["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["11|2[16]"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["[5-9]"]], ["(\\d{3})(\\d{5,6})", "$1 $2", ["[12]2[1-3]"], "0$1"], ["(\\d{4})(\\d{5,6})", "$1 $2", ["[12](?:27|3[2-8]|4[2-68]|5[1-4689])", "[12](?:27|3[2-8]|4[2-68]|5[1-4689])[0-3]"], "0$1"], ["(\\d{5})(\\d{4,5})", "$1 $2", ["[12]"], "0$1"]], "0"], "MO": ["853", "00", "0800\\d{3}|(?:28|[68]\\d)\\d{6}", [7, 8], [["(\\d{4})(\\d{3})", "$1 $2", ["0"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[268]"]]]], "MP": ["1", "011", "[58]\\d{9}|(?:67|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "670$1", 0, "670"], "MQ": ["596", "00", "7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-79]|8(?:0[6-9]|[36])"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0"], "MR": ["222", "00", "(?:[2-4]\\d\\d|800)\\d{5}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-48]"]]]], "MS": ["1", "011", "(?:[58]\\d\\d|664|900)\\d{7}", [10], 0, "1", 0, "([34]\\d{6})$|1", "664$1", 0, "664"], "MT": ["356", "00", "3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[2357-9]"]]]], "MU": ["230", "0(?:0|[24-7]0|3[03])", "(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}", [7, 8, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-46]|8[013]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[57]"]], ["(\\d{5})(\\d{5})", "$1 $2", ["8"]]], 0, 0, 0, 0, 0, 0, 0, "020"], "MV": ["960", "0(?:0|19)", "(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}", [7, 10], [["(\\d{3})(\\d{4})", "$1-$2", ["[34679]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "MW": ["265", "00", "(?:[1289]\\d|31|77)\\d{7}|1\\d{6}", [7, 9], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["1[2-9]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-37-9]"], "0$1"]], "0"], "MX": ["52", "0[09]", "[2-9]\\d{9}", [10], [["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["33|5[56]|81"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[2-9]"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "MY": ["60", "00", "1\\d{8,9}|(?:3\\d|[4-9])\\d{7}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1-$2 $3", ["[4-79]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1-$2 $3", ["1(?:[02469]|[378][1-9]|53)|8", "1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"], "0$1"], ["(\\d)(\\d{4})(\\d{4})", "$1-$2 $3", ["3"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{4})", "$1-$2-$3-$4", ["1(?:[367]|80)"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1-$2 $3", ["15"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4})", "$1-$2 $3", ["1"], "0$1"]], "0"], "MZ": ["258", "00", "(?:2|8\\d)\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2|8[2-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["8"]]]], "NA": ["264", "00", "[68]\\d{7,8}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["88"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["6"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["87"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"]], "0"], "NC": ["687", "00", "(?:050|[2-57-9]\\d\\d)\\d{3}", [6], [["(\\d{2})(\\d{2})(\\d{2})", "$1.$2.$3", ["[02-57-9]"]]]], "NE": ["227", "00", "[027-9]\\d{7}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["08"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[089]|2[013]|7[0467]"]]]], "NF": ["672", "00", "[13]\\d{5}", [6], [["(\\d{2})(\\d{4})", "$1 $2", ["1[0-3]"]], ["(\\d)(\\d{5})", "$1 $2", ["[13]"]]], 0, 0, "([0-258]\\d{4})$", "3$1"], "NG": ["234", "009", "(?:20|9\\d)\\d{8}|[78]\\d{9,13}", [10, 11, 12, 13, 14], [["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[7-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["20[129]"], "0$1"], ["(\\d{4})(\\d{2})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{3})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["[78]"], "0$1"], ["(\\d{3})(\\d{5})(\\d{5,6})", "$1 $2 $3", ["[78]"], "0$1"]], "0"], "NI": ["505", "00", "(?:1800|[25-8]\\d{3})\\d{4}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[125-8]"]]]], "NL": ["31", "00", "(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}", [5, 6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{4,7})", "$1 $2", ["[89]0"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["66"], "0$1"], ["(\\d)(\\d{8})", "$1 $2", ["6"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-578]|91"], "0$1"], ["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3", ["9"], "0$1"]], "0"], "NO": ["47", "00", "(?:0|[2-9]\\d{3})\\d{4}", [5, 8], [["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["8"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[2-79]"]]], 0, 0, 0, 0, 0, "[02-689]|7[0-8]"], "NP": ["977", "00", "(?:1\\d|9)\\d{9}|[1-9]\\d{7}", [8, 10, 11], [["(\\d)(\\d{7})", "$1-$2", ["1[2-6]"], "0$1"], ["(\\d{2})(\\d{6})", "$1-$2", ["1[01]|[2-8]|9(?:[1-59]|[67][2-6])"], "0$1"], ["(\\d{3})(\\d{7})", "$1-$2", ["9"]]], "0"], "NR": ["674", "00", "(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[24-9]"]]]], "NU": ["683", "00", "(?:[4-7]|888\\d)\\d{3}", [4, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["8"]]]], "NZ": ["64", "0(?:0|161)", "[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}", [5, 6, 7, 8, 9, 10], [["(\\d{2})(\\d{3,8})", "$1 $2", ["8[1-79]"], "0$1"], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["50[036-8]|8|90", "50(?:[0367]|88)|8|90"], "0$1"], ["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["24|[346]|7[2-57-9]|9[2-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2(?:10|74)|[589]"], "0$1"], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["1|2[028]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,5})", "$1 $2 $3", ["2(?:[169]|7[0-35-9])|7"], "0$1"]], "0", 0, 0, 0, 0, 0, 0, "00"], "OM": ["968", "00", "(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}", [7, 8, 9], [["(\\d{3})(\\d{4,6})", "$1 $2", ["[58]"]], ["(\\d{2})(\\d{6})", "$1 $2", ["2"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[179]"]]]], "PA": ["507", "00", "(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}", [7, 8, 10, 11], [["(\\d{3})(\\d{4})", "$1-$2", ["[1-57-9]"]], ["(\\d{4})(\\d{4})", "$1-$2", ["[68]"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]]]], "PE": ["51", "00|19(?:1[124]|77|90)00", "(?:[14-8]|9\\d)\\d{7}", [8, 9], [["(\\d{3})(\\d{5})", "$1 $2", ["80"], "(0$1)"], ["(\\d)(\\d{7})", "$1 $2", ["1"], "(0$1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[4-8]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"]]], "0", 0, 0, 0, 0, 0, 0, "00", " Anexo "], "PF": ["689", "00", "4\\d{5}(?:\\d{2})?|8\\d{7,8}", [6, 8, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["44"]], ["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["4|8[7-9]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]]]], "PG": ["675", "00|140[1-3]", "(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["18|[2-69]|85[02-46-9]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[78]"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "PH": ["63", "00", "(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}", [6, 8, 9, 10, 11, 12, 13], [["(\\d)(\\d{5})", "$1 $2", ["2"], "(0$1)"], ["(\\d{4})(\\d{4,6})", "$1 $2", ["3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2", "3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))"], "(0$1)"], ["(\\d{5})(\\d{4})", "$1 $2", ["346|4(?:27|9[35])|883", "3469|4(?:279|9(?:30|56))|8834"], "(0$1)"], ["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["2"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|8[2-8]"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]], ["(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})", "$1 $2 $3 $4", ["1"]]], "0"], "PK": ["92", "00", "122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{2,7})", "$1 $2 $3", ["[89]0"], "0$1"], ["(\\d{4})(\\d{5})", "$1 $2", ["1"]], ["(\\d{3})(\\d{6,7})", "$1 $2", ["2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8])", "9(?:2[3-8]|98)|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:22|3[27-9]|4[2-6]|6[3569]|9[25-7]))[2-9]"], "(0$1)"], ["(\\d{2})(\\d{7,8})", "$1 $2", ["(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]"], "(0$1)"], ["(\\d{5})(\\d{5})", "$1 $2", ["58"], "(0$1)"], ["(\\d{3})(\\d{7})", "$1 $2", ["3"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91"], "(0$1)"], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[24-9]"], "(0$1)"]], "0"], "PL": ["48", "00", "(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}", [6, 7, 8, 9, 10], [["(\\d{5})", "$1", ["19"]], ["(\\d{3})(\\d{3})", "$1 $2", ["11|20|64"]], ["(\\d{2})(\\d{2})(\\d{3})", "$1 $2 $3", ["30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])1", "30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])19"]], ["(\\d{3})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["64"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["21|39|45|5[0137]|6[0469]|7[02389]|8(?:0[14]|8)"]], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[2-8]|[2-7]|8[1-79]|9[145]"]], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["8"]]]], "PM": ["508", "00", "[78]\\d{8}|[2-9]\\d{5}", [6, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[2-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"], "0$1"]], "0"], "PR": ["1", "011", "(?:[589]\\d\\d|787)\\d{7}", [10], 0, "1", 0, 0, 0, 0, "787|939"], "PS": ["970", "00", "[2489]2\\d{6}|(?:1\\d|5)\\d{8}", [8, 9, 10], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["[2489]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0"], "PT": ["351", "00", "1693\\d{5}|(?:[26-9]\\d|30)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["2[12]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["16|[236-9]"]]]], "PW": ["680", "01[12]", "(?:[24-8]\\d\\d|345|900)\\d{4}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-9]"]]]], "PY": ["595", "00", "[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}", [6, 7, 8, 9, 10, 11], [["(\\d{3})(\\d{3,6})", "$1 $2", ["[2-9]0"], "0$1"], ["(\\d{2})(\\d{5})", "$1 $2", ["3[289]|4[246-8]|61|7[1-3]|8[1-36]"], "(0$1)"], ["(\\d{3})(\\d{4,5})", "$1 $2", ["2[279]|3[13-5]|4[359]|5|6(?:[34]|7[1-46-8])|7[46-8]|85"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["2[14-68]|3[26-9]|4[1246-8]|6(?:1|75)|7[1-35]|8[1-36]"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["87"]], ["(\\d{3})(\\d{6})", "$1 $2", ["9(?:[5-79]|8[1-8])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-8]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["9"]]], "0"], "QA": ["974", "00", "800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}", [7, 8, 9, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["2[136]|8"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[3-7]"]]]], "RE": ["262", "00", "709\\d{6}|(?:26|[689]\\d)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[26-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, [["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}"], ["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"], ["80\\d{7}"], ["89[1-37-9]\\d{6}"], 0, 0, 0, 0, ["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}"], ["8(?:1[019]|2[0156]|84|90)\\d{6}"]]], "RO": ["40", "00", "(?:[2378]\\d|90)\\d{7}|[23]\\d{5}", [6, 9], [["(\\d{3})(\\d{3})", "$1 $2", ["2[3-6]", "2[3-6]\\d9"], "0$1"], ["(\\d{2})(\\d{4})", "$1 $2", ["219|31"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[23]1"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[237-9]"], "0$1"]], "0", 0, 0, 0, 0, 0, 0, 0, " int "], "RS": ["381", "00", "38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}", [6, 7, 8, 9, 10, 11, 12], [["(\\d{3})(\\d{3,9})", "$1 $2", ["(?:2[389]|39)0|[7-9]"], "0$1"], ["(\\d{2})(\\d{5,10})", "$1 $2", ["[1-36]"], "0$1"]], "0"], "RU": ["7", "810", "8\\d{13}|[347-9]\\d{9}", [10, 14], [["(\\d{4})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["7(?:1[0-8]|2[1-9])", "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:1[23]|[2-9]2))", "7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:13[03-69]|62[013-9]))|72[1-57-9]2"], "8 ($1)", 1], ["(\\d{5})(\\d)(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["7(?:1[0-68]|2[1-9])", "7(?:1(?:[06][3-6]|[18]|2[35]|[3-5][3-5])|2(?:[13][3-5]|[24-689]|7[457]))", "7(?:1(?:0(?:[356]|4[023])|[18]|2(?:3[013-9]|5)|3[45]|43[013-79]|5(?:3[1-8]|4[1-7]|5)|6(?:3[0-35-9]|[4-6]))|2(?:1(?:3[178]|[45])|[24-689]|3[35]|7[457]))|7(?:14|23)4[0-8]|71(?:33|45)[1-79]"], "8 ($1)", 1], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "8 ($1)", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[349]|8(?:[02-7]|1[1-8])"], "8 ($1)", 1], ["(\\d{4})(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["8"], "8 ($1)"]], "8", 0, 0, 0, 0, "[3489]", 0, "8~10"], "RW": ["250", "00", "(?:06|[27]\\d\\d|[89]00)\\d{6}", [8, 9], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["0"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[7-9]"], "0$1"]], "0"], "SA": ["966", "00", "(?:[15]\\d|800|92)\\d{7}", [9, 10], [["(\\d{4})(\\d{5})", "$1 $2", ["9"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["5"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]]], "0"], "SB": ["677", "0[01]", "[6-9]\\d{6}|[1-6]\\d{4}", [5, 7], [["(\\d{2})(\\d{5})", "$1 $2", ["6[89]|7|8[4-9]|9(?:[0-8]|9[0-8])"]]]], "SC": ["248", "010|0[0-2]", "(?:[2489]\\d|64)\\d{5}", [7], [["(\\d)(\\d{3})(\\d{3})", "$1 $2 $3", ["[246]|9[57]"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "SD": ["249", "00", "[19]\\d{8}", [9], [["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[19]"], "0$1"]], "0"], "SE": ["46", "00", "(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}", [6, 7, 8, 9, 10, 12], [["(\\d{2})(\\d{2,3})(\\d{2})", "$1-$2 $3", ["20"], "0$1", 0, "$1 $2 $3"], ["(\\d{3})(\\d{4})", "$1-$2", ["9(?:00|39|44|9)"], "0$1", 0, "$1 $2"], ["(\\d{2})(\\d{3})(\\d{2})", "$1-$2 $3", ["[12][136]|3[356]|4[0246]|6[03]|90[1-9]"], "0$1", 0, "$1 $2 $3"], ["(\\d)(\\d{2,3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2,3})(\\d{2})", "$1-$2 $3", ["1[2457]|2(?:[247-9]|5[0138])|3[0247-9]|4[1357-9]|5[0-35-9]|6(?:[125689]|4[02-57]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"], "0$1", 0, "$1 $2 $3"], ["(\\d{3})(\\d{2,3})(\\d{3})", "$1-$2 $3", ["9(?:00|39|44)"], "0$1", 0, "$1 $2 $3"], ["(\\d{2})(\\d{2,3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["1[13689]|2[0136]|3[1356]|4[0246]|54|6[03]|90[1-9]"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["10|7"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1-$2 $3 $4", ["8"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1-$2 $3 $4", ["[13-5]|2(?:[247-9]|5[0138])|6(?:[124-689]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{2})(\\d{3})", "$1-$2 $3 $4", ["9"], "0$1", 0, "$1 $2 $3 $4"], ["(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1-$2 $3 $4 $5", ["[26]"], "0$1", 0, "$1 $2 $3 $4 $5"]], "0"], "SG": ["65", "0[0-3]\\d", "(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}", [8, 10, 11], [["(\\d{4})(\\d{4})", "$1 $2", ["[369]|8(?:0[1-9]|[1-9])"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"]], ["(\\d{4})(\\d{4})(\\d{3})", "$1 $2 $3", ["7"]], ["(\\d{4})(\\d{3})(\\d{4})", "$1 $2 $3", ["1"]]]], "SH": ["290", "00", "(?:[2569]\\d|8)\\d{3}", [4, 5], 0, 0, 0, 0, 0, 0, "[2569]"], "SI": ["386", "00|10(?:22|66|88|99)", "[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}", [5, 6, 7, 8], [["(\\d{2})(\\d{3,6})", "$1 $2", ["8[09]|9"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["59|8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[37][01]|4[013]|51|6"], "0$1"], ["(\\d)(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[1-57]"], "(0$1)"]], "0", 0, 0, 0, 0, 0, 0, "00"], "SJ": ["47", "00", "0\\d{4}|(?:[489]\\d|79)\\d{6}", [5, 8], 0, 0, 0, 0, 0, 0, "79"], "SK": ["421", "00", "[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}", [6, 7, 9], [["(\\d)(\\d{2})(\\d{3,4})", "$1 $2 $3", ["21"], "0$1"], ["(\\d{2})(\\d{2})(\\d{2,3})", "$1 $2 $3", ["[3-5][1-8]1", "[3-5][1-8]1[67]"], "0$1"], ["(\\d)(\\d{3})(\\d{3})(\\d{2})", "$1 $2 $3 $4", ["2"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[689]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[3-5]"], "0$1"]], "0"], "SL": ["232", "00", "(?:[237-9]\\d|66)\\d{6}", [8], [["(\\d{2})(\\d{6})", "$1 $2", ["[236-9]"], "(0$1)"]], "0"], "SM": ["378", "00", "(?:0549|[5-7]\\d)\\d{6}", [8, 10], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[5-7]"]], ["(\\d{4})(\\d{6})", "$1 $2", ["0"]]], 0, 0, "([89]\\d{5})$", "0549$1"], "SN": ["221", "00", "(?:[378]\\d|93)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[379]"]]]], "SO": ["252", "00", "[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}", [6, 7, 8, 9], [["(\\d{2})(\\d{4})", "$1 $2", ["8[125]"]], ["(\\d{6})", "$1", ["[134]"]], ["(\\d)(\\d{6})", "$1 $2", ["[15]|2[0-79]|3[0-46-8]|4[0-7]"]], ["(\\d{2})(\\d{5,7})", "$1 $2", ["1|28|9[2-9]"]], ["(\\d)(\\d{7})", "$1 $2", ["[267]|904"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[346-9]"]]], "0"], "SR": ["597", "00", "(?:[2-5]|[6-9]\\d)\\d{5}", [6, 7], [["(\\d{2})(\\d{2})(\\d{2})", "$1-$2-$3", ["56"]], ["(\\d{3})(\\d{3})", "$1-$2", ["[2-5]"]], ["(\\d{3})(\\d{4})", "$1-$2", ["[6-9]"]]]], "SS": ["211", "00", "[19]\\d{8}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[19]"], "0$1"]], "0"], "ST": ["239", "00", "(?:22|9\\d)\\d{5}", [7], [["(\\d{3})(\\d{4})", "$1 $2", ["[29]"]]]], "SV": ["503", "00", "[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?", [7, 8, 11], [["(\\d{3})(\\d{4})", "$1 $2", ["[89]"]], ["(\\d{4})(\\d{4})", "$1 $2", ["[25-7]"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["[89]"]]]], "SX": ["1", "011", "7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "(5\\d{6})$|1", "721$1", 0, "721"], "SY": ["963", "00", "[1-359]\\d{8}|[1-5]\\d{7}", [8, 9], [["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-4]|5[1-3]"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[59]"], "0$1", 1]], "0"], "SZ": ["268", "00", "0800\\d{4}|(?:[237]\\d|900)\\d{6}", [8, 9], [["(\\d{4})(\\d{4})", "$1 $2", ["[0237]"]], ["(\\d{5})(\\d{4})", "$1 $2", ["9"]]]], "TA": ["290", "00", "8\\d{3}", [4], 0, 0, 0, 0, 0, 0, "8"], "TC": ["1", "011", "(?:[58]\\d\\d|649|900)\\d{7}", [10], 0, "1", 0, "([2-479]\\d{6})$|1", "649$1", 0, "649"], "TD": ["235", "00|16", "(?:22|[3689]\\d|77)\\d{6}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[236-9]"]]], 0, 0, 0, 0, 0, 0, 0, "00"], "TG": ["228", "00", "[279]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[279]"]]]], "TH": ["66", "00[1-9]", "(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}", [8, 9, 10, 13], [["(\\d)(\\d{3})(\\d{4})", "$1 $2 $3", ["2"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[13-9]"], "0$1"], ["(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3", ["1"]]], "0"], "TJ": ["992", "810", "(?:[0-57-9]\\d|66)\\d{7}", [9], [["(\\d{6})(\\d)(\\d{2})", "$1 $2 $3", ["331", "3317"]], ["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["44[02-479]|[34]7"]], ["(\\d{4})(\\d)(\\d{4})", "$1 $2 $3", ["3(?:[1245]|3[12])"]], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["\\d"]]], 0, 0, 0, 0, 0, 0, 0, "8~10"], "TK": ["690", "00", "[2-47]\\d{3,6}", [4, 5, 6, 7]], "TL": ["670", "00", "7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}", [7, 8], [["(\\d{3})(\\d{4})", "$1 $2", ["[2-489]|70"]], ["(\\d{4})(\\d{4})", "$1 $2", ["7"]]]], "TM": ["993", "810", "[1-7]\\d{7}", [8], [["(\\d{2})(\\d{2})(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["12"], "(8 $1)"], ["(\\d{3})(\\d)(\\d{2})(\\d{2})", "$1 $2-$3-$4", ["[1-5]"], "(8 $1)"], ["(\\d{2})(\\d{6})", "$1 $2", ["[67]"], "8 $1"]], "8", 0, 0, 0, 0, 0, 0, "8~10"], "TN": ["216", "00", "[2-57-9]\\d{7}", [8], [["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-57-9]"]]]], "TO": ["676", "00", "(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}", [5, 7], [["(\\d{2})(\\d{3})", "$1-$2", ["[2-4]|50|6[09]|7[0-24-69]|8[05]"]], ["(\\d{4})(\\d{3})", "$1 $2", ["0"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[5-9]"]]]], "TR": ["90", "00", "4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}", [7, 10, 12, 13], [["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["512|8[01589]|90"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["5"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[24][1-8]|3[1-9]"], "(0$1)", 1], ["(\\d{3})(\\d{3})(\\d{6,7})", "$1 $2 $3", ["80"], "0$1", 1]], "0"], "TT": ["1", "011", "(?:[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-46-8]\\d{6})$|1", "868$1", 0, "868"], "TV": ["688", "00", "(?:2|7\\d\\d|90)\\d{4}", [5, 6, 7], [["(\\d{2})(\\d{3})", "$1 $2", ["2"]], ["(\\d{2})(\\d{4})", "$1 $2", ["90"]], ["(\\d{2})(\\d{5})", "$1 $2", ["7"]]]], "TW": ["886", "0(?:0[25-79]|19)", "[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}", [7, 8, 9, 10, 11], [["(\\d{2})(\\d)(\\d{4})", "$1 $2 $3", ["202"], "0$1"], ["(\\d{3})(\\d{5})", "$1 $2", ["826"], "0$1"], ["(\\d{3})(\\d{2})(\\d{3})", "$1 $2 $3", ["83"], "0$1"], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["82"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[25]0|37|49|8[09]"], "0$1"], ["(\\d)(\\d{3,4})(\\d{4})", "$1 $2 $3", ["[23568]|4(?:0[02-48]|[1-478])|7[1-9]", "[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[49]"], "0$1"], ["(\\d{2})(\\d{4})(\\d{4,5})", "$1 $2 $3", ["7"], "0$1"]], "0", 0, 0, 0, 0, 0, 0, 0, "#"], "TZ": ["255", "00[056]", "(?:[25-8]\\d|41|90)\\d{7}", [9], [["(\\d{3})(\\d{2})(\\d{4})", "$1 $2 $3", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[24]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["5"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[67]"], "0$1"]], "0"], "UA": ["380", "00", "[89]\\d{9}|[3-9]\\d{8}", [9, 10], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["6[12][29]|(?:3[1-8]|4[136-8]|5[12457]|6[49])2|(?:56|65)[24]", "6[12][29]|(?:35|4[1378]|5[12457]|6[49])2|(?:56|65)[24]|(?:3[1-46-8]|46)2[013-9]"], "0$1"], ["(\\d{4})(\\d{5})", "$1 $2", ["3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6[0135689]|7[4-6])|6(?:[12][3-7]|[459])", "3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6(?:[015689]|3[02389])|7[4-6])|6(?:[12][3-7]|[459])"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[3-7]|89|9[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[89]"], "0$1"]], "0", 0, 0, 0, 0, 0, 0, "0~0"], "UG": ["256", "00[057]", "800\\d{6}|(?:[29]0|[347]\\d)\\d{7}", [9], [["(\\d{4})(\\d{5})", "$1 $2", ["202", "2024", "20240"], "0$1"], ["(\\d{3})(\\d{6})", "$1 $2", ["20[0-35-7]|4(?:6[45]|[7-9])|[7-9]", "20(?:[0135-7]|2[5-9])|4(?:6[45]|[7-9])|[7-9]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[2-4]"], "0$1"]], "0"], "US": ["1", "011", "[2-9]\\d{9}|3\\d{6}", [10], [["(\\d{3})(\\d{4})", "$1-$2", ["310"], 0, 1], ["(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3", ["[2-9]"], 0, 1, "$1-$2-$3"]], "1", 0, 0, 0, 0, 0, [["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}"], [""], ["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"], ["900[2-9]\\d{6}"], ["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]]], "UY": ["598", "0(?:0|1[3-9]\\d)", "0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [["(\\d{4,5})", "$1", ["21"]], ["(\\d{3})(\\d{3,4})", "$1 $2", ["0"]], ["(\\d{3})(\\d{4})", "$1 $2", ["[49]0|8"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["9"], "0$1"], ["(\\d{4})(\\d{4})", "$1 $2", ["[124]"]], ["(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3", ["0"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{2,4})", "$1 $2 $3 $4", ["0"]]], "0", 0, 0, 0, 0, 0, 0, "00", " int. "], "UZ": ["998", "00", "(?:20|33|[5-9]\\d)\\d{7}", [9], [["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["[235-9]"]]]], "VA": ["39", "00", "0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}", [6, 7, 8, 9, 10, 11, 12], 0, 0, 0, 0, 0, 0, "06698"], "VC": ["1", "011", "(?:[58]\\d\\d|784|900)\\d{7}", [10], 0, "1", 0, "([2-7]\\d{6})$|1", "784$1", 0, "784"], "VE": ["58", "00", "[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}", [10], [["(\\d{3})(\\d{7})", "$1-$2", ["[24-689]"], "0$1"]], "0"], "VG": ["1", "011", "(?:284|[58]\\d\\d|900)\\d{7}", [10], 0, "1", 0, "([2-578]\\d{6})$|1", "284$1", 0, "284"], "VI": ["1", "011", "[58]\\d{9}|(?:34|90)0\\d{7}", [10], 0, "1", 0, "([2-9]\\d{6})$|1", "340$1", 0, "340"], "VN": ["84", "00", "[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}", [7, 8, 9, 10], [["(\\d{4})(\\d{4,6})", "$1 $2", ["1(?:2[02]|[89])"], 0, 1], ["(\\d{2})(\\d{3})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["1[26]|6"], "0$1", 1], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[1357-9]"], "0$1", 1], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["2[48]"], "0$1", 1], ["(\\d{3})(\\d{4})(\\d{3})", "$1 $2 $3", ["2"], "0$1", 1]], "0"], "VU": ["678", "00", "[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}", [5, 7], [["(\\d{3})(\\d{4})", "$1 $2", ["[57-9]"]]]], "WF": ["681", "00", "(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}", [6, 9], [["(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3", ["[47-9]"]], ["(\\d{3})(\\d{2})(\\d{2})(\\d{2})", "$1 $2 $3 $4", ["8"]]]], "WS": ["685", "0", "(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}", [5, 6, 7, 10], [["(\\d{5})", "$1", ["[2-5]|6[1-9]"]], ["(\\d{3})(\\d{3,7})", "$1 $2", ["[68]"]], ["(\\d{2})(\\d{5})", "$1 $2", ["7"]]]], "XK": ["383", "00", "2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{5})", "$1 $2", ["[89]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3})", "$1 $2 $3", ["[2-4]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["2|39"], "0$1"], ["(\\d{2})(\\d{7,10})", "$1 $2", ["3"], "0$1"]], "0"], "YE": ["967", "00", "(?:1|7\\d)\\d{7}|[1-7]\\d{6}", [7, 8, 9], [["(\\d)(\\d{3})(\\d{3,4})", "$1 $2 $3", ["[1-6]|7(?:[24-6]|8[0-7])"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["7"], "0$1"]], "0"], "YT": ["262", "00", "(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}", [9], 0, "0", 0, 0, 0, 0, 0, [["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}"], ["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"], ["80\\d{7}"], 0, 0, 0, 0, 0, ["9(?:(?:39|47)8[01]|769\\d)\\d{4}"]]], "ZA": ["27", "00", "[1-79]\\d{8}|8\\d{4,9}", [5, 6, 7, 8, 9, 10], [["(\\d{2})(\\d{3,4})", "$1 $2", ["8[1-4]"], "0$1"], ["(\\d{2})(\\d{3})(\\d{2,3})", "$1 $2 $3", ["8[1-4]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["860"], "0$1"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["[1-9]"], "0$1"], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["8"], "0$1"]], "0"], "ZM": ["260", "00", "800\\d{6}|(?:21|[579]\\d|63)\\d{7}", [9], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[28]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[579]"], "0$1"]], "0"], "ZW": ["263", "00", "8\\d{6}(?:\\d{3})?|[235-8]\\d{8}", [7, 9, 10], [["(\\d{3})(\\d{4})", "$1 $2", ["80"], "0$1"], ["(\\d{2})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["29[013-9]"], "0$1"], ["(\\d{2})(\\d{7})", "$1 $2", ["[256]|39|8[13-59]"], "(0$1)"], ["(\\d{2})(\\d{3})(\\d{4})", "$1 $2 $3", ["7"], "0$1"], ["(\\d{3})(\\d{3})(\\d{3,4})", "$1 $2 $3", ["3"], "0$1"], ["(\\d{4})(\\d{6})", "$1 $2", ["8"], "0$1"]], "0"] }, "nonGeographic": { "800": ["800", 0, "(?:00|[1-9]\\d)\\d{6}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["\\d"]]], 0, 0, 0, 0, 0, 0, [0, 0, ["(?:00|[1-9]\\d)\\d{6}"]]], "808": ["808", 0, "[1-9]\\d{7}", [8], [["(\\d{4})(\\d{4})", "$1 $2", ["[1-9]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0, ["[1-9]\\d{7}"]]], "870": ["870", 0, "7\\d{11}|[235-7]\\d{8}", [9, 12], [["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["[235-7]"]]], 0, 0, 0, 0, 0, 0, [0, ["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"], 0, 0, 0, 0, 0, 0, ["2\\d{8}", [9]]]], "878": ["878", 0, "10\\d{10}", [12], [["(\\d{2})(\\d{5})(\\d{5})", "$1 $2 $3", ["1"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["10\\d{10}"]]], "881": ["881", 0, "6\\d{9}|[0-36-9]\\d{8}", [9, 10], [["(\\d)(\\d{3})(\\d{5})", "$1 $2 $3", ["[0-37-9]"]], ["(\\d)(\\d{3})(\\d{5,6})", "$1 $2 $3", ["6"]]], 0, 0, 0, 0, 0, 0, [0, ["6\\d{9}|[0-36-9]\\d{8}"]]], "882": ["882", 0, "[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?", [7, 8, 9, 10, 11, 12], [["(\\d{2})(\\d{5})", "$1 $2", ["16|342"]], ["(\\d{2})(\\d{6})", "$1 $2", ["49"]], ["(\\d{2})(\\d{2})(\\d{4})", "$1 $2 $3", ["1[36]|9"]], ["(\\d{2})(\\d{4})(\\d{3})", "$1 $2 $3", ["3[23]"]], ["(\\d{2})(\\d{3,4})(\\d{4})", "$1 $2 $3", ["16"]], ["(\\d{2})(\\d{4})(\\d{4})", "$1 $2 $3", ["10|23|3(?:[15]|4[57])|4|5[12]"]], ["(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3", ["34"]], ["(\\d{2})(\\d{4,5})(\\d{5})", "$1 $2 $3", ["[1-35]"]]], 0, 0, 0, 0, 0, 0, [0, ["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}", [7, 8, 9, 10, 12]], 0, 0, 0, ["348[57]\\d{7}", [11]], 0, 0, ["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}"]]], "883": ["883", 0, "(?:[1-4]\\d|51)\\d{6,10}", [8, 9, 10, 11, 12], [["(\\d{3})(\\d{3})(\\d{2,8})", "$1 $2 $3", ["[14]|2[24-689]|3[02-689]|51[24-9]"]], ["(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3", ["510"]], ["(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3", ["21"]], ["(\\d{4})(\\d{4})(\\d{4})", "$1 $2 $3", ["51[13]"]], ["(\\d{3})(\\d{3})(\\d{3})(\\d{3})", "$1 $2 $3 $4", ["[235]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0, ["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}"]]], "888": ["888", 0, "\\d{11}", [11], [["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3"]], 0, 0, 0, 0, 0, 0, [0, 0, 0, 0, 0, 0, ["\\d{11}"]]], "979": ["979", 0, "[1359]\\d{8}", [9], [["(\\d)(\\d{4})(\\d{4})", "$1 $2 $3", ["[1359]"]]], 0, 0, 0, 0, 0, 0, [0, 0, 0, ["[1359]\\d{8}"]]] } };

// ../node_modules/libphonenumber-js/min/exports/withMetadataArgument.js
function withMetadataArgument(func, _arguments) {
  var args = Array.prototype.slice.call(_arguments);
  args.push(metadata_min_json_default);
  return func.apply(this, args);
}

// ../node_modules/libphonenumber-js/es6/tools/semver-compare.js
function semver_compare_default(a, b) {
  a = a.split("-");
  b = b.split("-");
  var pa = a[0].split(".");
  var pb = b[0].split(".");
  for (var i = 0; i < 3; i++) {
    var na = Number(pa[i]);
    var nb = Number(pb[i]);
    if (na > nb) return 1;
    if (nb > na) return -1;
    if (!isNaN(na) && isNaN(nb)) return 1;
    if (isNaN(na) && !isNaN(nb)) return -1;
  }
  if (a[1] && b[1]) {
    return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
  }
  return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}

// ../node_modules/libphonenumber-js/es6/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object) {
  return object !== void 0 && object !== null && object.constructor === objectConstructor;
}

// ../node_modules/libphonenumber-js/es6/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
  return CALLING_CODE_REG_EXP.test(string);
}

// ../node_modules/libphonenumber-js/es6/metadata.js
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function _classCallCheck(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey(o.key), o);
  }
}
function _createClass(e, r, t) {
  return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey(t) {
  var i = _toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
var Metadata = /* @__PURE__ */ (function() {
  function Metadata2(metadata) {
    _classCallCheck(this, Metadata2);
    validateMetadata(metadata);
    this.metadata = metadata;
    setVersion.call(this, metadata);
  }
  return _createClass(Metadata2, [{
    key: "getCountries",
    value: function getCountries() {
      return Object.keys(this.metadata.countries).filter(function(_) {
        return _ !== "001";
      });
    }
  }, {
    key: "getCountryMetadata",
    value: function getCountryMetadata(countryCode) {
      return this.metadata.countries[countryCode];
    }
  }, {
    key: "nonGeographic",
    value: function nonGeographic() {
      if (this.v1 || this.v2 || this.v3) return;
      return this.metadata.nonGeographic || this.metadata.nonGeographical;
    }
  }, {
    key: "hasCountry",
    value: function hasCountry(country) {
      return this.getCountryMetadata(country) !== void 0;
    }
  }, {
    key: "hasCallingCode",
    value: function hasCallingCode(callingCode) {
      if (this.getCountryCodesForCallingCode(callingCode)) {
        return true;
      }
      if (this.nonGeographic()) {
        if (this.nonGeographic()[callingCode]) {
          return true;
        }
      } else {
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
          return true;
        }
      }
    }
  }, {
    key: "isNonGeographicCallingCode",
    value: function isNonGeographicCallingCode(callingCode) {
      if (this.nonGeographic()) {
        return this.nonGeographic()[callingCode] ? true : false;
      } else {
        return this.getCountryCodesForCallingCode(callingCode) ? false : true;
      }
    }
    // Deprecated.
  }, {
    key: "country",
    value: function country(countryCode) {
      return this.selectNumberingPlan(countryCode);
    }
    /**
     * Selects a telephone numbering plan based on either a country code or a calling code.
     * @param {string} argument — Country code or calling code.
     * @param {string} legacyArgumentCallingCode — Legacy argument: calling code, if the first argument is not passed.
     */
  }, {
    key: "selectNumberingPlan",
    value: function selectNumberingPlan(argument, legacyArgumentCallingCode) {
      var countryCode;
      var callingCode;
      if (argument) {
        if (isCallingCode(argument)) {
          callingCode = argument;
        } else {
          countryCode = argument;
        }
      }
      if (legacyArgumentCallingCode) {
        callingCode = legacyArgumentCallingCode;
      }
      if (countryCode && countryCode !== "001") {
        var countryMetadata = this.getCountryMetadata(countryCode);
        if (!countryMetadata) {
          throw new Error("Unknown country: ".concat(countryCode));
        }
        this.numberingPlan = new NumberingPlan(countryMetadata, this);
      } else if (callingCode) {
        if (!this.hasCallingCode(callingCode)) {
          throw new Error("Unknown calling code: ".concat(callingCode));
        }
        this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
      } else {
        this.numberingPlan = void 0;
      }
      return this;
    }
  }, {
    key: "getCountryCodesForCallingCode",
    value: function getCountryCodesForCallingCode(callingCode) {
      var countryCodes = this.countryCallingCodes()[callingCode];
      if (countryCodes) {
        if (countryCodes.length === 1 && countryCodes[0].length === 3) {
          return;
        }
        return countryCodes;
      }
    }
  }, {
    key: "getCountryCodeForCallingCode",
    value: function getCountryCodeForCallingCode(callingCode) {
      var countryCodes = this.getCountryCodesForCallingCode(callingCode);
      if (countryCodes) {
        return countryCodes[0];
      }
    }
  }, {
    key: "getNumberingPlanMetadata",
    value: function getNumberingPlanMetadata(callingCode) {
      var countryCode = this.getCountryCodeForCallingCode(callingCode);
      if (countryCode) {
        return this.getCountryMetadata(countryCode);
      }
      if (this.nonGeographic()) {
        var metadata = this.nonGeographic()[callingCode];
        if (metadata) {
          return metadata;
        }
      } else {
        var countryCodes = this.countryCallingCodes()[callingCode];
        if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") {
          return this.metadata.countries["001"];
        }
      }
    }
    // Deprecated.
  }, {
    key: "countryCallingCode",
    value: function countryCallingCode() {
      return this.numberingPlan.callingCode();
    }
    // Deprecated.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      return this.numberingPlan.IDDPrefix();
    }
    // Deprecated.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      return this.numberingPlan.defaultIDDPrefix();
    }
    // Deprecated.
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      return this.numberingPlan.nationalNumberPattern();
    }
    // Deprecated.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      return this.numberingPlan.possibleLengths();
    }
    // Deprecated.
  }, {
    key: "formats",
    value: function formats() {
      return this.numberingPlan.formats();
    }
    // Deprecated.
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      return this.numberingPlan.nationalPrefixForParsing();
    }
    // Deprecated.
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.numberingPlan.nationalPrefixTransformRule();
    }
    // Deprecated.
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.numberingPlan.leadingDigits();
    }
    // Deprecated.
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      return this.numberingPlan.hasTypes();
    }
    // Deprecated.
  }, {
    key: "type",
    value: function type(_type) {
      return this.numberingPlan.type(_type);
    }
    // Deprecated.
  }, {
    key: "ext",
    value: function ext() {
      return this.numberingPlan.ext();
    }
  }, {
    key: "countryCallingCodes",
    value: function countryCallingCodes() {
      if (this.v1) return this.metadata.country_phone_code_to_countries;
      return this.metadata.country_calling_codes;
    }
    // Deprecated.
  }, {
    key: "chooseCountryByCountryCallingCode",
    value: function chooseCountryByCountryCallingCode(callingCode) {
      return this.selectNumberingPlan(callingCode);
    }
  }, {
    key: "hasSelectedNumberingPlan",
    value: function hasSelectedNumberingPlan() {
      return this.numberingPlan !== void 0;
    }
  }]);
})();
var NumberingPlan = /* @__PURE__ */ (function() {
  function NumberingPlan2(metadata, globalMetadataObject) {
    _classCallCheck(this, NumberingPlan2);
    this.globalMetadataObject = globalMetadataObject;
    this.metadata = metadata;
    setVersion.call(this, globalMetadataObject.metadata);
  }
  return _createClass(NumberingPlan2, [{
    key: "callingCode",
    value: function callingCode() {
      return this.metadata[0];
    }
    // When multiple countries share the same calling code,
    // all phone number formatting rules are included in the metadata
    // of the "default" country for that calling code.
    // Any other countries' metdata doesn't include any formatting rules.
    // Google developers said that such storage architecture was chosen for performance reasons.
    //
    // For example, for NANPA region ("North American Numbering Plan Administration",
    // which includes USA, Canada, Cayman Islands, Bahamas, etc) all formatting rules
    // are contained in the metadata of `US` country.
    //
    // This is not public API.
    //
  }, {
    key: "_getDefaultCountryMetadataForThisCallingCode",
    value: function _getDefaultCountryMetadataForThisCallingCode() {
      return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
    }
    // Deprecated.
  }, {
    key: "getDefaultCountryMetadataForRegion",
    value: function getDefaultCountryMetadataForRegion() {
      return this._getDefaultCountryMetadataForThisCallingCode();
    }
    // Is always present.
  }, {
    key: "IDDPrefix",
    value: function IDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[1];
    }
    // Is only present when a country supports multiple IDD prefixes.
  }, {
    key: "defaultIDDPrefix",
    value: function defaultIDDPrefix() {
      if (this.v1 || this.v2) return;
      return this.metadata[12];
    }
  }, {
    key: "nationalNumberPattern",
    value: function nationalNumberPattern() {
      if (this.v1 || this.v2) return this.metadata[1];
      return this.metadata[2];
    }
    // "possible length" data is always present in Google's metadata.
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.v1) return;
      return this.metadata[this.v2 ? 2 : 3];
    }
  }, {
    key: "_getFormats",
    value: function _getFormats(metadata) {
      return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
    }
    // For countries of the same region (e.g. NANPA)
    // formats are all stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "formats",
    value: function formats() {
      var _this = this;
      var formats2 = this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || [];
      return formats2.map(function(_) {
        return new Format(_, _this);
      });
    }
  }, {
    key: "nationalPrefix",
    value: function nationalPrefix() {
      return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
    }
  }, {
    key: "_getNationalPrefixFormattingRule",
    value: function _getNationalPrefixFormattingRule(metadata) {
      return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
    }
    // For countries of the same region (e.g. NANPA)
    // national prefix formatting rule is stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "_nationalPrefixForParsing",
    value: function _nationalPrefixForParsing() {
      return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
    }
  }, {
    key: "nationalPrefixForParsing",
    value: function nationalPrefixForParsing() {
      return this._nationalPrefixForParsing() || this.nationalPrefix();
    }
  }, {
    key: "nationalPrefixTransformRule",
    value: function nationalPrefixTransformRule() {
      return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
    }
  }, {
    key: "_getNationalPrefixIsOptionalWhenFormatting",
    value: function _getNationalPrefixIsOptionalWhenFormatting() {
      return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
    }
    // For countries of the same region (e.g. NANPA)
    // "national prefix is optional when formatting" flag is
    // stored in the "main" country for that region.
    // E.g. "RU" and "KZ", "US" and "CA".
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
    }
  }, {
    key: "leadingDigits",
    value: function leadingDigits() {
      return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
    }
  }, {
    key: "types",
    value: function types() {
      return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
    }
  }, {
    key: "hasTypes",
    value: function hasTypes() {
      if (this.types() && this.types().length === 0) {
        return false;
      }
      return !!this.types();
    }
  }, {
    key: "type",
    value: function type(_type2) {
      if (this.hasTypes() && getType(this.types(), _type2)) {
        return new Type(getType(this.types(), _type2), this);
      }
    }
  }, {
    key: "ext",
    value: function ext() {
      if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
      return this.metadata[13] || DEFAULT_EXT_PREFIX;
    }
  }]);
})();
var Format = /* @__PURE__ */ (function() {
  function Format2(format, metadata) {
    _classCallCheck(this, Format2);
    this._format = format;
    this.metadata = metadata;
  }
  return _createClass(Format2, [{
    key: "pattern",
    value: function pattern() {
      return this._format[0];
    }
  }, {
    key: "format",
    value: function format() {
      return this._format[1];
    }
  }, {
    key: "leadingDigitsPatterns",
    value: function leadingDigitsPatterns() {
      return this._format[2] || [];
    }
  }, {
    key: "nationalPrefixFormattingRule",
    value: function nationalPrefixFormattingRule() {
      return this._format[3] || this.metadata.nationalPrefixFormattingRule();
    }
  }, {
    key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
    value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
      return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }
  }, {
    key: "nationalPrefixIsMandatoryWhenFormattingInNationalFormat",
    value: function nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
      return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
    }
    // Checks whether national prefix formatting rule contains national prefix.
  }, {
    key: "usesNationalPrefix",
    value: function usesNationalPrefix() {
      return this.nationalPrefixFormattingRule() && // Check that national prefix formatting rule is not a "dummy" one.
      !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule()) ? true : false;
    }
  }, {
    key: "internationalFormat",
    value: function internationalFormat() {
      return this._format[5] || this.format();
    }
  }]);
})();
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = /* @__PURE__ */ (function() {
  function Type2(type, metadata) {
    _classCallCheck(this, Type2);
    this.type = type;
    this.metadata = metadata;
  }
  return _createClass(Type2, [{
    key: "pattern",
    value: function pattern() {
      if (this.metadata.v1) return this.type;
      return this.type[0];
    }
  }, {
    key: "possibleLengths",
    value: function possibleLengths() {
      if (this.metadata.v1) return;
      return this.type[1] || this.metadata.possibleLengths();
    }
  }]);
})();
function getType(types, type) {
  switch (type) {
    case "FIXED_LINE":
      return types[0];
    case "MOBILE":
      return types[1];
    case "TOLL_FREE":
      return types[2];
    case "PREMIUM_RATE":
      return types[3];
    case "PERSONAL_NUMBER":
      return types[4];
    case "VOICEMAIL":
      return types[5];
    case "UAN":
      return types[6];
    case "PAGER":
      return types[7];
    case "VOIP":
      return types[8];
    case "SHARED_COST":
      return types[9];
  }
}
function validateMetadata(metadata) {
  if (!metadata) {
    throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
  }
  if (!isObject(metadata) || !isObject(metadata.countries)) {
    throw new Error("[libphonenumber-js] `metadata` argument was passed but it's not a valid metadata. Must be an object having `.countries` child object property. Got ".concat(isObject(metadata) ? "an object of shape: { " + Object.keys(metadata).join(", ") + " }" : "a " + typeOf(metadata) + ": " + metadata, "."));
  }
}
var typeOf = function typeOf2(_) {
  return _typeof(_);
};
function getCountryCallingCode(country, metadataJson) {
  var metadata = new Metadata(metadataJson);
  if (metadata.hasCountry(country)) {
    return metadata.selectNumberingPlan(country).countryCallingCode();
  }
  throw new Error("Unknown country: ".concat(country));
}
function isSupportedCountry(country, metadataJson) {
  return metadataJson.countries.hasOwnProperty(country);
}
function setVersion(metadata) {
  var version = metadata.version;
  if (typeof version === "number") {
    this.v1 = version === 1;
    this.v2 = version === 2;
    this.v3 = version === 3;
    this.v4 = version === 4;
  } else {
    if (!version) {
      this.v1 = true;
    } else if (semver_compare_default(version, V3) === -1) {
      this.v2 = true;
    } else if (semver_compare_default(version, V4) === -1) {
      this.v3 = true;
    } else {
      this.v4 = true;
    }
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/mergeArrays.js
function _createForOfIteratorHelperLoose(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0;
  }
}
function _arrayLikeToArray(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function mergeArrays(a, b) {
  var merged = a.slice();
  for (var _iterator = _createForOfIteratorHelperLoose(b), _step; !(_step = _iterator()).done; ) {
    var element = _step.value;
    if (a.indexOf(element) < 0) {
      merged.push(element);
    }
  }
  return merged.sort(function(a2, b2) {
    return a2 - b2;
  });
}

// ../node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js
function checkNumberLength(nationalNumber, country, metadata) {
  return checkNumberLengthForType(nationalNumber, void 0, country, metadata);
}
function checkNumberLengthForType(nationalNumber, type, country, metadata) {
  if (country) {
    metadata = new Metadata(metadata.metadata);
    metadata.selectNumberingPlan(country);
  }
  var type_info = metadata.type(type);
  var possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
  if (!possible_lengths) {
    return "IS_POSSIBLE";
  }
  if (type === "FIXED_LINE_OR_MOBILE") {
    if (!metadata.type("FIXED_LINE")) {
      return checkNumberLengthForType(nationalNumber, "MOBILE", country, metadata);
    }
    var mobile_type = metadata.type("MOBILE");
    if (mobile_type) {
      possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
    }
  } else if (type && !type_info) {
    return "INVALID_LENGTH";
  }
  var actual_length = nationalNumber.length;
  var minimum_length = possible_lengths[0];
  if (minimum_length === actual_length) {
    return "IS_POSSIBLE";
  }
  if (minimum_length > actual_length) {
    return "TOO_SHORT";
  }
  if (possible_lengths[possible_lengths.length - 1] < actual_length) {
    return "TOO_LONG";
  }
  return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

// ../node_modules/libphonenumber-js/es6/isPossible.js
function isPossiblePhoneNumber(input2, options, metadataJson) {
  if (options === void 0) {
    options = {};
  }
  var metadata = new Metadata(metadataJson);
  if (options.v2) {
    if (!input2.countryCallingCode) {
      throw new Error("Invalid phone number object passed");
    }
    metadata.selectNumberingPlan(input2.country || input2.countryCallingCode);
  } else {
    if (!input2.phone) {
      return false;
    }
    if (input2.country) {
      if (!metadata.hasCountry(input2.country)) {
        throw new Error("Unknown country: ".concat(input2.country));
      }
      metadata.selectNumberingPlan(input2.country);
    } else {
      if (!input2.countryCallingCode) {
        throw new Error("Invalid phone number object passed");
      }
      metadata.selectNumberingPlan(input2.countryCallingCode);
    }
  }
  if (metadata.possibleLengths()) {
    return isPossibleNumber(input2.phone || input2.nationalNumber, metadata);
  }
  if (input2.countryCallingCode && metadata.isNonGeographicCallingCode(input2.countryCallingCode)) {
    return true;
  }
  throw new Error('Missing "possibleLengths" in metadata. Perhaps the metadata has been generated before v1.0.18.');
}
function isPossibleNumber(nationalNumber, metadata) {
  switch (checkNumberLength(nationalNumber, void 0, metadata)) {
    case "IS_POSSIBLE":
      return true;
    // This library ignores "local-only" phone numbers (for simplicity).
    // See the readme for more info on what are "local-only" phone numbers.
    // case 'IS_POSSIBLE_LOCAL_ONLY':
    // 	return !isInternational
    default:
      return false;
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js
function matchesEntirely(text14, regularExpressionText) {
  text14 = text14 || "";
  return new RegExp("^(?:" + regularExpressionText + ")$").test(text14);
}

// ../node_modules/libphonenumber-js/es6/helpers/getNumberType.js
function _createForOfIteratorHelperLoose2(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray2(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray2(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray2(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray2(r, a) : void 0;
  }
}
function _arrayLikeToArray2(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var NON_FIXED_LINE_PHONE_TYPES = ["MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
function getNumberType(input2, options, metadataJson) {
  options = options || {};
  if (!input2.country && !input2.countryCallingCode) {
    return;
  }
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input2.country || input2.countryCallingCode);
  var nationalNumber = options.v2 ? input2.nationalNumber : input2.phone;
  if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) {
    return;
  }
  if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata)) {
    if (metadata.type("MOBILE") && metadata.type("MOBILE").pattern() === "") {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (!metadata.type("MOBILE")) {
      return "FIXED_LINE_OR_MOBILE";
    }
    if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata)) {
      return "FIXED_LINE_OR_MOBILE";
    }
    return "FIXED_LINE";
  }
  for (var _iterator = _createForOfIteratorHelperLoose2(NON_FIXED_LINE_PHONE_TYPES), _step; !(_step = _iterator()).done; ) {
    var type = _step.value;
    if (isNumberTypeEqualTo(nationalNumber, type, metadata)) {
      return type;
    }
  }
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
  var typeDefinition = metadata.type(type);
  if (!typeDefinition || !typeDefinition.pattern()) {
    return false;
  }
  if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) {
    return false;
  }
  return matchesEntirely(nationalNumber, typeDefinition.pattern());
}

// ../node_modules/libphonenumber-js/es6/isValid.js
function isValidNumber(input2, options, metadataJson) {
  options = options || {};
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(input2.country || input2.countryCallingCode);
  if (metadata.hasTypes()) {
    return getNumberType(input2, options, metadata.metadata) !== void 0;
  }
  var nationalNumber = options.v2 ? input2.nationalNumber : input2.phone;
  return matchesEntirely(nationalNumber, metadata.nationalNumberPattern());
}

// ../node_modules/libphonenumber-js/es6/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
  return COUNTRY_CODE_REG_EXP.test(string);
}

// ../node_modules/libphonenumber-js/es6/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
  var country;
  var callingCode;
  var metadata = new Metadata(metadataJson);
  if (isCountryCode(countryOrCallingCode)) {
    country = countryOrCallingCode;
    metadata.selectNumberingPlan(country);
    callingCode = metadata.countryCallingCode();
  } else {
    callingCode = countryOrCallingCode;
    if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
      if (metadata.isNonGeographicCallingCode(callingCode)) {
        country = "001";
      }
    }
  }
  return {
    country,
    callingCode
  };
}

// ../node_modules/libphonenumber-js/es6/helpers/getPossibleCountriesForNumber.js
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
  var _metadata = new Metadata(metadata);
  var possibleCountries = _metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return [];
  }
  return possibleCountries.filter(function(country) {
    return couldNationalNumberBelongToCountry(nationalNumber, country, metadata);
  });
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country);
  return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}

// ../node_modules/libphonenumber-js/es6/constants.js
var MIN_LENGTH_FOR_NSN = 2;
var MAX_LENGTH_FOR_NSN = 17;
var MAX_LENGTH_COUNTRY_CODE = 3;
var VALID_DIGITS = "0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9";
var DASHES = "-\u2010-\u2015\u2212\u30FC\uFF0D";
var SLASHES = "\uFF0F/";
var DOTS = "\uFF0E.";
var WHITESPACE = " \xA0\xAD\u200B\u2060\u3000";
var BRACKETS = "()\uFF08\uFF09\uFF3B\uFF3D\\[\\]";
var TILDES = "~\u2053\u223C\uFF5E";
var VALID_PUNCTUATION = "".concat(DASHES).concat(SLASHES).concat(DOTS).concat(WHITESPACE).concat(BRACKETS).concat(TILDES);
var PLUS_CHARS = "+\uFF0B";

// ../node_modules/libphonenumber-js/es6/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number, country, callingCode, metadataJson) {
  if (!country) {
    return;
  }
  var metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country || callingCode);
  var IDDPrefixPattern = new RegExp(metadata.IDDPrefix());
  if (number.search(IDDPrefixPattern) !== 0) {
    return;
  }
  number = number.slice(number.match(IDDPrefixPattern)[0].length);
  var matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
  if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
    if (matchedGroups[1] === "0") {
      return;
    }
  }
  return number;
}

// ../node_modules/libphonenumber-js/es6/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
  if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
    var prefixPattern = new RegExp("^(?:" + metadata.numberingPlan.nationalPrefixForParsing() + ")");
    var prefixMatch = prefixPattern.exec(number);
    if (prefixMatch) {
      var nationalNumber;
      var carrierCode;
      var capturedGroupsCount = prefixMatch.length - 1;
      var hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
      if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
        nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
        if (capturedGroupsCount > 1) {
          carrierCode = prefixMatch[1];
        }
      } else {
        var prefixBeforeNationalNumber = prefixMatch[0];
        nationalNumber = number.slice(prefixBeforeNationalNumber.length);
        if (hasCapturedGroups) {
          carrierCode = prefixMatch[1];
        }
      }
      var nationalPrefix;
      if (hasCapturedGroups) {
        var possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
        var possibleNationalPrefix = number.slice(0, possiblePositionOfTheFirstCapturedGroup);
        if (possibleNationalPrefix === metadata.numberingPlan.nationalPrefix()) {
          nationalPrefix = metadata.numberingPlan.nationalPrefix();
        }
      } else {
        nationalPrefix = prefixMatch[0];
      }
      return {
        nationalNumber,
        nationalPrefix,
        carrierCode
      };
    }
  }
  return {
    nationalNumber: number
  };
}

// ../node_modules/libphonenumber-js/es6/helpers/getCountryByNationalNumber.js
function _createForOfIteratorHelperLoose3(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray3(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray3(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray3(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray3(r, a) : void 0;
  }
}
function _arrayLikeToArray3(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
  var metadata = new Metadata(metadataJson);
  for (var _iterator = _createForOfIteratorHelperLoose3(countries), _step; !(_step = _iterator()).done; ) {
    var country = _step.value;
    metadata.selectNumberingPlan(country);
    if (metadata.leadingDigits()) {
      if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) {
        return country;
      }
    } else if (getNumberType({
      phone: nationalNumber,
      country
    }, void 0, metadata.metadata)) {
      return country;
    }
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE2 = false;
function getCountryByCallingCode(callingCode, _ref) {
  var nationalNumber = _ref.nationalNumber, metadata = _ref.metadata;
  if (USE_NON_GEOGRAPHIC_COUNTRY_CODE2) {
    if (metadata.isNonGeographicCallingCode(callingCode)) {
      return "001";
    }
  }
  var possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!possibleCountries) {
    return;
  }
  if (possibleCountries.length === 1) {
    return possibleCountries[0];
  }
  return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}

// ../node_modules/libphonenumber-js/es6/helpers/extractNationalNumber.js
function extractNationalNumber(number, country, metadata) {
  var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata), carrierCode = _extractNationalNumbe.carrierCode, nationalNumber = _extractNationalNumbe.nationalNumber;
  if (nationalNumber !== number) {
    if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) {
      return {
        nationalNumber: number
      };
    }
    if (metadata.numberingPlan.possibleLengths()) {
      if (!country) {
        country = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
          nationalNumber,
          metadata
        });
      }
      if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata)) {
        return {
          nationalNumber: number
        };
      }
    }
  }
  return {
    nationalNumber,
    carrierCode
  };
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
  if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) {
    return false;
  }
  return true;
}
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata) {
  switch (checkNumberLength(nationalNumber, country, metadata)) {
    case "TOO_SHORT":
    case "INVALID_LENGTH":
      return false;
    default:
      return true;
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!(country || defaultCountry || defaultCallingCode)) {
    return {
      number
    };
  }
  var countryCallingCode = country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
  if (number.indexOf(countryCallingCode) === 0) {
    var metadata = new Metadata(metadataJson);
    metadata.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
    var possibleShorterNumber = number.slice(countryCallingCode.length);
    var _extractNationalNumbe = extractNationalNumber(possibleShorterNumber, void 0, metadata), possibleShorterNationalNumber = _extractNationalNumbe.nationalNumber;
    var _extractNationalNumbe2 = extractNationalNumber(number, void 0, metadata), nationalNumber = _extractNationalNumbe2.nationalNumber;
    if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, void 0, metadata) === "TOO_LONG") {
      return {
        countryCallingCode,
        number: possibleShorterNumber
      };
    }
  }
  return {
    number
  };
}

// ../node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCode.js
function extractCountryCallingCode(number, country, defaultCountry, defaultCallingCode, metadataJson) {
  if (!number) {
    return {};
  }
  var isNumberWithIddPrefix;
  if (number[0] !== "+") {
    var numberWithoutIDD = stripIddPrefix(number, country || defaultCountry, defaultCallingCode, metadataJson);
    if (numberWithoutIDD && numberWithoutIDD !== number) {
      isNumberWithIddPrefix = true;
      number = "+" + numberWithoutIDD;
    } else {
      if (country || defaultCountry || defaultCallingCode) {
        var _extractCountryCallin = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson), countryCallingCode = _extractCountryCallin.countryCallingCode, shorterNumber = _extractCountryCallin.number;
        if (countryCallingCode) {
          return {
            countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
            countryCallingCode,
            number: shorterNumber
          };
        }
      }
      return {
        // No need to set it to `UNSPECIFIED`. It can be just `undefined`.
        // countryCallingCodeSource: 'UNSPECIFIED',
        number
      };
    }
  }
  if (number[1] === "0") {
    return {};
  }
  var metadata = new Metadata(metadataJson);
  var i = 2;
  while (i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length) {
    var _countryCallingCode = number.slice(1, i);
    if (metadata.hasCallingCode(_countryCallingCode)) {
      metadata.selectNumberingPlan(_countryCallingCode);
      return {
        countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
        countryCallingCode: _countryCallingCode,
        number: number.slice(i)
      };
    }
    i++;
  }
  return {};
}

// ../node_modules/libphonenumber-js/es6/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
  return formattedNumber.replace(new RegExp("[".concat(VALID_PUNCTUATION, "]+"), "g"), " ").trim();
}

// ../node_modules/libphonenumber-js/es6/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, _ref) {
  var useInternationalFormat = _ref.useInternationalFormat, withNationalPrefix = _ref.withNationalPrefix, carrierCode = _ref.carrierCode, metadata = _ref.metadata;
  var formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() : (
    // This library doesn't use `domestic_carrier_code_formatting_rule`,
    // because that one is only used when formatting phone numbers
    // for dialing from a mobile phone, and this is not a dialing library.
    // carrierCode && format.domesticCarrierCodeFormattingRule()
    // 	// First, replace the $CC in the formatting rule with the desired carrier code.
    // 	// Then, replace the $FG in the formatting rule with the first group
    // 	// and the carrier code combined in the appropriate way.
    // 	? format.format().replace(FIRST_GROUP_PATTERN, format.domesticCarrierCodeFormattingRule().replace('$CC', carrierCode))
    // 	: (
    // 		withNationalPrefix && format.nationalPrefixFormattingRule()
    // 			? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule())
    // 			: format.format()
    // 	)
    withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format()
  ));
  if (useInternationalFormat) {
    return applyInternationalSeparatorStyle(formattedNumber);
  }
  return formattedNumber;
}

// ../node_modules/libphonenumber-js/es6/helpers/getIddPrefix.js
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country, callingCode, metadata) {
  var countryMetadata = new Metadata(metadata);
  countryMetadata.selectNumberingPlan(country || callingCode);
  if (countryMetadata.defaultIDDPrefix()) {
    return countryMetadata.defaultIDDPrefix();
  }
  if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) {
    return countryMetadata.IDDPrefix();
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
var getExtensionDigitsPattern = function getExtensionDigitsPattern2(maxLength) {
  return "([".concat(VALID_DIGITS, "]{1,").concat(maxLength, "})");
};
function createExtensionPattern(purpose) {
  var extLimitAfterExplicitLabel = "20";
  var extLimitAfterLikelyLabel = "15";
  var extLimitAfterAmbiguousChar = "9";
  var extLimitWhenNotSure = "6";
  var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
  var possibleCharsAfterExtLabel = "[:\\.\uFF0E]?[ \xA0\\t,-]*";
  var optionalExtnSuffix = "#?";
  var explicitExtLabels = "(?:e?xt(?:ensi(?:o\u0301?|\xF3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)";
  var ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)";
  var ambiguousSeparator = "[- ]+";
  var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
  var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
  var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
  var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
  var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
  var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
  var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
  return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}

// ../node_modules/libphonenumber-js/es6/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{" + MIN_LENGTH_FOR_NSN + "}";
var VALID_PHONE_NUMBER = "[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){3,}[" + VALID_PUNCTUATION + VALID_DIGITS + "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp("^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$", "i");
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER + // Phone number extensions
"(?:" + createExtensionPattern() + ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp(
  // Either a short two-digit-only phone number
  "^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$",
  "i"
);
function isViablePhoneNumber(number) {
  return number.length >= MIN_LENGTH_FOR_NSN && VALID_PHONE_NUMBER_PATTERN.test(number);
}
function isViablePhoneNumberStart(number) {
  return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}

// ../node_modules/libphonenumber-js/es6/helpers/RFC3966.js
function formatRFC3966(_ref) {
  var number = _ref.number, ext = _ref.ext;
  if (!number) {
    return "";
  }
  if (number[0] !== "+") {
    throw new Error('"formatRFC3966()" expects "number" to be in E.164 format.');
  }
  return "tel:".concat(number).concat(ext ? ";ext=" + ext : "");
}

// ../node_modules/libphonenumber-js/es6/format.js
var DEFAULT_OPTIONS = {
  formatExtension: function formatExtension(formattedNumber, extension, metadata) {
    return "".concat(formattedNumber).concat(metadata.ext()).concat(extension);
  }
};
function formatNumber(input2, format, options, metadataJson) {
  if (options) {
    options = merge({}, DEFAULT_OPTIONS, options);
  } else {
    options = DEFAULT_OPTIONS;
  }
  var metadata = new Metadata(metadataJson);
  if (input2.country && input2.country !== "001") {
    if (!metadata.hasCountry(input2.country)) {
      throw new Error("Unknown country: ".concat(input2.country));
    }
    metadata.selectNumberingPlan(input2.country);
  } else if (input2.countryCallingCode) {
    metadata.selectNumberingPlan(input2.countryCallingCode);
  } else return input2.phone || "";
  var countryCallingCode = metadata.countryCallingCode();
  var nationalNumber = options.v2 ? input2.nationalNumber : input2.phone;
  var number;
  switch (format) {
    case "NATIONAL":
      if (!nationalNumber) {
        return "";
      }
      number = formatNationalNumber(nationalNumber, input2.carrierCode, "NATIONAL", metadata, options);
      return addExtension(number, input2.ext, metadata, options.formatExtension);
    case "INTERNATIONAL":
      if (!nationalNumber) {
        return "+".concat(countryCallingCode);
      }
      number = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata, options);
      number = "+".concat(countryCallingCode, " ").concat(number);
      return addExtension(number, input2.ext, metadata, options.formatExtension);
    case "E.164":
      return "+".concat(countryCallingCode).concat(nationalNumber);
    case "RFC3966":
      return formatRFC3966({
        number: "+".concat(countryCallingCode).concat(nationalNumber),
        ext: input2.ext
      });
    // For reference, here's Google's IDD formatter:
    // https://github.com/google/libphonenumber/blob/32719cf74e68796788d1ca45abc85dcdc63ba5b9/java/libphonenumber/src/com/google/i18n/phonenumbers/PhoneNumberUtil.java#L1546
    // Not saying that this IDD formatter replicates it 1:1, but it seems to work.
    // Who would even need to format phone numbers in IDD format anyway?
    case "IDD":
      if (!options.fromCountry) {
        return;
      }
      var formattedNumber = formatIDD(nationalNumber, input2.carrierCode, countryCallingCode, options.fromCountry, metadata);
      if (!formattedNumber) {
        return;
      }
      return addExtension(formattedNumber, input2.ext, metadata, options.formatExtension);
    default:
      throw new Error('Unknown "format" argument passed to "formatNumber()": "'.concat(format, '"'));
  }
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
  var format = chooseFormatForNumber(metadata.formats(), number);
  if (!format) {
    return number;
  }
  return formatNationalNumberUsingFormat(number, format, {
    useInternationalFormat: formatAs === "INTERNATIONAL",
    withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
    carrierCode,
    metadata
  });
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
  return pickFirstMatchingElement(availableFormats, function(format) {
    if (format.leadingDigitsPatterns().length > 0) {
      var lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
      if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) {
        return false;
      }
    }
    return matchesEntirely(nationalNumber, format.pattern());
  });
}
function addExtension(formattedNumber, ext, metadata, formatExtension2) {
  return ext ? formatExtension2(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
  var fromCountryCallingCode = getCountryCallingCode(fromCountry, metadata.metadata);
  if (fromCountryCallingCode === countryCallingCode) {
    var formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata);
    if (countryCallingCode === "1") {
      return countryCallingCode + " " + formattedNumber;
    }
    return formattedNumber;
  }
  var iddPrefix = getIddPrefix(fromCountry, void 0, metadata.metadata);
  if (iddPrefix) {
    return "".concat(iddPrefix, " ").concat(countryCallingCode, " ").concat(formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata));
  }
}
function merge() {
  var i = 1;
  for (var _len = arguments.length, objects = new Array(_len), _key = 0; _key < _len; _key++) {
    objects[_key] = arguments[_key];
  }
  while (i < objects.length) {
    if (objects[i]) {
      for (var key in objects[i]) {
        objects[0][key] = objects[i][key];
      }
    }
    i++;
  }
  return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
  var i = 0;
  while (i < elements.length) {
    if (testFunction(elements[i])) {
      return elements[i];
    }
    i++;
  }
}

// ../node_modules/libphonenumber-js/es6/PhoneNumber.js
function _typeof2(o) {
  "@babel/helpers - typeof";
  return _typeof2 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof2(o);
}
function ownKeys(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
      _defineProperty(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty(e, r, t) {
  return (r = _toPropertyKey2(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _classCallCheck2(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties2(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey2(o.key), o);
  }
}
function _createClass2(e, r, t) {
  return r && _defineProperties2(e.prototype, r), t && _defineProperties2(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey2(t) {
  var i = _toPrimitive2(t, "string");
  return "symbol" == _typeof2(i) ? i : i + "";
}
function _toPrimitive2(t, r) {
  if ("object" != _typeof2(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof2(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var PhoneNumber = /* @__PURE__ */ (function() {
  function PhoneNumber2(countryOrCountryCallingCode, nationalNumber, metadata) {
    _classCallCheck2(this, PhoneNumber2);
    if (!countryOrCountryCallingCode) {
      throw new TypeError("First argument is required");
    }
    if (typeof countryOrCountryCallingCode !== "string") {
      throw new TypeError("First argument must be a string");
    }
    if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) {
      throw new TypeError("`metadata` argument not passed");
    }
    if (isObject(nationalNumber) && isObject(nationalNumber.countries)) {
      metadata = nationalNumber;
      var e164Number = countryOrCountryCallingCode;
      if (!E164_NUMBER_REGEXP.test(e164Number)) {
        throw new Error('Invalid `number` argument passed: must consist of a "+" followed by digits');
      }
      var _extractCountryCallin = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata), _countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
      nationalNumber = number;
      countryOrCountryCallingCode = _countryCallingCode;
      if (!nationalNumber) {
        throw new Error("Invalid `number` argument passed: too short");
      }
    }
    if (!nationalNumber) {
      throw new TypeError("`nationalNumber` argument is required");
    }
    if (typeof nationalNumber !== "string") {
      throw new TypeError("`nationalNumber` argument must be a string");
    }
    validateMetadata(metadata);
    var _getCountryAndCalling = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata), country = _getCountryAndCalling.country, countryCallingCode = _getCountryAndCalling.callingCode;
    this.country = country;
    this.countryCallingCode = countryCallingCode;
    this.nationalNumber = nationalNumber;
    this.number = "+" + this.countryCallingCode + this.nationalNumber;
    this.getMetadata = function() {
      return metadata;
    };
  }
  return _createClass2(PhoneNumber2, [{
    key: "setExt",
    value: function setExt(ext) {
      this.ext = ext;
    }
  }, {
    key: "getPossibleCountries",
    value: function getPossibleCountries() {
      if (this.country) {
        return [this.country];
      }
      return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
    }
  }, {
    key: "isPossible",
    value: function isPossible() {
      return isPossiblePhoneNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isValid",
    value: function isValid() {
      return isValidNumber(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "isNonGeographic",
    value: function isNonGeographic() {
      var metadata = new Metadata(this.getMetadata());
      return metadata.isNonGeographicCallingCode(this.countryCallingCode);
    }
  }, {
    key: "isEqual",
    value: function isEqual(phoneNumber) {
      return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
    }
    // `validateLength()` method was originally meant to be an equivalent for `validatePhoneNumberLength()`.
    //
    // Later, it became apparent that it's not really a true equivalent.
    // The reason is that a `PhoneNumber` instance is not created
    // when the phone number string is too short for it to be considered a valid phone number:
    // * When there must be at least 2 national (significant) number digits: `"1"`.
    // * When the country calling code part of an international number is incomplete: `"+12"`.
    //
    // So leaving this `validateLength()` method here would suggest a hidden anti-pattern
    // of using it instead of `validatePhoneNumberLength()` while ignoring
    // the "too short to be even possible" case from phone number length validation.
    // And ignoring that case wouldn't make any sense in a real-world application
    // because it would still be a valid case that should be handled.
    //
    // Because of that, this method was eventually commented out in order to not introduce
    // that kind of an anti-pattern.
    //
    // validateLength() {
    // 	const result = checkNumberLength(
    // 		this.nationalNumber,
    // 		undefined,
    // 		this.getMetadata()
    // 	)
    // 	if (result !== 'IS_POSSIBLE') {
    // 		return result
    // 	}
    // }
  }, {
    key: "getType",
    value: function getType2() {
      return getNumberType(this, {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "format",
    value: function format(_format, options) {
      return formatNumber(this, _format, options ? _objectSpread(_objectSpread({}, options), {}, {
        v2: true
      }) : {
        v2: true
      }, this.getMetadata());
    }
  }, {
    key: "formatNational",
    value: function formatNational(options) {
      return this.format("NATIONAL", options);
    }
  }, {
    key: "formatInternational",
    value: function formatInternational(options) {
      return this.format("INTERNATIONAL", options);
    }
  }, {
    key: "getURI",
    value: function getURI(options) {
      return this.format("RFC3966", options);
    }
  }]);
})();
var E164_NUMBER_REGEXP = /^\+\d+$/;

// ../node_modules/libphonenumber-js/es6/ParseError.js
function _typeof3(o) {
  "@babel/helpers - typeof";
  return _typeof3 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof3(o);
}
function _defineProperties3(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey3(o.key), o);
  }
}
function _createClass3(e, r, t) {
  return r && _defineProperties3(e.prototype, r), t && _defineProperties3(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey3(t) {
  var i = _toPrimitive3(t, "string");
  return "symbol" == _typeof3(i) ? i : i + "";
}
function _toPrimitive3(t, r) {
  if ("object" != _typeof3(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof3(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _classCallCheck3(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _callSuper(t, o, e) {
  return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e));
}
function _possibleConstructorReturn(t, e) {
  if (e && ("object" == _typeof3(e) || "function" == typeof e)) return e;
  if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
  return _assertThisInitialized(t);
}
function _assertThisInitialized(e) {
  if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
  return e;
}
function _inherits(t, e) {
  if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
  t.prototype = Object.create(e && e.prototype, { constructor: { value: t, writable: true, configurable: true } }), Object.defineProperty(t, "prototype", { writable: false }), e && _setPrototypeOf(t, e);
}
function _wrapNativeSuper(t) {
  var r = "function" == typeof Map ? /* @__PURE__ */ new Map() : void 0;
  return _wrapNativeSuper = function _wrapNativeSuper2(t2) {
    if (null === t2 || !_isNativeFunction(t2)) return t2;
    if ("function" != typeof t2) throw new TypeError("Super expression must either be null or a function");
    if (void 0 !== r) {
      if (r.has(t2)) return r.get(t2);
      r.set(t2, Wrapper);
    }
    function Wrapper() {
      return _construct(t2, arguments, _getPrototypeOf(this).constructor);
    }
    return Wrapper.prototype = Object.create(t2.prototype, { constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true } }), _setPrototypeOf(Wrapper, t2);
  }, _wrapNativeSuper(t);
}
function _construct(t, e, r) {
  if (_isNativeReflectConstruct()) return Reflect.construct.apply(null, arguments);
  var o = [null];
  o.push.apply(o, e);
  var p = new (t.bind.apply(t, o))();
  return r && _setPrototypeOf(p, r.prototype), p;
}
function _isNativeReflectConstruct() {
  try {
    var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {
    }));
  } catch (t2) {
  }
  return (_isNativeReflectConstruct = function _isNativeReflectConstruct2() {
    return !!t;
  })();
}
function _isNativeFunction(t) {
  try {
    return -1 !== Function.toString.call(t).indexOf("[native code]");
  } catch (n) {
    return "function" == typeof t;
  }
}
function _setPrototypeOf(t, e) {
  return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function(t2, e2) {
    return t2.__proto__ = e2, t2;
  }, _setPrototypeOf(t, e);
}
function _getPrototypeOf(t) {
  return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function(t2) {
    return t2.__proto__ || Object.getPrototypeOf(t2);
  }, _getPrototypeOf(t);
}
var ParseError = /* @__PURE__ */ (function(_Error) {
  function ParseError2(code) {
    var _this;
    _classCallCheck3(this, ParseError2);
    _this = _callSuper(this, ParseError2, [code]);
    Object.setPrototypeOf(_this, ParseError2.prototype);
    _this.name = _this.constructor.name;
    return _this;
  }
  _inherits(ParseError2, _Error);
  return _createClass3(ParseError2);
})(/* @__PURE__ */ _wrapNativeSuper(Error));

// ../node_modules/libphonenumber-js/es6/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number) {
  var start = number.search(EXTN_PATTERN);
  if (start < 0) {
    return {};
  }
  var numberWithoutExtension = number.slice(0, start);
  var matches = number.match(EXTN_PATTERN);
  var i = 1;
  while (i < matches.length) {
    if (matches[i]) {
      return {
        number: numberWithoutExtension,
        ext: matches[i]
      };
    }
    i++;
  }
}

// ../node_modules/libphonenumber-js/es6/helpers/parseDigits.js
function _createForOfIteratorHelperLoose4(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray4(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray4(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray4(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray4(r, a) : void 0;
  }
}
function _arrayLikeToArray4(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var DIGITS = {
  "0": "0",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
  "6": "6",
  "7": "7",
  "8": "8",
  "9": "9",
  "\uFF10": "0",
  // Fullwidth digit 0
  "\uFF11": "1",
  // Fullwidth digit 1
  "\uFF12": "2",
  // Fullwidth digit 2
  "\uFF13": "3",
  // Fullwidth digit 3
  "\uFF14": "4",
  // Fullwidth digit 4
  "\uFF15": "5",
  // Fullwidth digit 5
  "\uFF16": "6",
  // Fullwidth digit 6
  "\uFF17": "7",
  // Fullwidth digit 7
  "\uFF18": "8",
  // Fullwidth digit 8
  "\uFF19": "9",
  // Fullwidth digit 9
  "\u0660": "0",
  // Arabic-indic digit 0
  "\u0661": "1",
  // Arabic-indic digit 1
  "\u0662": "2",
  // Arabic-indic digit 2
  "\u0663": "3",
  // Arabic-indic digit 3
  "\u0664": "4",
  // Arabic-indic digit 4
  "\u0665": "5",
  // Arabic-indic digit 5
  "\u0666": "6",
  // Arabic-indic digit 6
  "\u0667": "7",
  // Arabic-indic digit 7
  "\u0668": "8",
  // Arabic-indic digit 8
  "\u0669": "9",
  // Arabic-indic digit 9
  "\u06F0": "0",
  // Eastern-Arabic digit 0
  "\u06F1": "1",
  // Eastern-Arabic digit 1
  "\u06F2": "2",
  // Eastern-Arabic digit 2
  "\u06F3": "3",
  // Eastern-Arabic digit 3
  "\u06F4": "4",
  // Eastern-Arabic digit 4
  "\u06F5": "5",
  // Eastern-Arabic digit 5
  "\u06F6": "6",
  // Eastern-Arabic digit 6
  "\u06F7": "7",
  // Eastern-Arabic digit 7
  "\u06F8": "8",
  // Eastern-Arabic digit 8
  "\u06F9": "9"
  // Eastern-Arabic digit 9
};
function parseDigit(character) {
  return DIGITS[character];
}
function parseDigits(string) {
  var result2 = "";
  for (var _iterator = _createForOfIteratorHelperLoose4(string.split("")), _step; !(_step = _iterator()).done; ) {
    var character = _step.value;
    var digit = parseDigit(character);
    if (digit) {
      result2 += digit;
    }
  }
  return result2;
}

// ../node_modules/libphonenumber-js/es6/parseIncompletePhoneNumber.js
function _createForOfIteratorHelperLoose5(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray5(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray5(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray5(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray5(r, a) : void 0;
  }
}
function _arrayLikeToArray5(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function parseIncompletePhoneNumber(string) {
  var result2 = "";
  for (var _iterator = _createForOfIteratorHelperLoose5(string.split("")), _step; !(_step = _iterator()).done; ) {
    var character = _step.value;
    result2 += parsePhoneNumberCharacter(character, result2) || "";
  }
  return result2;
}
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
  if (character === "+") {
    if (prevParsedCharacters) {
      if (typeof eventListener === "function") {
        eventListener("end");
      }
      return;
    }
    return "+";
  }
  return parseDigit(character);
}

// ../node_modules/libphonenumber-js/es6/helpers/extractPhoneContext.js
var PLUS_SIGN = "+";
var RFC3966_VISUAL_SEPARATOR_ = "[\\-\\.\\(\\)]?";
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|" + RFC3966_VISUAL_SEPARATOR_ + ")";
var RFC3966_GLOBAL_NUMBER_DIGITS_ = "^\\" + PLUS_SIGN + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var VALID_ALPHA_ = "a-zA-Z";
var RFC3966_TOPLABEL_ = "[" + VALID_ALPHA_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
function extractPhoneContext(numberToExtractFrom) {
  var indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
  if (indexOfPhoneContext < 0) {
    return null;
  }
  var phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
  if (phoneContextStart >= numberToExtractFrom.length) {
    return "";
  }
  var phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
  if (phoneContextEnd >= 0) {
    return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
  } else {
    return numberToExtractFrom.substring(phoneContextStart);
  }
}
function isPhoneContextValid(phoneContext) {
  if (phoneContext === null) {
    return true;
  }
  if (phoneContext.length === 0) {
    return false;
  }
  return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}

// ../node_modules/libphonenumber-js/es6/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, _ref) {
  var extractFormattedPhoneNumber2 = _ref.extractFormattedPhoneNumber;
  var phoneContext = extractPhoneContext(numberToParse);
  if (!isPhoneContextValid(phoneContext)) {
    throw new ParseError("NOT_A_NUMBER");
  }
  var phoneNumberString;
  if (phoneContext === null) {
    phoneNumberString = extractFormattedPhoneNumber2(numberToParse) || "";
  } else {
    phoneNumberString = "";
    if (phoneContext.charAt(0) === PLUS_SIGN) {
      phoneNumberString += phoneContext;
    }
    var indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
    var indexOfNationalNumber;
    if (indexOfRfc3966Prefix >= 0) {
      indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
    } else {
      indexOfNationalNumber = 0;
    }
    var indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
    phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
  }
  var indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
  if (indexOfIsdn > 0) {
    phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
  }
  if (phoneNumberString !== "") {
    return phoneNumberString;
  }
}

// ../node_modules/libphonenumber-js/es6/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE3 = false;
function parse(text14, options, metadataJson) {
  options = options || {};
  var metadata = new Metadata(metadataJson);
  if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    throw new Error("Unknown country: ".concat(options.defaultCountry));
  }
  var _parseInput = parseInput(text14, options.v2, options.extract), formattedPhoneNumber = _parseInput.number, ext = _parseInput.ext, error = _parseInput.error;
  if (!formattedPhoneNumber) {
    if (options.v2) {
      if (error === "TOO_SHORT") {
        throw new ParseError("TOO_SHORT");
      }
      throw new ParseError("NOT_A_NUMBER");
    }
    return {};
  }
  var _parsePhoneNumber = parsePhoneNumber(
    formattedPhoneNumber,
    options.defaultCountry,
    options.defaultCallingCode,
    // If `country` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`.
    // Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
    metadata
  ), country = _parsePhoneNumber.country, nationalNumber = _parsePhoneNumber.nationalNumber, countryCallingCode = _parsePhoneNumber.countryCallingCode, countryCallingCodeSource = _parsePhoneNumber.countryCallingCodeSource, carrierCode = _parsePhoneNumber.carrierCode;
  if (!metadata.hasSelectedNumberingPlan()) {
    if (options.v2) {
      throw new ParseError("INVALID_COUNTRY");
    }
    return {};
  }
  if (!nationalNumber || nationalNumber.length < MIN_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_SHORT");
    }
    return {};
  }
  if (nationalNumber.length > MAX_LENGTH_FOR_NSN) {
    if (options.v2) {
      throw new ParseError("TOO_LONG");
    }
    return {};
  }
  if (options.v2) {
    var phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
    if (country) {
      phoneNumber.country = country;
    }
    if (carrierCode) {
      phoneNumber.carrierCode = carrierCode;
    }
    if (ext) {
      phoneNumber.ext = ext;
    }
    phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
    return phoneNumber;
  }
  var valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
  if (!options.extended) {
    return valid ? result(country, nationalNumber, ext) : {};
  }
  return {
    country,
    countryCallingCode,
    carrierCode,
    valid,
    possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
    phone: nationalNumber,
    ext
  };
}
function _extractFormattedPhoneNumber(text14, extract, throwOnError) {
  if (!text14) {
    return;
  }
  if (text14.length > MAX_INPUT_STRING_LENGTH) {
    if (throwOnError) {
      throw new ParseError("TOO_LONG");
    }
    return;
  }
  if (extract === false) {
    return text14;
  }
  var startsAt = text14.search(PHONE_NUMBER_START_PATTERN);
  if (startsAt < 0) {
    return;
  }
  return text14.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
function parseInput(text14, v2, extract) {
  var number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text14, {
    extractFormattedPhoneNumber: function extractFormattedPhoneNumber2(text15) {
      return _extractFormattedPhoneNumber(text15, extract, v2);
    }
  });
  if (!number) {
    return {};
  }
  if (!isViablePhoneNumber(number)) {
    if (isViablePhoneNumberStart(number)) {
      return {
        error: "TOO_SHORT"
      };
    }
    return {};
  }
  var withExtensionStripped = extractExtension(number);
  if (withExtensionStripped.ext) {
    return withExtensionStripped;
  }
  return {
    number
  };
}
function result(country, nationalNumber, ext) {
  var result2 = {
    country,
    phone: nationalNumber
  };
  if (ext) {
    result2.ext = ext;
  }
  return result2;
}
function parsePhoneNumber(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
  var _extractCountryCallin = extractCountryCallingCode(
    parseIncompletePhoneNumber(formattedPhoneNumber),
    void 0,
    // `defaultCountry` and `defaultCallingCode` are only used to detect
    // if it's an "international" phone number or not. They won't be used
    // to derive the resulting `countryCallingCode` from them, or anything like that.
    defaultCountry,
    defaultCallingCode,
    metadata.metadata
  ), countryCallingCodeSource = _extractCountryCallin.countryCallingCodeSource, countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
  var country;
  if (countryCallingCode) {
    metadata.selectNumberingPlan(countryCallingCode);
  } else if (number && (defaultCountry || defaultCallingCode)) {
    if (defaultCountry) {
      country = defaultCountry;
      metadata.selectNumberingPlan(defaultCountry);
      countryCallingCode = metadata.numberingPlan.callingCode();
    } else {
      metadata.selectNumberingPlan(defaultCallingCode);
      countryCallingCode = defaultCallingCode;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE3) {
        if (metadata.isNonGeographicCallingCode(countryCallingCode)) {
          country = "001";
        }
      }
    }
  } else return {};
  if (!number) {
    return {
      countryCallingCodeSource,
      countryCallingCode
    };
  }
  var _extractNationalNumbe = extractNationalNumber(parseIncompletePhoneNumber(number), void 0, metadata), nationalNumber = _extractNationalNumbe.nationalNumber, carrierCode = _extractNationalNumbe.carrierCode;
  var exactCountry = getCountryByCallingCode(countryCallingCode, {
    nationalNumber,
    metadata
  });
  if (exactCountry) {
    country = exactCountry;
    if (exactCountry === "001") {
    } else {
      metadata.selectNumberingPlan(country);
    }
  }
  return {
    country,
    countryCallingCode,
    countryCallingCodeSource,
    nationalNumber,
    carrierCode
  };
}

// ../node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js
function _typeof4(o) {
  "@babel/helpers - typeof";
  return _typeof4 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof4(o);
}
function ownKeys2(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread2(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys2(Object(t), true).forEach(function(r2) {
      _defineProperty2(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys2(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty2(e, r, t) {
  return (r = _toPropertyKey4(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey4(t) {
  var i = _toPrimitive4(t, "string");
  return "symbol" == _typeof4(i) ? i : i + "";
}
function _toPrimitive4(t, r) {
  if ("object" != _typeof4(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof4(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumberWithError(text14, options, metadata) {
  return parse(text14, _objectSpread2(_objectSpread2({}, options), {}, {
    v2: true
  }), metadata);
}

// ../node_modules/libphonenumber-js/es6/normalizeArguments.js
function _typeof5(o) {
  "@babel/helpers - typeof";
  return _typeof5 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof5(o);
}
function ownKeys3(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread3(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys3(Object(t), true).forEach(function(r2) {
      _defineProperty3(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys3(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty3(e, r, t) {
  return (r = _toPropertyKey5(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey5(t) {
  var i = _toPrimitive5(t, "string");
  return "symbol" == _typeof5(i) ? i : i + "";
}
function _toPrimitive5(t, r) {
  if ("object" != _typeof5(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof5(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function _slicedToArray(r, e) {
  return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray6(r, e) || _nonIterableRest();
}
function _nonIterableRest() {
  throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray6(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray6(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray6(r, a) : void 0;
  }
}
function _arrayLikeToArray6(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit(r, l) {
  var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (null != t) {
    var e, n, i, u, a = [], f = true, o = false;
    try {
      if (i = (t = t.call(r)).next, 0 === l) {
        if (Object(t) !== t) return;
        f = false;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
    } catch (r2) {
      o = true, n = r2;
    } finally {
      try {
        if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles(r) {
  if (Array.isArray(r)) return r;
}
function normalizeArguments(args) {
  var _Array$prototype$slic = Array.prototype.slice.call(args), _Array$prototype$slic2 = _slicedToArray(_Array$prototype$slic, 4), arg_1 = _Array$prototype$slic2[0], arg_2 = _Array$prototype$slic2[1], arg_3 = _Array$prototype$slic2[2], arg_4 = _Array$prototype$slic2[3];
  var text14;
  var options;
  var metadata;
  if (typeof arg_1 === "string") {
    text14 = arg_1;
  } else throw new TypeError("A text for parsing must be a string.");
  if (!arg_2 || typeof arg_2 === "string") {
    if (arg_4) {
      options = arg_3;
      metadata = arg_4;
    } else {
      options = void 0;
      metadata = arg_3;
    }
    if (arg_2) {
      options = _objectSpread3({
        defaultCountry: arg_2
      }, options);
    }
  } else if (isObject(arg_2)) {
    if (arg_3) {
      options = arg_2;
      metadata = arg_3;
    } else {
      metadata = arg_2;
    }
  } else throw new Error("Invalid second argument: ".concat(arg_2));
  return {
    text: text14,
    options,
    metadata
  };
}

// ../node_modules/libphonenumber-js/es6/parsePhoneNumber_.js
function _typeof6(o) {
  "@babel/helpers - typeof";
  return _typeof6 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof6(o);
}
function ownKeys4(e, r) {
  var t = Object.keys(e);
  if (Object.getOwnPropertySymbols) {
    var o = Object.getOwnPropertySymbols(e);
    r && (o = o.filter(function(r2) {
      return Object.getOwnPropertyDescriptor(e, r2).enumerable;
    })), t.push.apply(t, o);
  }
  return t;
}
function _objectSpread4(e) {
  for (var r = 1; r < arguments.length; r++) {
    var t = null != arguments[r] ? arguments[r] : {};
    r % 2 ? ownKeys4(Object(t), true).forEach(function(r2) {
      _defineProperty4(e, r2, t[r2]);
    }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys4(Object(t)).forEach(function(r2) {
      Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
    });
  }
  return e;
}
function _defineProperty4(e, r, t) {
  return (r = _toPropertyKey6(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
}
function _toPropertyKey6(t) {
  var i = _toPrimitive6(t, "string");
  return "symbol" == _typeof6(i) ? i : i + "";
}
function _toPrimitive6(t, r) {
  if ("object" != _typeof6(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof6(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function parsePhoneNumber2(text14, options, metadata) {
  if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) {
    options = _objectSpread4(_objectSpread4({}, options), {}, {
      defaultCountry: void 0
    });
  }
  try {
    return parsePhoneNumberWithError(text14, options, metadata);
  } catch (error) {
    if (error instanceof ParseError) {
    } else {
      throw error;
    }
  }
}

// ../node_modules/libphonenumber-js/es6/parsePhoneNumber.js
function parsePhoneNumber3() {
  var _normalizeArguments = normalizeArguments(arguments), text14 = _normalizeArguments.text, options = _normalizeArguments.options, metadata = _normalizeArguments.metadata;
  return parsePhoneNumber2(text14, options, metadata);
}

// ../node_modules/libphonenumber-js/es6/AsYouTypeState.js
function _typeof7(o) {
  "@babel/helpers - typeof";
  return _typeof7 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof7(o);
}
function _classCallCheck4(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties4(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey7(o.key), o);
  }
}
function _createClass4(e, r, t) {
  return r && _defineProperties4(e.prototype, r), t && _defineProperties4(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey7(t) {
  var i = _toPrimitive7(t, "string");
  return "symbol" == _typeof7(i) ? i : i + "";
}
function _toPrimitive7(t, r) {
  if ("object" != _typeof7(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof7(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var AsYouTypeState = /* @__PURE__ */ (function() {
  function AsYouTypeState2(_ref) {
    var onCountryChange = _ref.onCountryChange, onCallingCodeChange = _ref.onCallingCodeChange;
    _classCallCheck4(this, AsYouTypeState2);
    this.onCountryChange = onCountryChange;
    this.onCallingCodeChange = onCallingCodeChange;
  }
  return _createClass4(AsYouTypeState2, [{
    key: "reset",
    value: function reset(_ref2) {
      var country = _ref2.country, callingCode = _ref2.callingCode;
      this.international = false;
      this.missingPlus = false;
      this.IDDPrefix = void 0;
      this.callingCode = void 0;
      this.digits = "";
      this.resetNationalSignificantNumber();
      this.initCountryAndCallingCode(country, callingCode);
    }
  }, {
    key: "resetNationalSignificantNumber",
    value: function resetNationalSignificantNumber() {
      this.nationalSignificantNumber = this.getNationalDigits();
      this.nationalSignificantNumberIsModified = false;
      this.nationalPrefix = void 0;
      this.carrierCode = void 0;
      this.prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix = void 0;
    }
  }, {
    key: "update",
    value: function update(properties) {
      for (var _i = 0, _Object$keys = Object.keys(properties); _i < _Object$keys.length; _i++) {
        var key = _Object$keys[_i];
        this[key] = properties[key];
      }
    }
  }, {
    key: "initCountryAndCallingCode",
    value: function initCountryAndCallingCode(country, callingCode) {
      this.setCountry(country);
      this.setCallingCode(callingCode);
    }
  }, {
    key: "setCountry",
    value: function setCountry(country) {
      this.country = country;
      this.onCountryChange(country);
    }
  }, {
    key: "setCallingCode",
    value: function setCallingCode(callingCode) {
      this.callingCode = callingCode;
      this.onCallingCodeChange(callingCode, this.country);
    }
  }, {
    key: "startInternationalNumber",
    value: function startInternationalNumber(country, callingCode) {
      this.international = true;
      this.initCountryAndCallingCode(country, callingCode);
    }
  }, {
    key: "appendDigits",
    value: function appendDigits(nextDigits) {
      this.digits += nextDigits;
    }
  }, {
    key: "appendNationalSignificantNumberDigits",
    value: function appendNationalSignificantNumberDigits(nextDigits) {
      this.nationalSignificantNumber += nextDigits;
    }
    /**
     * Returns the part of `this.digits` that corresponds to the national number.
     * Basically, all digits that have been input by the user, except for the
     * international prefix and the country calling code part
     * (if the number is an international one).
     * @return {string}
     */
  }, {
    key: "getNationalDigits",
    value: function getNationalDigits() {
      if (this.international) {
        return this.digits.slice((this.IDDPrefix ? this.IDDPrefix.length : 0) + (this.callingCode ? this.callingCode.length : 0));
      }
      return this.digits;
    }
  }, {
    key: "getDigitsWithoutInternationalPrefix",
    value: function getDigitsWithoutInternationalPrefix() {
      if (this.international) {
        if (this.IDDPrefix) {
          return this.digits.slice(this.IDDPrefix.length);
        }
      }
      return this.digits;
    }
  }]);
})();

// ../node_modules/libphonenumber-js/es6/AsYouTypeFormatter.util.js
function _createForOfIteratorHelperLoose6(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray7(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray7(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray7(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray7(r, a) : void 0;
  }
}
function _arrayLikeToArray7(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
var DIGIT_PLACEHOLDER = "x";
var DIGIT_PLACEHOLDER_MATCHER = new RegExp(DIGIT_PLACEHOLDER);
function repeat(string, times) {
  if (times < 1) {
    return "";
  }
  var result2 = "";
  while (times > 1) {
    if (times & 1) {
      result2 += string;
    }
    times >>= 1;
    string += string;
  }
  return result2 + string;
}
function cutAndStripNonPairedParens(string, cutBeforeIndex) {
  if (string[cutBeforeIndex] === ")") {
    cutBeforeIndex++;
  }
  return stripNonPairedParens(string.slice(0, cutBeforeIndex));
}
function stripNonPairedParens(string) {
  var dangling_braces = [];
  var i = 0;
  while (i < string.length) {
    if (string[i] === "(") {
      dangling_braces.push(i);
    } else if (string[i] === ")") {
      dangling_braces.pop();
    }
    i++;
  }
  var start = 0;
  var cleared_string = "";
  dangling_braces.push(string.length);
  for (var _i = 0, _dangling_braces = dangling_braces; _i < _dangling_braces.length; _i++) {
    var index12 = _dangling_braces[_i];
    cleared_string += string.slice(start, index12);
    start = index12 + 1;
  }
  return cleared_string;
}
function populateTemplateWithDigits(template, position, digits) {
  for (var _iterator2 = _createForOfIteratorHelperLoose6(digits.split("")), _step2; !(_step2 = _iterator2()).done; ) {
    var digit = _step2.value;
    if (template.slice(position + 1).search(DIGIT_PLACEHOLDER_MATCHER) < 0) {
      return;
    }
    position = template.search(DIGIT_PLACEHOLDER_MATCHER);
    template = template.replace(DIGIT_PLACEHOLDER_MATCHER, digit);
  }
  return [template, position];
}

// ../node_modules/libphonenumber-js/es6/AsYouTypeFormatter.complete.js
function formatCompleteNumber(state, format, _ref) {
  var metadata = _ref.metadata, shouldTryNationalPrefixFormattingRule = _ref.shouldTryNationalPrefixFormattingRule, getSeparatorAfterNationalPrefix = _ref.getSeparatorAfterNationalPrefix;
  var matcher = new RegExp("^(?:".concat(format.pattern(), ")$"));
  if (matcher.test(state.nationalSignificantNumber)) {
    return formatNationalNumberWithAndWithoutNationalPrefixFormattingRule(state, format, {
      metadata,
      shouldTryNationalPrefixFormattingRule,
      getSeparatorAfterNationalPrefix
    });
  }
}
function canFormatCompleteNumber(nationalSignificantNumber, metadata) {
  return checkNumberLength(nationalSignificantNumber, void 0, metadata) === "IS_POSSIBLE";
}
function formatNationalNumberWithAndWithoutNationalPrefixFormattingRule(state, format, _ref2) {
  var metadata = _ref2.metadata, shouldTryNationalPrefixFormattingRule = _ref2.shouldTryNationalPrefixFormattingRule, getSeparatorAfterNationalPrefix = _ref2.getSeparatorAfterNationalPrefix;
  var nationalSignificantNumber = state.nationalSignificantNumber, international = state.international, nationalPrefix = state.nationalPrefix, carrierCode = state.carrierCode;
  if (shouldTryNationalPrefixFormattingRule(format)) {
    var formattedNumber = formatNationalNumber2(state, format, {
      useNationalPrefixFormattingRule: true,
      getSeparatorAfterNationalPrefix,
      metadata
    });
    if (formattedNumber) {
      return formattedNumber;
    }
  }
  return formatNationalNumber2(state, format, {
    useNationalPrefixFormattingRule: false,
    getSeparatorAfterNationalPrefix,
    metadata
  });
}
function formatNationalNumber2(state, format, _ref3) {
  var metadata = _ref3.metadata, useNationalPrefixFormattingRule = _ref3.useNationalPrefixFormattingRule, getSeparatorAfterNationalPrefix = _ref3.getSeparatorAfterNationalPrefix;
  var formattedNationalNumber = formatNationalNumberUsingFormat(state.nationalSignificantNumber, format, {
    carrierCode: state.carrierCode,
    useInternationalFormat: state.international,
    withNationalPrefix: useNationalPrefixFormattingRule,
    metadata
  });
  if (!useNationalPrefixFormattingRule) {
    if (state.nationalPrefix) {
      formattedNationalNumber = state.nationalPrefix + getSeparatorAfterNationalPrefix(format) + formattedNationalNumber;
    } else if (state.prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix) {
      formattedNationalNumber = state.prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix + " " + formattedNationalNumber;
    }
  }
  if (isValidFormattedNationalNumber(formattedNationalNumber, state)) {
    return formattedNationalNumber;
  }
}
function isValidFormattedNationalNumber(formattedNationalNumber, state) {
  return parseDigits(formattedNationalNumber) === state.getNationalDigits();
}

// ../node_modules/libphonenumber-js/es6/AsYouTypeFormatter.PatternParser.js
function _typeof8(o) {
  "@babel/helpers - typeof";
  return _typeof8 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof8(o);
}
function _classCallCheck5(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties5(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey8(o.key), o);
  }
}
function _createClass5(e, r, t) {
  return r && _defineProperties5(e.prototype, r), t && _defineProperties5(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey8(t) {
  var i = _toPrimitive8(t, "string");
  return "symbol" == _typeof8(i) ? i : i + "";
}
function _toPrimitive8(t, r) {
  if ("object" != _typeof8(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof8(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var PatternParser = /* @__PURE__ */ (function() {
  function PatternParser2() {
    _classCallCheck5(this, PatternParser2);
  }
  return _createClass5(PatternParser2, [{
    key: "parse",
    value: function parse3(pattern) {
      this.context = [{
        or: true,
        instructions: []
      }];
      this.parsePattern(pattern);
      if (this.context.length !== 1) {
        throw new Error("Non-finalized contexts left when pattern parse ended");
      }
      var _this$context$ = this.context[0], branches = _this$context$.branches, instructions = _this$context$.instructions;
      if (branches) {
        return {
          op: "|",
          args: branches.concat([expandSingleElementArray(instructions)])
        };
      }
      if (instructions.length === 0) {
        throw new Error("Pattern is required");
      }
      if (instructions.length === 1) {
        return instructions[0];
      }
      return instructions;
    }
  }, {
    key: "startContext",
    value: function startContext(context) {
      this.context.push(context);
    }
  }, {
    key: "endContext",
    value: function endContext() {
      this.context.pop();
    }
  }, {
    key: "getContext",
    value: function getContext() {
      return this.context[this.context.length - 1];
    }
  }, {
    key: "parsePattern",
    value: function parsePattern(pattern) {
      if (!pattern) {
        throw new Error("Pattern is required");
      }
      var match = pattern.match(OPERATOR);
      if (!match) {
        if (ILLEGAL_CHARACTER_REGEXP.test(pattern)) {
          throw new Error("Illegal characters found in a pattern: ".concat(pattern));
        }
        this.getContext().instructions = this.getContext().instructions.concat(pattern.split(""));
        return;
      }
      var operator = match[1];
      var before = pattern.slice(0, match.index);
      var rightPart = pattern.slice(match.index + operator.length);
      switch (operator) {
        case "(?:":
          if (before) {
            this.parsePattern(before);
          }
          this.startContext({
            or: true,
            instructions: [],
            branches: []
          });
          break;
        case ")":
          if (!this.getContext().or) {
            throw new Error('")" operator must be preceded by "(?:" operator');
          }
          if (before) {
            this.parsePattern(before);
          }
          if (this.getContext().instructions.length === 0) {
            throw new Error('No instructions found after "|" operator in an "or" group');
          }
          var _this$getContext = this.getContext(), branches = _this$getContext.branches;
          branches.push(expandSingleElementArray(this.getContext().instructions));
          this.endContext();
          this.getContext().instructions.push({
            op: "|",
            args: branches
          });
          break;
        case "|":
          if (!this.getContext().or) {
            throw new Error('"|" operator can only be used inside "or" groups');
          }
          if (before) {
            this.parsePattern(before);
          }
          if (!this.getContext().branches) {
            if (this.context.length === 1) {
              this.getContext().branches = [];
            } else {
              throw new Error('"branches" not found in an "or" group context');
            }
          }
          this.getContext().branches.push(expandSingleElementArray(this.getContext().instructions));
          this.getContext().instructions = [];
          break;
        case "[":
          if (before) {
            this.parsePattern(before);
          }
          this.startContext({
            oneOfSet: true
          });
          break;
        case "]":
          if (!this.getContext().oneOfSet) {
            throw new Error('"]" operator must be preceded by "[" operator');
          }
          this.endContext();
          this.getContext().instructions.push({
            op: "[]",
            args: parseOneOfSet(before)
          });
          break;
        /* istanbul ignore next */
        default:
          throw new Error("Unknown operator: ".concat(operator));
      }
      if (rightPart) {
        this.parsePattern(rightPart);
      }
    }
  }]);
})();
function parseOneOfSet(pattern) {
  var values = [];
  var i = 0;
  while (i < pattern.length) {
    if (pattern[i] === "-") {
      if (i === 0 || i === pattern.length - 1) {
        throw new Error("Couldn't parse a one-of set pattern: ".concat(pattern));
      }
      var prevValue = pattern[i - 1].charCodeAt(0) + 1;
      var nextValue = pattern[i + 1].charCodeAt(0) - 1;
      var value = prevValue;
      while (value <= nextValue) {
        values.push(String.fromCharCode(value));
        value++;
      }
    } else {
      values.push(pattern[i]);
    }
    i++;
  }
  return values;
}
var ILLEGAL_CHARACTER_REGEXP = /[\(\)\[\]\?\:\|]/;
var OPERATOR = new RegExp(
  // any of:
  "(\\||\\(\\?\\:|\\)|\\[|\\])"
);
function expandSingleElementArray(array) {
  if (array.length === 1) {
    return array[0];
  }
  return array;
}

// ../node_modules/libphonenumber-js/es6/AsYouTypeFormatter.PatternMatcher.js
function _createForOfIteratorHelperLoose7(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray8(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray8(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray8(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray8(r, a) : void 0;
  }
}
function _arrayLikeToArray8(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _typeof9(o) {
  "@babel/helpers - typeof";
  return _typeof9 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof9(o);
}
function _classCallCheck6(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties6(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey9(o.key), o);
  }
}
function _createClass6(e, r, t) {
  return r && _defineProperties6(e.prototype, r), t && _defineProperties6(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey9(t) {
  var i = _toPrimitive9(t, "string");
  return "symbol" == _typeof9(i) ? i : i + "";
}
function _toPrimitive9(t, r) {
  if ("object" != _typeof9(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof9(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var PatternMatcher = /* @__PURE__ */ (function() {
  function PatternMatcher2(pattern) {
    _classCallCheck6(this, PatternMatcher2);
    this.matchTree = new PatternParser().parse(pattern);
  }
  return _createClass6(PatternMatcher2, [{
    key: "match",
    value: function match(string) {
      var _ref = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}, allowOverflow = _ref.allowOverflow;
      if (!string) {
        throw new Error("String is required");
      }
      var result2 = _match(string.split(""), this.matchTree, true);
      if (result2 && result2.match) {
        delete result2.matchedChars;
      }
      if (result2 && result2.overflow) {
        if (!allowOverflow) {
          return;
        }
      }
      return result2;
    }
  }]);
})();
function _match(characters, tree, last) {
  if (typeof tree === "string") {
    var characterString = characters.join("");
    if (tree.indexOf(characterString) === 0) {
      if (characters.length === tree.length) {
        return {
          match: true,
          matchedChars: characters
        };
      }
      return {
        partialMatch: true
        // matchedChars: characters
      };
    }
    if (characterString.indexOf(tree) === 0) {
      if (last) {
        if (characters.length > tree.length) {
          return {
            overflow: true
          };
        }
      }
      return {
        match: true,
        matchedChars: characters.slice(0, tree.length)
      };
    }
    return;
  }
  if (Array.isArray(tree)) {
    var restCharacters = characters.slice();
    var i = 0;
    while (i < tree.length) {
      var subtree = tree[i];
      var result2 = _match(restCharacters, subtree, last && i === tree.length - 1);
      if (!result2) {
        return;
      } else if (result2.overflow) {
        return result2;
      } else if (result2.match) {
        restCharacters = restCharacters.slice(result2.matchedChars.length);
        if (restCharacters.length === 0) {
          if (i === tree.length - 1) {
            return {
              match: true,
              matchedChars: characters
            };
          } else {
            return {
              partialMatch: true
              // matchedChars: characters
            };
          }
        }
      } else {
        if (result2.partialMatch) {
          return {
            partialMatch: true
            // matchedChars: characters
          };
        } else {
          throw new Error("Unsupported match result:\n".concat(JSON.stringify(result2, null, 2)));
        }
      }
      i++;
    }
    if (last) {
      return {
        overflow: true
      };
    }
    return {
      match: true,
      matchedChars: characters.slice(0, characters.length - restCharacters.length)
    };
  }
  switch (tree.op) {
    case "|":
      var partialMatch;
      for (var _iterator = _createForOfIteratorHelperLoose7(tree.args), _step; !(_step = _iterator()).done; ) {
        var branch = _step.value;
        var _result = _match(characters, branch, last);
        if (_result) {
          if (_result.overflow) {
            return _result;
          } else if (_result.match) {
            return {
              match: true,
              matchedChars: _result.matchedChars
            };
          } else {
            if (_result.partialMatch) {
              partialMatch = true;
            } else {
              throw new Error("Unsupported match result:\n".concat(JSON.stringify(_result, null, 2)));
            }
          }
        }
      }
      if (partialMatch) {
        return {
          partialMatch: true
          // matchedChars: ...
        };
      }
      return;
    case "[]":
      for (var _iterator2 = _createForOfIteratorHelperLoose7(tree.args), _step2; !(_step2 = _iterator2()).done; ) {
        var _char = _step2.value;
        if (characters[0] === _char) {
          if (characters.length === 1) {
            return {
              match: true,
              matchedChars: characters
            };
          }
          if (last) {
            return {
              overflow: true
            };
          }
          return {
            match: true,
            matchedChars: [_char]
          };
        }
      }
      return;
    /* istanbul ignore next */
    default:
      throw new Error("Unsupported instruction tree: ".concat(tree));
  }
}

// ../node_modules/libphonenumber-js/es6/AsYouTypeFormatter.js
function _typeof10(o) {
  "@babel/helpers - typeof";
  return _typeof10 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof10(o);
}
function _createForOfIteratorHelperLoose8(r, e) {
  var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (t) return (t = t.call(r)).next.bind(t);
  if (Array.isArray(r) || (t = _unsupportedIterableToArray9(r)) || e && r && "number" == typeof r.length) {
    t && (r = t);
    var o = 0;
    return function() {
      return o >= r.length ? { done: true } : { done: false, value: r[o++] };
    };
  }
  throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray9(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray9(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray9(r, a) : void 0;
  }
}
function _arrayLikeToArray9(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _classCallCheck7(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties7(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey10(o.key), o);
  }
}
function _createClass7(e, r, t) {
  return r && _defineProperties7(e.prototype, r), t && _defineProperties7(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey10(t) {
  var i = _toPrimitive10(t, "string");
  return "symbol" == _typeof10(i) ? i : i + "";
}
function _toPrimitive10(t, r) {
  if ("object" != _typeof10(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof10(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var DUMMY_DIGIT = "9";
var LONGEST_NATIONAL_PHONE_NUMBER_LENGTH = 15;
var LONGEST_DUMMY_PHONE_NUMBER = repeat(DUMMY_DIGIT, LONGEST_NATIONAL_PHONE_NUMBER_LENGTH);
var NATIONAL_PREFIX_SEPARATORS_PATTERN = /[- ]/;
var SUPPORT_LEGACY_FORMATTING_PATTERNS = true;
var CREATE_CHARACTER_CLASS_PATTERN = SUPPORT_LEGACY_FORMATTING_PATTERNS && function() {
  return /\[([^\[\]])*\]/g;
};
var CREATE_STANDALONE_DIGIT_PATTERN = SUPPORT_LEGACY_FORMATTING_PATTERNS && function() {
  return /\d(?=[^,}][^,}])/g;
};
var NON_ALTERING_FORMAT_REG_EXP = new RegExp("[" + VALID_PUNCTUATION + "]*\\$1[" + VALID_PUNCTUATION + "]*(\\$\\d[" + VALID_PUNCTUATION + "]*)*$");
var MIN_LEADING_DIGITS_LENGTH = 3;
var AsYouTypeFormatter = /* @__PURE__ */ (function() {
  function AsYouTypeFormatter2(_ref) {
    var state = _ref.state, metadata = _ref.metadata;
    _classCallCheck7(this, AsYouTypeFormatter2);
    this.metadata = metadata;
    this.resetFormat();
  }
  return _createClass7(AsYouTypeFormatter2, [{
    key: "resetFormat",
    value: function resetFormat() {
      this.chosenFormat = void 0;
      this.template = void 0;
      this.nationalNumberTemplate = void 0;
      this.populatedNationalNumberTemplate = void 0;
      this.populatedNationalNumberTemplatePosition = -1;
    }
  }, {
    key: "reset",
    value: function reset(numberingPlan, state) {
      this.resetFormat();
      if (numberingPlan) {
        this.isNANP = numberingPlan.callingCode() === "1";
        this.matchingFormats = numberingPlan.formats();
        if (state.nationalSignificantNumber) {
          this.narrowDownMatchingFormats(state);
        }
      } else {
        this.isNANP = void 0;
        this.matchingFormats = [];
      }
    }
    /**
     * Formats an updated phone number.
     * @param  {string} nextDigits — Additional phone number digits.
     * @param  {object} state — `AsYouType` state.
     * @return {[string]} Returns undefined if the updated phone number can't be formatted using any of the available formats.
     */
  }, {
    key: "format",
    value: function format(nextDigits, state) {
      var _this = this;
      if (canFormatCompleteNumber(state.nationalSignificantNumber, this.metadata)) {
        for (var _iterator = _createForOfIteratorHelperLoose8(this.matchingFormats), _step; !(_step = _iterator()).done; ) {
          var _format = _step.value;
          var formattedCompleteNumber = formatCompleteNumber(state, _format, {
            metadata: this.metadata,
            shouldTryNationalPrefixFormattingRule: function shouldTryNationalPrefixFormattingRule(format2) {
              return _this.shouldTryNationalPrefixFormattingRule(format2, {
                international: state.international,
                nationalPrefix: state.nationalPrefix
              });
            },
            getSeparatorAfterNationalPrefix: function getSeparatorAfterNationalPrefix(format2) {
              return _this.getSeparatorAfterNationalPrefix(format2);
            }
          });
          if (formattedCompleteNumber) {
            this.resetFormat();
            this.chosenFormat = _format;
            this.setNationalNumberTemplate(formattedCompleteNumber.replace(/\d/g, DIGIT_PLACEHOLDER), state);
            this.populatedNationalNumberTemplate = formattedCompleteNumber;
            this.populatedNationalNumberTemplatePosition = this.template.lastIndexOf(DIGIT_PLACEHOLDER);
            return formattedCompleteNumber;
          }
        }
      }
      return this.formatNationalNumberWithNextDigits(nextDigits, state);
    }
    // Formats the next phone number digits.
  }, {
    key: "formatNationalNumberWithNextDigits",
    value: function formatNationalNumberWithNextDigits(nextDigits, state) {
      var previouslyChosenFormat = this.chosenFormat;
      var newlyChosenFormat = this.chooseFormat(state);
      if (newlyChosenFormat) {
        if (newlyChosenFormat === previouslyChosenFormat) {
          return this.formatNextNationalNumberDigits(nextDigits);
        } else {
          return this.formatNextNationalNumberDigits(state.getNationalDigits());
        }
      }
    }
  }, {
    key: "narrowDownMatchingFormats",
    value: function narrowDownMatchingFormats(_ref2) {
      var _this2 = this;
      var nationalSignificantNumber = _ref2.nationalSignificantNumber, nationalPrefix = _ref2.nationalPrefix, international = _ref2.international;
      var leadingDigits = nationalSignificantNumber;
      var leadingDigitsPatternIndex = leadingDigits.length - MIN_LEADING_DIGITS_LENGTH;
      if (leadingDigitsPatternIndex < 0) {
        leadingDigitsPatternIndex = 0;
      }
      this.matchingFormats = this.matchingFormats.filter(function(format) {
        return _this2.formatSuits(format, international, nationalPrefix) && _this2.formatMatches(format, leadingDigits, leadingDigitsPatternIndex);
      });
      if (this.chosenFormat && this.matchingFormats.indexOf(this.chosenFormat) === -1) {
        this.resetFormat();
      }
    }
  }, {
    key: "formatSuits",
    value: function formatSuits(format, international, nationalPrefix) {
      if (nationalPrefix && !format.usesNationalPrefix() && // !format.domesticCarrierCodeFormattingRule() &&
      !format.nationalPrefixIsOptionalWhenFormattingInNationalFormat()) {
        return false;
      }
      if (!international && !nationalPrefix && format.nationalPrefixIsMandatoryWhenFormattingInNationalFormat()) {
        return false;
      }
      return true;
    }
  }, {
    key: "formatMatches",
    value: function formatMatches(format, leadingDigits, leadingDigitsPatternIndex) {
      var leadingDigitsPatternsCount = format.leadingDigitsPatterns().length;
      if (leadingDigitsPatternsCount === 0) {
        return true;
      }
      leadingDigitsPatternIndex = Math.min(leadingDigitsPatternIndex, leadingDigitsPatternsCount - 1);
      var leadingDigitsPattern = format.leadingDigitsPatterns()[leadingDigitsPatternIndex];
      if (leadingDigits.length < MIN_LEADING_DIGITS_LENGTH) {
        try {
          return new PatternMatcher(leadingDigitsPattern).match(leadingDigits, {
            allowOverflow: true
          }) !== void 0;
        } catch (error) {
          console.error(error);
          return true;
        }
      }
      return new RegExp("^(".concat(leadingDigitsPattern, ")")).test(leadingDigits);
    }
  }, {
    key: "getFormatFormat",
    value: function getFormatFormat(format, international) {
      return international ? format.internationalFormat() : format.format();
    }
  }, {
    key: "chooseFormat",
    value: function chooseFormat(state) {
      var _this3 = this;
      var _loop = function _loop2() {
        var format = _step2.value;
        if (_this3.chosenFormat === format) {
          return 0;
        }
        if (!NON_ALTERING_FORMAT_REG_EXP.test(_this3.getFormatFormat(format, state.international))) {
          return 1;
        }
        if (!_this3.createTemplateForFormat(format, state)) {
          _this3.matchingFormats = _this3.matchingFormats.filter(function(_) {
            return _ !== format;
          });
          return 1;
        }
        _this3.chosenFormat = format;
        return 0;
      }, _ret;
      for (var _iterator2 = _createForOfIteratorHelperLoose8(this.matchingFormats.slice()), _step2; !(_step2 = _iterator2()).done; ) {
        _ret = _loop();
        if (_ret === 0) break;
        if (_ret === 1) continue;
      }
      if (!this.chosenFormat) {
        this.resetFormat();
      }
      return this.chosenFormat;
    }
  }, {
    key: "createTemplateForFormat",
    value: function createTemplateForFormat(format, state) {
      if (SUPPORT_LEGACY_FORMATTING_PATTERNS && format.pattern().indexOf("|") >= 0) {
        return;
      }
      var template = this.getTemplateForFormat(format, state);
      if (template) {
        this.setNationalNumberTemplate(template, state);
        return true;
      }
    }
  }, {
    key: "getSeparatorAfterNationalPrefix",
    value: function getSeparatorAfterNationalPrefix(format) {
      if (this.isNANP) {
        return " ";
      }
      if (format && format.nationalPrefixFormattingRule() && NATIONAL_PREFIX_SEPARATORS_PATTERN.test(format.nationalPrefixFormattingRule())) {
        return " ";
      }
      return "";
    }
  }, {
    key: "getInternationalPrefixBeforeCountryCallingCode",
    value: function getInternationalPrefixBeforeCountryCallingCode(_ref3, options) {
      var IDDPrefix = _ref3.IDDPrefix, missingPlus = _ref3.missingPlus;
      if (IDDPrefix) {
        return options && options.spacing === false ? IDDPrefix : IDDPrefix + " ";
      }
      if (missingPlus) {
        return "";
      }
      return "+";
    }
  }, {
    key: "getTemplate",
    value: function getTemplate(state) {
      if (!this.template) {
        return;
      }
      var index12 = -1;
      var i = 0;
      var internationalPrefix = state.international ? this.getInternationalPrefixBeforeCountryCallingCode(state, {
        spacing: false
      }) : "";
      while (i < internationalPrefix.length + state.getDigitsWithoutInternationalPrefix().length) {
        index12 = this.template.indexOf(DIGIT_PLACEHOLDER, index12 + 1);
        i++;
      }
      return cutAndStripNonPairedParens(this.template, index12 + 1);
    }
  }, {
    key: "setNationalNumberTemplate",
    value: function setNationalNumberTemplate(template, state) {
      this.nationalNumberTemplate = template;
      this.populatedNationalNumberTemplate = template;
      this.populatedNationalNumberTemplatePosition = -1;
      if (state.international) {
        this.template = this.getInternationalPrefixBeforeCountryCallingCode(state).replace(/[\d\+]/g, DIGIT_PLACEHOLDER) + repeat(DIGIT_PLACEHOLDER, state.callingCode.length) + " " + template;
      } else {
        this.template = template;
      }
    }
    /**
     * Generates formatting template for a national phone number,
     * optionally containing a national prefix, for a format.
     * @param  {Format} format
     * @param  {string} nationalPrefix
     * @return {string}
     */
  }, {
    key: "getTemplateForFormat",
    value: function getTemplateForFormat(format, _ref4) {
      var nationalSignificantNumber = _ref4.nationalSignificantNumber, international = _ref4.international, nationalPrefix = _ref4.nationalPrefix, prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix = _ref4.prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix;
      var pattern = format.pattern();
      if (SUPPORT_LEGACY_FORMATTING_PATTERNS) {
        pattern = pattern.replace(CREATE_CHARACTER_CLASS_PATTERN(), "\\d").replace(CREATE_STANDALONE_DIGIT_PATTERN(), "\\d");
      }
      var digits = LONGEST_DUMMY_PHONE_NUMBER.match(pattern)[0];
      if (nationalSignificantNumber.length > digits.length) {
        return;
      }
      var strictPattern = new RegExp("^" + pattern + "$");
      var nationalNumberDummyDigits = nationalSignificantNumber.replace(/\d/g, DUMMY_DIGIT);
      if (strictPattern.test(nationalNumberDummyDigits)) {
        digits = nationalNumberDummyDigits;
      }
      var numberFormat = this.getFormatFormat(format, international);
      var nationalPrefixIncludedInTemplate;
      if (this.shouldTryNationalPrefixFormattingRule(format, {
        international,
        nationalPrefix
      })) {
        var numberFormatWithNationalPrefix = numberFormat.replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule());
        if (parseDigits(format.nationalPrefixFormattingRule()) === (nationalPrefix || "") + parseDigits("$1")) {
          numberFormat = numberFormatWithNationalPrefix;
          nationalPrefixIncludedInTemplate = true;
          if (nationalPrefix) {
            var i = nationalPrefix.length;
            while (i > 0) {
              numberFormat = numberFormat.replace(/\d/, DIGIT_PLACEHOLDER);
              i--;
            }
          }
        }
      }
      var template = digits.replace(new RegExp(pattern), numberFormat).replace(new RegExp(DUMMY_DIGIT, "g"), DIGIT_PLACEHOLDER);
      if (!nationalPrefixIncludedInTemplate) {
        if (prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix) {
          template = repeat(DIGIT_PLACEHOLDER, prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix.length) + " " + template;
        } else if (nationalPrefix) {
          template = repeat(DIGIT_PLACEHOLDER, nationalPrefix.length) + this.getSeparatorAfterNationalPrefix(format) + template;
        }
      }
      if (international) {
        template = applyInternationalSeparatorStyle(template);
      }
      return template;
    }
  }, {
    key: "formatNextNationalNumberDigits",
    value: function formatNextNationalNumberDigits(digits) {
      var result2 = populateTemplateWithDigits(this.populatedNationalNumberTemplate, this.populatedNationalNumberTemplatePosition, digits);
      if (!result2) {
        this.resetFormat();
        return;
      }
      this.populatedNationalNumberTemplate = result2[0];
      this.populatedNationalNumberTemplatePosition = result2[1];
      return cutAndStripNonPairedParens(this.populatedNationalNumberTemplate, this.populatedNationalNumberTemplatePosition + 1);
    }
  }, {
    key: "shouldTryNationalPrefixFormattingRule",
    value: function shouldTryNationalPrefixFormattingRule(format, _ref5) {
      var international = _ref5.international, nationalPrefix = _ref5.nationalPrefix;
      if (format.nationalPrefixFormattingRule()) {
        var usesNationalPrefix = format.usesNationalPrefix();
        if (usesNationalPrefix && nationalPrefix || !usesNationalPrefix && !international) {
          return true;
        }
      }
    }
  }]);
})();

// ../node_modules/libphonenumber-js/es6/AsYouTypeParser.js
function _typeof11(o) {
  "@babel/helpers - typeof";
  return _typeof11 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof11(o);
}
function _slicedToArray2(r, e) {
  return _arrayWithHoles2(r) || _iterableToArrayLimit2(r, e) || _unsupportedIterableToArray10(r, e) || _nonIterableRest2();
}
function _nonIterableRest2() {
  throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray10(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray10(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray10(r, a) : void 0;
  }
}
function _arrayLikeToArray10(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit2(r, l) {
  var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (null != t) {
    var e, n, i, u, a = [], f = true, o = false;
    try {
      if (i = (t = t.call(r)).next, 0 === l) {
        if (Object(t) !== t) return;
        f = false;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
    } catch (r2) {
      o = true, n = r2;
    } finally {
      try {
        if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles2(r) {
  if (Array.isArray(r)) return r;
}
function _classCallCheck8(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties8(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey11(o.key), o);
  }
}
function _createClass8(e, r, t) {
  return r && _defineProperties8(e.prototype, r), t && _defineProperties8(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey11(t) {
  var i = _toPrimitive11(t, "string");
  return "symbol" == _typeof11(i) ? i : i + "";
}
function _toPrimitive11(t, r) {
  if ("object" != _typeof11(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof11(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var VALID_FORMATTED_PHONE_NUMBER_DIGITS_PART = "[" + VALID_PUNCTUATION + VALID_DIGITS + "]+";
var VALID_FORMATTED_PHONE_NUMBER_DIGITS_PART_PATTERN = new RegExp("^" + VALID_FORMATTED_PHONE_NUMBER_DIGITS_PART + "$", "i");
var VALID_FORMATTED_PHONE_NUMBER_PART = "(?:[" + PLUS_CHARS + "][" + VALID_PUNCTUATION + VALID_DIGITS + "]*|[" + VALID_PUNCTUATION + VALID_DIGITS + "]+)";
var AFTER_PHONE_NUMBER_DIGITS_END_PATTERN = new RegExp("[^" + VALID_PUNCTUATION + VALID_DIGITS + "]+.*$");
var COMPLEX_NATIONAL_PREFIX = /[^\d\[\]]/;
var AsYouTypeParser = /* @__PURE__ */ (function() {
  function AsYouTypeParser2(_ref) {
    var defaultCountry = _ref.defaultCountry, defaultCallingCode = _ref.defaultCallingCode, metadata = _ref.metadata, onNationalSignificantNumberChange = _ref.onNationalSignificantNumberChange;
    _classCallCheck8(this, AsYouTypeParser2);
    this.defaultCountry = defaultCountry;
    this.defaultCallingCode = defaultCallingCode;
    this.metadata = metadata;
    this.onNationalSignificantNumberChange = onNationalSignificantNumberChange;
  }
  return _createClass8(AsYouTypeParser2, [{
    key: "input",
    value: function input2(text14, state) {
      var _extractFormattedDigi = extractFormattedDigitsAndPlus(text14), _extractFormattedDigi2 = _slicedToArray2(_extractFormattedDigi, 2), formattedDigits = _extractFormattedDigi2[0], hasPlus = _extractFormattedDigi2[1];
      var digits = parseDigits(formattedDigits);
      var justLeadingPlus;
      if (hasPlus) {
        if (!state.digits) {
          state.startInternationalNumber(void 0, void 0);
          if (!digits) {
            justLeadingPlus = true;
          }
        }
      }
      if (digits) {
        this.inputDigits(digits, state);
      }
      return {
        digits,
        justLeadingPlus
      };
    }
    /**
     * Inputs "next" phone number digits.
     * @param  {string} digits
     * @return {string} [formattedNumber] Formatted national phone number (if it can be formatted at this stage). Returning `undefined` means "don't format the national phone number at this stage".
     */
  }, {
    key: "inputDigits",
    value: function inputDigits(nextDigits, state) {
      var digits = state.digits;
      var hasReceivedThreeLeadingDigits = digits.length < 3 && digits.length + nextDigits.length >= 3;
      state.appendDigits(nextDigits);
      if (hasReceivedThreeLeadingDigits) {
        this.extractIddPrefix(state);
      }
      if (this.isWaitingForCountryCallingCode(state)) {
        if (!this.extractCountryCallingCode(state)) {
          return;
        }
      } else {
        state.appendNationalSignificantNumberDigits(nextDigits);
      }
      if (!state.international) {
        if (!this.hasExtractedNationalSignificantNumber) {
          this.extractNationalSignificantNumber(state.getNationalDigits(), function(stateUpdate) {
            return state.update(stateUpdate);
          });
        }
      }
    }
  }, {
    key: "isWaitingForCountryCallingCode",
    value: function isWaitingForCountryCallingCode(_ref2) {
      var international = _ref2.international, callingCode = _ref2.callingCode;
      return international && !callingCode;
    }
    // Extracts a country calling code from a number
    // being entered in internatonal format.
  }, {
    key: "extractCountryCallingCode",
    value: function extractCountryCallingCode2(state) {
      var _extractCountryCallin = extractCountryCallingCode("+" + state.getDigitsWithoutInternationalPrefix(), state.country, this.defaultCountry, this.defaultCallingCode, this.metadata.metadata), countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
      if (countryCallingCode) {
        state.setCallingCode(countryCallingCode);
        state.update({
          nationalSignificantNumber: number
        });
        return true;
      }
    }
  }, {
    key: "reset",
    value: function reset(numberingPlan) {
      if (numberingPlan) {
        this.hasSelectedNumberingPlan = true;
        var nationalPrefixForParsing = numberingPlan._nationalPrefixForParsing();
        this.couldPossiblyExtractAnotherNationalSignificantNumber = nationalPrefixForParsing && COMPLEX_NATIONAL_PREFIX.test(nationalPrefixForParsing);
      } else {
        this.hasSelectedNumberingPlan = void 0;
        this.couldPossiblyExtractAnotherNationalSignificantNumber = void 0;
      }
    }
    /**
     * Extracts a national (significant) number from user input.
     * Google's library is different in that it only applies `national_prefix_for_parsing`
     * and doesn't apply `national_prefix_transform_rule` after that.
     * https://github.com/google/libphonenumber/blob/a3d70b0487875475e6ad659af404943211d26456/java/libphonenumber/src/com/google/i18n/phonenumbers/AsYouTypeFormatter.java#L539
     * @return {boolean} [extracted]
     */
  }, {
    key: "extractNationalSignificantNumber",
    value: function extractNationalSignificantNumber(nationalDigits, setState) {
      if (!this.hasSelectedNumberingPlan) {
        return;
      }
      var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(nationalDigits, this.metadata), nationalPrefix = _extractNationalNumbe.nationalPrefix, nationalNumber = _extractNationalNumbe.nationalNumber, carrierCode = _extractNationalNumbe.carrierCode;
      if (nationalNumber === nationalDigits) {
        return;
      }
      this.onExtractedNationalNumber(nationalPrefix, carrierCode, nationalNumber, nationalDigits, setState);
      return true;
    }
    /**
     * In Google's code this function is called "attempt to extract longer NDD".
     * "Some national prefixes are a substring of others", they say.
     * @return {boolean} [result] — Returns `true` if extracting a national prefix produced different results from what they were.
     */
  }, {
    key: "extractAnotherNationalSignificantNumber",
    value: function extractAnotherNationalSignificantNumber(nationalDigits, prevNationalSignificantNumber, setState) {
      if (!this.hasExtractedNationalSignificantNumber) {
        return this.extractNationalSignificantNumber(nationalDigits, setState);
      }
      if (!this.couldPossiblyExtractAnotherNationalSignificantNumber) {
        return;
      }
      var _extractNationalNumbe2 = extractNationalNumberFromPossiblyIncompleteNumber(nationalDigits, this.metadata), nationalPrefix = _extractNationalNumbe2.nationalPrefix, nationalNumber = _extractNationalNumbe2.nationalNumber, carrierCode = _extractNationalNumbe2.carrierCode;
      if (nationalNumber === prevNationalSignificantNumber) {
        return;
      }
      this.onExtractedNationalNumber(nationalPrefix, carrierCode, nationalNumber, nationalDigits, setState);
      return true;
    }
  }, {
    key: "onExtractedNationalNumber",
    value: function onExtractedNationalNumber(nationalPrefix, carrierCode, nationalSignificantNumber, nationalDigits, setState) {
      var nationalSignificantNumberIsModified = false;
      var prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix;
      var nationalSignificantNumberIndex = nationalDigits.lastIndexOf(nationalSignificantNumber);
      if (nationalSignificantNumberIndex < 0 || nationalSignificantNumberIndex !== nationalDigits.length - nationalSignificantNumber.length) {
        nationalSignificantNumberIsModified = true;
      } else {
        var prefixBeforeNationalNumber = nationalDigits.slice(0, nationalSignificantNumberIndex);
        if (prefixBeforeNationalNumber) {
          if (prefixBeforeNationalNumber !== nationalPrefix) {
            prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix = prefixBeforeNationalNumber;
          }
        }
      }
      setState({
        nationalPrefix,
        carrierCode,
        nationalSignificantNumber,
        nationalSignificantNumberIsModified,
        prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix
      });
      this.hasExtractedNationalSignificantNumber = true;
      this.onNationalSignificantNumberChange();
    }
  }, {
    key: "reExtractNationalSignificantNumber",
    value: function reExtractNationalSignificantNumber(state) {
      if (this.extractAnotherNationalSignificantNumber(state.getNationalDigits(), state.nationalSignificantNumber, function(stateUpdate) {
        return state.update(stateUpdate);
      })) {
        return true;
      }
      if (this.extractIddPrefix(state)) {
        this.extractCallingCodeAndNationalSignificantNumber(state);
        return true;
      }
      if (this.fixMissingPlus(state)) {
        this.extractCallingCodeAndNationalSignificantNumber(state);
        return true;
      }
    }
  }, {
    key: "extractIddPrefix",
    value: function extractIddPrefix(state) {
      var international = state.international, IDDPrefix = state.IDDPrefix, digits = state.digits, nationalSignificantNumber = state.nationalSignificantNumber;
      if (international || IDDPrefix) {
        return;
      }
      var numberWithoutIDD = stripIddPrefix(digits, this.defaultCountry, this.defaultCallingCode, this.metadata.metadata);
      if (numberWithoutIDD !== void 0 && numberWithoutIDD !== digits) {
        state.update({
          IDDPrefix: digits.slice(0, digits.length - numberWithoutIDD.length)
        });
        this.startInternationalNumber(state, {
          country: void 0,
          callingCode: void 0
        });
        return true;
      }
    }
  }, {
    key: "fixMissingPlus",
    value: function fixMissingPlus(state) {
      if (!state.international) {
        var _extractCountryCallin2 = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(state.digits, state.country, this.defaultCountry, this.defaultCallingCode, this.metadata.metadata), newCallingCode = _extractCountryCallin2.countryCallingCode;
        if (newCallingCode) {
          state.update({
            missingPlus: true
          });
          this.startInternationalNumber(state, {
            country: state.country,
            callingCode: newCallingCode
          });
          return true;
        }
      }
    }
  }, {
    key: "startInternationalNumber",
    value: function startInternationalNumber(state, _ref3) {
      var country = _ref3.country, callingCode = _ref3.callingCode;
      state.startInternationalNumber(country, callingCode);
      if (state.nationalSignificantNumber) {
        state.resetNationalSignificantNumber();
        this.onNationalSignificantNumberChange();
        this.hasExtractedNationalSignificantNumber = void 0;
      }
    }
  }, {
    key: "extractCallingCodeAndNationalSignificantNumber",
    value: function extractCallingCodeAndNationalSignificantNumber(state) {
      if (this.extractCountryCallingCode(state)) {
        this.extractNationalSignificantNumber(state.getNationalDigits(), function(stateUpdate) {
          return state.update(stateUpdate);
        });
      }
    }
  }]);
})();
function extractFormattedPhoneNumber(text14) {
  var startsAt = text14.search(VALID_FORMATTED_PHONE_NUMBER_PART);
  if (startsAt < 0) {
    return;
  }
  text14 = text14.slice(startsAt);
  var hasPlus;
  if (text14[0] === "+") {
    hasPlus = true;
    text14 = text14.slice("+".length);
  }
  text14 = text14.replace(AFTER_PHONE_NUMBER_DIGITS_END_PATTERN, "");
  if (hasPlus) {
    text14 = "+" + text14;
  }
  return text14;
}
function _extractFormattedDigitsAndPlus(text14) {
  var extractedNumber = extractFormattedPhoneNumber(text14) || "";
  if (extractedNumber[0] === "+") {
    return [extractedNumber.slice("+".length), true];
  }
  return [extractedNumber];
}
function extractFormattedDigitsAndPlus(text14) {
  var _extractFormattedDigi3 = _extractFormattedDigitsAndPlus(text14), _extractFormattedDigi4 = _slicedToArray2(_extractFormattedDigi3, 2), formattedDigits = _extractFormattedDigi4[0], hasPlus = _extractFormattedDigi4[1];
  if (!VALID_FORMATTED_PHONE_NUMBER_DIGITS_PART_PATTERN.test(formattedDigits)) {
    formattedDigits = "";
  }
  return [formattedDigits, hasPlus];
}

// ../node_modules/libphonenumber-js/es6/AsYouType.js
function _typeof12(o) {
  "@babel/helpers - typeof";
  return _typeof12 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof12(o);
}
function _slicedToArray3(r, e) {
  return _arrayWithHoles3(r) || _iterableToArrayLimit3(r, e) || _unsupportedIterableToArray11(r, e) || _nonIterableRest3();
}
function _nonIterableRest3() {
  throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray11(r, a) {
  if (r) {
    if ("string" == typeof r) return _arrayLikeToArray11(r, a);
    var t = {}.toString.call(r).slice(8, -1);
    return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray11(r, a) : void 0;
  }
}
function _arrayLikeToArray11(r, a) {
  (null == a || a > r.length) && (a = r.length);
  for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
  return n;
}
function _iterableToArrayLimit3(r, l) {
  var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
  if (null != t) {
    var e, n, i, u, a = [], f = true, o = false;
    try {
      if (i = (t = t.call(r)).next, 0 === l) {
        if (Object(t) !== t) return;
        f = false;
      } else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = true) ;
    } catch (r2) {
      o = true, n = r2;
    } finally {
      try {
        if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
      } finally {
        if (o) throw n;
      }
    }
    return a;
  }
}
function _arrayWithHoles3(r) {
  if (Array.isArray(r)) return r;
}
function _classCallCheck9(a, n) {
  if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties9(e, r) {
  for (var t = 0; t < r.length; t++) {
    var o = r[t];
    o.enumerable = o.enumerable || false, o.configurable = true, "value" in o && (o.writable = true), Object.defineProperty(e, _toPropertyKey12(o.key), o);
  }
}
function _createClass9(e, r, t) {
  return r && _defineProperties9(e.prototype, r), t && _defineProperties9(e, t), Object.defineProperty(e, "prototype", { writable: false }), e;
}
function _toPropertyKey12(t) {
  var i = _toPrimitive12(t, "string");
  return "symbol" == _typeof12(i) ? i : i + "";
}
function _toPrimitive12(t, r) {
  if ("object" != _typeof12(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof12(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
var USE_NON_GEOGRAPHIC_COUNTRY_CODE4 = false;
var AsYouType = /* @__PURE__ */ (function() {
  function AsYouType3(optionsOrDefaultCountry, metadata) {
    _classCallCheck9(this, AsYouType3);
    this.metadata = new Metadata(metadata);
    var _this$getCountryAndCa = this.getCountryAndCallingCode(optionsOrDefaultCountry), _this$getCountryAndCa2 = _slicedToArray3(_this$getCountryAndCa, 2), defaultCountry = _this$getCountryAndCa2[0], defaultCallingCode = _this$getCountryAndCa2[1];
    this.defaultCountry = defaultCountry;
    this.defaultCallingCode = defaultCallingCode;
    this.reset();
  }
  return _createClass9(AsYouType3, [{
    key: "getCountryAndCallingCode",
    value: function getCountryAndCallingCode(optionsOrDefaultCountry) {
      var defaultCountry;
      var defaultCallingCode;
      if (optionsOrDefaultCountry) {
        if (isObject(optionsOrDefaultCountry)) {
          defaultCountry = optionsOrDefaultCountry.defaultCountry;
          defaultCallingCode = optionsOrDefaultCountry.defaultCallingCode;
        } else {
          defaultCountry = optionsOrDefaultCountry;
        }
      }
      if (defaultCountry && !this.metadata.hasCountry(defaultCountry)) {
        defaultCountry = void 0;
      }
      if (defaultCallingCode) {
        if (USE_NON_GEOGRAPHIC_COUNTRY_CODE4) {
          if (this.metadata.isNonGeographicCallingCode(defaultCallingCode)) {
            defaultCountry = "001";
          }
        }
      }
      return [defaultCountry, defaultCallingCode];
    }
    /**
     * Inputs "next" phone number characters.
     * @param  {string} text
     * @return {string} Formatted phone number characters that have been input so far.
     */
  }, {
    key: "input",
    value: function input2(text14) {
      var _this$parser$input = this.parser.input(text14, this.state), digits = _this$parser$input.digits, justLeadingPlus = _this$parser$input.justLeadingPlus;
      if (justLeadingPlus) {
        this.formattedOutput = "+";
      } else if (digits) {
        this.determineTheCountryIfNeeded();
        if (this.state.nationalSignificantNumber) {
          this.formatter.narrowDownMatchingFormats(this.state);
        }
        var formattedNationalNumber;
        if (this.metadata.hasSelectedNumberingPlan()) {
          formattedNationalNumber = this.formatter.format(digits, this.state);
        }
        if (formattedNationalNumber === void 0) {
          if (this.parser.reExtractNationalSignificantNumber(this.state)) {
            this.determineTheCountryIfNeeded();
            var nationalDigits = this.state.getNationalDigits();
            if (nationalDigits) {
              formattedNationalNumber = this.formatter.format(nationalDigits, this.state);
            }
          }
        }
        this.formattedOutput = formattedNationalNumber ? this.getFullNumber(formattedNationalNumber) : this.getNonFormattedNumber();
      }
      return this.formattedOutput;
    }
  }, {
    key: "reset",
    value: function reset() {
      var _this = this;
      this.state = new AsYouTypeState({
        onCountryChange: function onCountryChange(country) {
          _this.country = country;
        },
        onCallingCodeChange: function onCallingCodeChange(callingCode, country) {
          _this.metadata.selectNumberingPlan(country || callingCode);
          _this.formatter.reset(_this.metadata.numberingPlan, _this.state);
          _this.parser.reset(_this.metadata.numberingPlan);
        }
      });
      this.formatter = new AsYouTypeFormatter({
        state: this.state,
        metadata: this.metadata
      });
      this.parser = new AsYouTypeParser({
        defaultCountry: this.defaultCountry,
        defaultCallingCode: this.defaultCallingCode,
        metadata: this.metadata,
        state: this.state,
        onNationalSignificantNumberChange: function onNationalSignificantNumberChange() {
          _this.determineTheCountryIfNeeded();
          _this.formatter.reset(_this.metadata.numberingPlan, _this.state);
        }
      });
      this.state.reset({
        country: this.defaultCountry,
        callingCode: this.defaultCallingCode
      });
      this.formattedOutput = "";
      return this;
    }
    /**
     * Returns `true` if the phone number is being input in international format.
     * In other words, returns `true` if and only if the parsed phone number starts with a `"+"`.
     * @return {boolean}
     */
  }, {
    key: "isInternational",
    value: function isInternational() {
      return this.state.international;
    }
    /**
     * Returns the "calling code" part of the phone number when it's being input
     * in an international format.
     * If no valid calling code has been entered so far, returns `undefined`.
     * @return {string} [callingCode]
     */
  }, {
    key: "getCallingCode",
    value: function getCallingCode() {
      if (this.isInternational()) {
        return this.state.callingCode;
      }
    }
    // A legacy alias.
  }, {
    key: "getCountryCallingCode",
    value: function getCountryCallingCode3() {
      return this.getCallingCode();
    }
    /**
     * Returns a two-letter country code of the phone number.
     * Returns `undefined` for "non-geographic" phone numbering plans.
     * Returns `undefined` if no phone number has been input yet.
     * @return {string} [country]
     */
  }, {
    key: "getCountry",
    value: function getCountry() {
      var digits = this.state.digits;
      if (digits) {
        return this._getCountry();
      }
    }
    /**
     * Returns a two-letter country code of the phone number.
     * Returns `undefined` for "non-geographic" phone numbering plans.
     * @return {string} [country]
     */
  }, {
    key: "_getCountry",
    value: function _getCountry() {
      var country = this.state.country;
      if (USE_NON_GEOGRAPHIC_COUNTRY_CODE4) {
        if (country === "001") {
          return;
        }
      }
      return country;
    }
  }, {
    key: "determineTheCountryIfNeeded",
    value: function determineTheCountryIfNeeded() {
      if (!this.state.country || this.isCountryCallingCodeAmbiguous()) {
        this.determineTheCountry();
      }
    }
    // Prepends `+CountryCode ` in case of an international phone number
  }, {
    key: "getFullNumber",
    value: function getFullNumber(formattedNationalNumber) {
      var _this2 = this;
      if (this.isInternational()) {
        var prefix = function prefix2(text14) {
          return _this2.formatter.getInternationalPrefixBeforeCountryCallingCode(_this2.state, {
            spacing: text14 ? true : false
          }) + text14;
        };
        var callingCode = this.state.callingCode;
        if (!callingCode) {
          return prefix("".concat(this.state.getDigitsWithoutInternationalPrefix()));
        }
        if (!formattedNationalNumber) {
          return prefix(callingCode);
        }
        return prefix("".concat(callingCode, " ").concat(formattedNationalNumber));
      }
      return formattedNationalNumber;
    }
  }, {
    key: "getNonFormattedNationalNumberWithPrefix",
    value: function getNonFormattedNationalNumberWithPrefix() {
      var _this$state = this.state, nationalSignificantNumber = _this$state.nationalSignificantNumber, prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix = _this$state.prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix, nationalPrefix = _this$state.nationalPrefix;
      var number = nationalSignificantNumber;
      var prefix = prefixBeforeNationalSignificantNumberThatIsNotNationalPrefix || nationalPrefix;
      if (prefix) {
        number = prefix + number;
      }
      return number;
    }
  }, {
    key: "getNonFormattedNumber",
    value: function getNonFormattedNumber() {
      var nationalSignificantNumberIsModified = this.state.nationalSignificantNumberIsModified;
      return this.getFullNumber(nationalSignificantNumberIsModified ? this.state.getNationalDigits() : this.getNonFormattedNationalNumberWithPrefix());
    }
  }, {
    key: "getNonFormattedTemplate",
    value: function getNonFormattedTemplate() {
      var number = this.getNonFormattedNumber();
      if (number) {
        return number.replace(/[\+\d]/g, DIGIT_PLACEHOLDER);
      }
    }
  }, {
    key: "isCountryCallingCodeAmbiguous",
    value: function isCountryCallingCodeAmbiguous() {
      var callingCode = this.state.callingCode;
      var countryCodes = this.metadata.getCountryCodesForCallingCode(callingCode);
      return countryCodes && countryCodes.length > 1;
    }
    // Determines the exact country of the phone number
    // entered so far based on the country phone code
    // and the national phone number.
  }, {
    key: "determineTheCountry",
    value: function determineTheCountry() {
      var country = getCountryByCallingCode(this.isInternational() ? this.state.callingCode : this.defaultCallingCode, {
        nationalNumber: this.state.nationalSignificantNumber,
        metadata: this.metadata
      });
      if (country !== this.state.country) {
        this.state.setCountry(country);
        if (country) {
          this.metadata.selectNumberingPlan(country);
        }
      }
    }
    /**
     * Returns a E.164 phone number value for the user's input.
     *
     * For example, for country `"US"` and input `"(222) 333-4444"`
     * it will return `"+12223334444"`.
     *
     * For international phone number input, it will also auto-correct
     * some minor errors such as using a national prefix when writing
     * an international phone number. For example, if the user inputs
     * `"+44 0 7400 000000"` then it will return an auto-corrected
     * `"+447400000000"` phone number value.
     *
     * Will return `undefined` if no digits have been input,
     * or when inputting a phone number in national format and no
     * default country or default "country calling code" have been set.
     *
     * @return {string} [value]
     */
  }, {
    key: "getNumberValue",
    value: function getNumberValue() {
      var _this$state2 = this.state, digits = _this$state2.digits, callingCode = _this$state2.callingCode, country = _this$state2.country, nationalSignificantNumber = _this$state2.nationalSignificantNumber;
      if (!digits) {
        return;
      }
      if (this.isInternational()) {
        if (callingCode) {
          return "+" + callingCode + nationalSignificantNumber;
        } else {
          return "+" + digits;
        }
      } else {
        if (country || callingCode) {
          var callingCode_ = country ? this.metadata.countryCallingCode() : callingCode;
          return "+" + callingCode_ + nationalSignificantNumber;
        }
      }
    }
    /**
     * Returns an instance of `PhoneNumber` class.
     * Will return `undefined` if no national (significant) number
     * digits have been entered so far, or if no `defaultCountry` has been
     * set and the user enters a phone number not in international format.
     */
  }, {
    key: "getNumber",
    value: function getNumber() {
      var _this$state3 = this.state, nationalSignificantNumber = _this$state3.nationalSignificantNumber, carrierCode = _this$state3.carrierCode, callingCode = _this$state3.callingCode;
      if (!nationalSignificantNumber) {
        return;
      }
      var country = this._getCountry();
      if (!country && !callingCode) {
        return;
      }
      if (country) {
        if (country === this.defaultCountry) {
          var countryCallingCode = this.metadata.numberingPlan.callingCode();
          var exactCountry = getExactCountryForMultiCountryCallingCode(countryCallingCode, nationalSignificantNumber, this.metadata);
          if (exactCountry) {
            country = exactCountry;
          }
        }
      }
      var phoneNumber = new PhoneNumber(country || callingCode, nationalSignificantNumber, this.metadata.metadata);
      if (carrierCode) {
        phoneNumber.carrierCode = carrierCode;
      }
      return phoneNumber;
    }
    /**
     * Returns `true` if the phone number is "possible".
     * Is just a shortcut for `PhoneNumber.isPossible()`.
     * @return {boolean}
     */
  }, {
    key: "isPossible",
    value: function isPossible() {
      var phoneNumber = this.getNumber();
      if (!phoneNumber) {
        return false;
      }
      return phoneNumber.isPossible();
    }
    /**
     * Returns `true` if the phone number is "valid".
     * Is just a shortcut for `PhoneNumber.isValid()`.
     * @return {boolean}
     */
  }, {
    key: "isValid",
    value: function isValid() {
      var phoneNumber = this.getNumber();
      if (!phoneNumber) {
        return false;
      }
      return phoneNumber.isValid();
    }
    /**
     * Checks if the phone number length is valid.
     * If it is, nothing is returned.
     * Otherwise, a rejection reason is returned.
     * @return {string?}
     */
  }, {
    key: "validateLength",
    value: function validateLength() {
      var _this$state4 = this.state, digits = _this$state4.digits, nationalSignificantNumber = _this$state4.nationalSignificantNumber;
      if (!digits) {
        return "NOT_A_NUMBER";
      }
      if (!this.metadata.numberingPlan) {
        return "INVALID_COUNTRY";
      }
      if (!nationalSignificantNumber) {
        return "TOO_SHORT";
      }
      var result2 = checkNumberLength(nationalSignificantNumber, void 0, this.metadata);
      if (result2 !== "IS_POSSIBLE") {
        return result2;
      }
    }
    /**
     * @deprecated
     * This method is used in `react-phone-number-input/source/input-control.js`
     * in versions before `3.0.16`.
     */
  }, {
    key: "getNationalNumber",
    value: function getNationalNumber() {
      return this.state.nationalSignificantNumber;
    }
    /**
     * Returns the phone number characters entered by the user.
     * @return {string}
     */
  }, {
    key: "getChars",
    value: function getChars() {
      return (this.state.international ? "+" : "") + this.state.digits;
    }
    /**
     * Returns the template for the formatted phone number.
     * @return {string}
     */
  }, {
    key: "getTemplate",
    value: function getTemplate() {
      return this.formatter.getTemplate(this.state) || this.getNonFormattedTemplate() || "";
    }
  }]);
})();
function getExactCountryForMultiCountryCallingCode(callingCode, nationalSignificantNumber, metadata) {
  var ambiguousCountries = metadata.getCountryCodesForCallingCode(callingCode);
  if (ambiguousCountries.length > 1) {
    return getCountryByNationalNumber(nationalSignificantNumber, ambiguousCountries, metadata.metadata);
  }
}

// ../node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js
function parsePhoneNumber4() {
  return withMetadataArgument(parsePhoneNumber3, arguments);
}

// ../node_modules/libphonenumber-js/min/exports/AsYouType.js
function AsYouType2(country) {
  return AsYouType.call(this, country, metadata_min_json_default);
}
AsYouType2.prototype = Object.create(AsYouType.prototype, {});
AsYouType2.prototype.constructor = AsYouType2;

// ../node_modules/libphonenumber-js/min/exports/isSupportedCountry.js
function isSupportedCountry2() {
  return withMetadataArgument(isSupportedCountry, arguments);
}

// ../node_modules/libphonenumber-js/min/exports/getCountryCallingCode.js
function getCountryCallingCode2() {
  return withMetadataArgument(getCountryCallingCode, arguments);
}

// ../domain/src/patient-phone.ts
function regionOf(region) {
  return isSupportedCountry2(region) ? region : void 0;
}
function normalisePhone(raw, region) {
  const parsed = parsePhoneNumber4(raw, regionOf(region));
  return parsed?.isValid() ? parsed.number : null;
}
var PHONE_SEARCH_MIN_DIGITS = 6;
function prefixOf(typed, country) {
  const typing = new AsYouType2(country);
  typing.input(typed);
  const value = typing.getNumberValue();
  return value && typing.getNationalNumber().length >= PHONE_SEARCH_MIN_DIGITS ? value : null;
}
function phoneSearchPrefixes(query, region) {
  const trimmed = query.trim();
  const country = regionOf(region);
  if (!country || !/^\+?[0-9 ()./-]+$/.test(trimmed)) return [];
  const digits = trimmed.replace(/\D/g, "");
  const candidates = trimmed.startsWith("+") ? [`+${digits}`] : digits.startsWith("00") ? [`+${digits.slice(2)}`] : [digits, ...digits.startsWith(getCountryCallingCode2(country)) ? [`+${digits}`] : []];
  const prefixes = candidates.map((c) => prefixOf(c, country)).filter((p) => p !== null);
  return [...new Set(prefixes)];
}

// ../domain/src/patient-search.ts
function normaliseNationalId(raw) {
  return raw.replace(/[\s-]/g, "").toUpperCase();
}
var MRN_PREFIX_MIN_DIGITS = 4;
var MRN_DIGITS = 6;
function mrnTerms(upper, mrnPrefix) {
  const rest = mrnPrefix && upper.startsWith(mrnPrefix) ? upper.slice(mrnPrefix.length) : upper;
  if (!/^\d+$/.test(rest)) return { mrnExact: null, mrnPrefix: null };
  return {
    mrnExact: `${mrnPrefix}${rest.padStart(MRN_DIGITS, "0")}`,
    mrnPrefix: rest.length >= MRN_PREFIX_MIN_DIGITS ? `${mrnPrefix}${rest}` : null
  };
}
function interpretSearch(q, settings) {
  const text14 = (q ?? "").trim();
  if (text14 === "") return { kind: "all" };
  if (/\d/.test(text14)) {
    const nationalId = normaliseNationalId(text14);
    return {
      kind: "identifier",
      ...mrnTerms(text14.toUpperCase().replace(/\s/g, ""), settings.mrnPrefix),
      phoneExact: normalisePhone(text14, settings.phoneRegion),
      phonePrefixes: phoneSearchPrefixes(text14, settings.phoneRegion),
      nationalId: /^[A-Z0-9]{4,30}$/.test(nationalId) ? nationalId : null
    };
  }
  const lower = text14.toLowerCase();
  const words = lower.match(/[\p{L}\p{M}'.-]+/gu) ?? [];
  const letters = words.join("").replace(/[^\p{L}]/gu, "");
  return {
    kind: "name",
    words: letters.length >= 2 ? words : [],
    text: words.join(" ")
  };
}

// ../domain/src/patients.ts
var SEXES = ["MALE", "FEMALE", "OTHER"];
var sexSchema = z14.enum(SEXES);
var BLOOD_GROUPS = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"];
var bloodGroupSchema = z14.enum(BLOOD_GROUPS);
var ALLERGY_SEVERITIES = ["MILD", "MODERATE", "SEVERE"];
var isoDateSchema = z14.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((s) => {
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, "is not a calendar date");
var nameSchema = z14.string().trim().min(1).max(100).regex(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u, "may hold only letters, spaces, apostrophes, dots and dashes");
var phoneInputSchema = z14.string().trim().regex(/^\+?[0-9 ()./-]{5,30}$/, "must be a phone number");
var nationalIdSchema = z14.string().trim().transform(normaliseNationalId).pipe(z14.string().regex(/^[A-Z0-9]{4,30}$/, "must be 4\u201330 letters or digits"));
var allergySchema = z14.object({
  substance: z14.string().trim().min(1).max(100),
  reaction: z14.string().trim().max(200).optional(),
  severity: z14.enum(ALLERGY_SEVERITIES).optional()
});
var nextOfKinSchema = z14.object({
  name: z14.string().trim().min(1).max(200),
  relationship: z14.string().trim().max(50).optional(),
  phone: phoneInputSchema.optional()
});
var MAX_ESTIMATED_AGE = 130;
var patientFields = {
  firstName: nameSchema,
  lastName: nameSchema,
  middleName: nameSchema.nullish(),
  sex: sexSchema,
  dateOfBirth: isoDateSchema.nullish(),
  /** For patients who do not know their date of birth; becomes an estimated one (see estimatedDateOfBirth). */
  estimatedAgeYears: z14.number().int().min(0).max(MAX_ESTIMATED_AGE).nullish(),
  phone: phoneInputSchema,
  email: z14.email().max(254).nullish(),
  address: z14.string().trim().max(500).nullish(),
  nationalId: nationalIdSchema.nullish(),
  nextOfKin: nextOfKinSchema.nullish(),
  allergies: z14.array(allergySchema).max(50).optional(),
  bloodGroup: bloodGroupSchema.nullish()
};
var oneAgeSource = (v) => v.dateOfBirth == null || v.estimatedAgeYears == null;
var oneAgeSourceIssue = {
  message: "give a date of birth or an estimated age, not both",
  path: ["estimatedAgeYears"]
};
var patientRegistrationSchema = z14.object(patientFields).refine(oneAgeSource, oneAgeSourceIssue);
var patientPatchSchema = z14.object(patientFields).partial().refine(oneAgeSource, oneAgeSourceIssue).refine((p) => Object.values(p).some((v) => v !== void 0), "nothing to change");
var patientArchiveSchema = z14.object({ reason: reasonSchema });
function estimatedDateOfBirth(ageYears, today) {
  const year = Number(today.slice(0, 4)) - ageYears;
  const midYear = `${String(year).padStart(4, "0")}-07-01`;
  return midYear > today ? today : midYear;
}
function resolveDateOfBirth(input2, today) {
  if (input2.estimatedAgeYears != null) {
    return { ok: true, dateOfBirth: estimatedDateOfBirth(input2.estimatedAgeYears, today), estimated: true };
  }
  if (input2.dateOfBirth == null) return { ok: true, dateOfBirth: null, estimated: false };
  if (input2.dateOfBirth > today) {
    return { ok: false, path: "dateOfBirth", message: "cannot be in the future" };
  }
  if (Number(input2.dateOfBirth.slice(0, 4)) < Number(today.slice(0, 4)) - MAX_ESTIMATED_AGE) {
    return { ok: false, path: "dateOfBirth", message: `is more than ${MAX_ESTIMATED_AGE} years ago` };
  }
  return { ok: true, dateOfBirth: input2.dateOfBirth, estimated: false };
}
var DUPLICATE_REASONS = ["SAME_PHONE", "SAME_NATIONAL_ID", "SAME_NAME_AND_DATE_OF_BIRTH"];
var duplicateReasonSchema = z14.enum(DUPLICATE_REASONS);
var possibleDuplicateSchema = z14.object({
  id: z14.uuid(),
  mrn: z14.string(),
  name: z14.string(),
  phone: z14.string(),
  dateOfBirth: z14.string().nullable(),
  archived: z14.boolean(),
  reasons: z14.array(duplicateReasonSchema).min(1)
});
var patientSummarySchema = z14.object({
  id: z14.uuid(),
  mrn: z14.string(),
  firstName: z14.string(),
  middleName: z14.string().nullable(),
  lastName: z14.string(),
  sex: sexSchema.nullable(),
  /** YYYY-MM-DD. */
  dateOfBirth: z14.string().nullable(),
  dateOfBirthEstimated: z14.boolean(),
  phone: z14.string(),
  nationalId: z14.string().nullable(),
  /** ISO 8601; null while the patient is active. */
  archivedAt: z14.string().nullable()
});
var hmoEnrolmentSchema = z14.object({
  id: z14.uuid(),
  patientId: z14.uuid(),
  providerId: z14.uuid(),
  providerCode: z14.string(),
  providerName: z14.string(),
  policyNumber: z14.string(),
  plan: z14.string().nullable(),
  coverage: z14.enum(["FULL", "PARTIAL"]),
  coveragePercent: z14.number().int(),
  validFrom: z14.string().nullable(),
  validTo: z14.string().nullable(),
  active: z14.boolean(),
  createdAt: z14.string()
});
var patientSchema = patientSummarySchema.extend({
  email: z14.string().nullable(),
  address: z14.string().nullable(),
  nextOfKin: nextOfKinSchema.nullable(),
  allergies: z14.array(allergySchema),
  bloodGroup: z14.string().nullable(),
  hasPortalAccount: z14.boolean(),
  portalVerified: z14.boolean(),
  archiveReason: z14.string().nullable(),
  createdAt: z14.string(),
  updatedAt: z14.string(),
  hmoEnrolments: z14.array(hmoEnrolmentSchema)
});
var patientCreatedSchema = patientSchema.extend({
  /** Records that may be the same person; reception decides (the new record is already saved). */
  possibleDuplicates: z14.array(possibleDuplicateSchema)
});
var patientSearchQuerySchema = pageQuerySchema.extend({
  q: z14.string().trim().max(100).optional(),
  includeArchived: z14.stringbool().default(false)
});
var SEARCH_TOTAL_CAP = 1e3;
var patientSearchPageSchema = pageSchema(patientSummarySchema).extend({
  /** True when more than SEARCH_TOTAL_CAP patients match; `total` is then the cap. */
  totalCapped: z14.boolean()
});
var enrolmentValidity = (v) => v.validFrom == null || v.validTo == null || v.validFrom <= v.validTo;
var enrolmentValidityIssue = { message: "must not be before validFrom", path: ["validTo"] };
var hmoEnrolmentInputSchema = z14.intersection(
  insuranceCoverSchema,
  z14.object({
    plan: z14.string().trim().min(1).max(100).nullish(),
    validFrom: isoDateSchema.nullish(),
    validTo: isoDateSchema.nullish()
  })
).refine(enrolmentValidity, enrolmentValidityIssue);
var hmoEnrolmentPatchSchema = z14.object({
  active: z14.boolean(),
  policyNumber: z14.string().trim().min(1).max(64),
  plan: z14.string().trim().min(1).max(100).nullable(),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable()
}).partial().refine(enrolmentValidity, enrolmentValidityIssue).refine((p) => Object.values(p).some((v) => v !== void 0), "nothing to change");

// ../domain/src/payment-allocation.ts
function allocatePayment(charges2, amount, pickedIds = []) {
  assertNonNegativeMinor(amount, "payment amount");
  for (const c of charges2) assertNonNegativeMinor(c.patientDue, `due on charge ${c.id}`);
  if (new Set(charges2.map((c) => c.id)).size !== charges2.length) {
    throw new MoneyError("each charge may appear only once");
  }
  const picked = new Set(pickedIds);
  const ordered = oldestFirst(charges2);
  const phases = [ordered.filter((c) => picked.has(c.id)), ordered.filter((c) => !picked.has(c.id))];
  const allocations = [];
  let remaining = amount;
  for (const phase of phases) {
    for (const charge of phase) {
      if (remaining === 0) break;
      const take = Math.min(remaining, charge.patientDue);
      if (take > 0) {
        allocations.push({ chargeId: charge.id, amount: take });
        remaining -= take;
      }
    }
  }
  return { allocations, leftover: remaining };
}

// ../domain/src/payment-gate.ts
function consultationGate(visit) {
  if (isCleared(visit.paymentStatus)) return { allowed: true, bypassed: false };
  if (visit.emergency) return { allowed: true, bypassed: true };
  return { allowed: false, code: "PAYMENT_NOT_CLEARED", paymentStatus: visit.paymentStatus };
}

// ../domain/src/permissions.ts
var PERMISSIONS = {
  /** Own account: "me", change password, MFA enrolment, logout. */
  "account.self": ROLES,
  "users.manage": ["ADMIN"],
  "mfaPolicy.manage": ["ADMIN"],
  "settings.read": STAFF_ROLES,
  "settings.update": ["ADMIN"],
  "audit.read": ["ADMIN"],
  "catalog.read": STAFF_ROLES,
  "catalog.manage": ["ADMIN"],
  "hmo.manage": ["ADMIN"],
  /** Providers and tariffs are picked when opening HMO visits and shown on bills. */
  "hmo.read": STAFF_ROLES,
  "patients.register": ["RECEPTIONIST"],
  "patients.read": ["RECEPTIONIST", "CASHIER", "DOCTOR", "NURSE", "LAB_TECH", "RADIOLOGY_TECH", "PHARMACIST"],
  "patients.verifyPortal": ["RECEPTIONIST"],
  /** A soft delete with a reason: the desk retires its own duplicates; ADMIN as a records override. */
  "patients.archive": ["RECEPTIONIST", "ADMIN"],
  "visits.open": ["RECEPTIONIST"],
  "visits.close": ["DOCTOR"],
  /** The visit list and a visit's detail: every station that works on visits. */
  "visits.read": ["RECEPTIONIST", "CASHIER", "DOCTOR", "NURSE", "LAB_TECH", "RADIOLOGY_TECH", "PHARMACIST"],
  /** Letting a patient leave owing, with a reason, so the doctor can close the visit. */
  "visits.defer": ["CASHIER", "ADMIN"],
  "worklists.reception": ["RECEPTIONIST"],
  "worklists.cashier": ["CASHIER"],
  "worklists.doctor": ["DOCTOR"],
  "appointments.manage": ["RECEPTIONIST"],
  "billing.charge": ["CASHIER"],
  "billing.pay": ["CASHIER"],
  "billing.waive": ["CASHIER", "ADMIN"],
  "billing.refund": ["CASHIER"],
  /** Bills, payments and refunds of a visit: the desk tells patients what they owe, the doctor why a visit is locked. */
  "billing.read": ["CASHIER", "RECEPTIONIST", "DOCTOR", "ADMIN"],
  /** Refunds above the clinic's threshold wait for an administrator. */
  "refunds.approve": ["ADMIN"],
  "hmo.authorise": ["CASHIER"],
  "wallet.read": ["CASHIER"],
  "wallet.deposit": ["CASHIER"],
  /** Receipts, invoices and statements; printing an invoice the first time assigns its number. */
  "documents.billing": ["CASHIER"],
  /** Starts a gateway transaction; only the signed webhook turns it into a payment. */
  "onlinePayments.initialise": ["CASHIER"],
  "till.operate": ["CASHIER"],
  /** Every cashier's shifts, not only one's own. */
  "till.review": ["ADMIN"],
  "reports.read": ["CASHIER", "ADMIN"],
  "reports.finalise": ["CASHIER", "ADMIN"],
  "consultation.write": ["DOCTOR"],
  /** Nurses read the doctor's notes (plan, diagnoses) to carry out care. */
  "consultation.read": ["DOCTOR", "NURSE"],
  "orders.create": ["DOCTOR"],
  "prescriptions.write": ["DOCTOR"],
  "vitals.write": ["NURSE", "DOCTOR"],
  "nursing.write": ["NURSE"],
  "lab.work": ["LAB_TECH"],
  "radiology.work": ["RADIOLOGY_TECH"],
  "pharmacy.dispense": ["PHARMACIST"],
  "pharmacy.stock": ["PHARMACIST"],
  "portal.use": ["PATIENT"]
};
function can(roles, permission) {
  const allowed = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

// ../domain/src/portal.ts
import { z as z15 } from "zod";
var portalProfileSchema = z15.object({
  id: z15.uuid(),
  firstName: z15.string(),
  lastName: z15.string(),
  phone: z15.string(),
  email: z15.string().nullable(),
  /** YYYY-MM-DD. */
  dateOfBirth: z15.string().nullable()
});
var pendingRegistrationSchema = portalProfileSchema.extend({
  username: z15.string(),
  /** ISO 8601. */
  registeredAt: z15.string()
});

// ../domain/src/settings.ts
import { z as z16 } from "zod";
var currencySchema = z16.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code");
var timeZoneSchema = z16.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as Africa/Lagos");
var clinicSettingsSchema = z16.object({
  clinicName: z16.string().trim().min(1).max(200),
  address: z16.string().trim().max(500),
  phone: z16.string().trim().max(40),
  email: z16.union([z16.literal(""), z16.email().max(254)]),
  currency: currencySchema,
  timeZone: timeZoneSchema,
  /** Region used to read local phone numbers (ISO 3166-1 alpha-2), e.g. NG for 0803… */
  phoneRegion: z16.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code"),
  mrnPrefix: z16.string().regex(/^[A-Z0-9-]{0,10}$/, "up to 10 capital letters, digits or dashes"),
  /** A refund above this (kobo) waits for an administrator's approval; at or below, the cashier's reason suffices. */
  refundApprovalThresholdMinor: z16.number().int().nonnegative().max(1e12)
});
var clinicSettingsPatchSchema = clinicSettingsSchema.partial().refine((p) => Object.keys(p).length > 0, "nothing to change");
var DEFAULT_CLINIC_SETTINGS = {
  clinicName: "Modern EMR Clinic",
  address: "",
  phone: "",
  email: "",
  currency: "NGN",
  timeZone: "Africa/Lagos",
  phoneRegion: "NG",
  mrnPrefix: "MRN-",
  refundApprovalThresholdMinor: 5e6
};

// ../domain/src/clinic-day.ts
import { z as z17 } from "zod";
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateParts(date3) {
  const m = DATE_PATTERN.exec(date3);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return [y, mo, d];
}
var localDateSchema = z17.string().regex(DATE_PATTERN, "must be a date as YYYY-MM-DD").refine((v) => dateParts(v) !== null, "must be a real calendar date");
var formatters = /* @__PURE__ */ new Map();
function formatterFor(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
function wallClock(instant, timeZone) {
  const fields = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") fields[p.type] = Number(p.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0
  };
}
function offsetAt(instantMs, timeZone) {
  const w = wallClock(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - (instantMs - (instantMs % 1e3 + 1e3) % 1e3);
}
function localDateOf(instant, timeZone) {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}
function startOfLocalDay(y, m, d, timeZone) {
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}
function localDayRange(date3, timeZone) {
  const parts = dateParts(date3);
  if (!parts) throw new RangeError(`not a calendar date: ${date3}`);
  const [y, m, d] = parts;
  return { start: startOfLocalDay(y, m, d, timeZone), end: startOfLocalDay(y, m, d + 1, timeZone) };
}

// ../domain/src/end-of-day.ts
import { z as z19 } from "zod";

// ../domain/src/till-shift.ts
import { z as z18 } from "zod";
var TILL_METHODS = ["CASH", "POS", "TRANSFER"];
var ZERO_TILL = { CASH: 0, POS: 0, TRANSFER: 0 };
function withTotal(amounts) {
  return { ...amounts, total: sumMinor(TILL_METHODS.map((m) => amounts[m])) };
}
function expectedTill(openingFloat, movements) {
  const expected = { ...ZERO_TILL };
  for (const m of TILL_METHODS) {
    expected[m] = addMinor(subMinor(movements.payments[m], movements.refunds[m]), movements.deposits[m]);
  }
  expected.CASH = addMinor(expected.CASH, openingFloat);
  return withTotal(expected);
}
function tillVariance(expected, counted) {
  const variance = { ...ZERO_TILL };
  for (const m of TILL_METHODS) variance[m] = subMinor(counted[m], expected[m]);
  return withTotal(variance);
}
function tillTotals(amounts) {
  return withTotal(amounts);
}
var shiftOpenRequestSchema = z18.object({ openingFloat: minorAmountSchema }).strict();
var tillCountSchema = z18.object({ CASH: minorAmountSchema, POS: minorAmountSchema, TRANSFER: minorAmountSchema }).strict();
var shiftCloseRequestSchema = z18.object({ counted: tillCountSchema, note: z18.string().trim().max(500).optional() }).strict();
var shiftListQuerySchema = pageQuerySchema.extend({
  cashierId: z18.uuid().optional(),
  /** Shifts opened at or after this instant. */
  from: z18.coerce.date().optional(),
  /** Shifts opened before this instant. */
  to: z18.coerce.date().optional(),
  status: z18.enum(["OPEN", "CLOSED"]).optional()
});
var signedMinor = z18.number().int();
var tillAmountsSchema = z18.object({ CASH: signedMinor, POS: signedMinor, TRANSFER: signedMinor });
var tillTotalsSchema = tillAmountsSchema.extend({ total: signedMinor });
var shiftSchema = z18.object({
  id: z18.uuid(),
  cashierId: z18.uuid(),
  cashierName: z18.string(),
  status: z18.enum(["OPEN", "CLOSED"]),
  openingFloat: z18.number().int(),
  openedAt: z18.string(),
  closedAt: z18.string().nullable(),
  movements: z18.object({
    payments: tillAmountsSchema,
    refunds: tillAmountsSchema,
    deposits: tillAmountsSchema,
    /** Paid from patients' wallets during the shift: no money changed hands, so not counted. */
    walletPayments: signedMinor,
    paymentCount: z18.number().int()
  }),
  expected: tillTotalsSchema,
  counted: tillTotalsSchema.nullable(),
  variance: tillTotalsSchema.nullable(),
  note: z18.string().nullable()
});

// ../domain/src/end-of-day.ts
var endOfDayQuerySchema = z19.object({ date: localDateSchema });
var endOfDayFinaliseRequestSchema = z19.object({ date: localDateSchema }).strict();
var minor2 = z19.number().int();
var methodTotalsSchema = z19.object({
  method: paymentMethodSchema,
  paymentCount: z19.number().int(),
  payments: minor2,
  refunds: minor2,
  deposits: minor2,
  net: minor2
});
var cashierTotalsSchema = methodTotalsSchema.omit({ method: true }).extend({
  cashierId: z19.uuid().nullable(),
  cashierName: z19.string().nullable()
});
var outstandingVisitSchema = z19.object({
  visitId: z19.uuid(),
  visitNumber: z19.string(),
  patientId: z19.uuid(),
  patientName: z19.string(),
  mrn: z19.string(),
  paymentStatus: visitPaymentStatusSchema,
  outstanding: minor2,
  openedAt: z19.string()
});
var hmoReceivableSchema = z19.object({
  visitId: z19.uuid(),
  visitNumber: z19.string(),
  patientId: z19.uuid(),
  patientName: z19.string(),
  mrn: z19.string(),
  providerId: z19.uuid(),
  providerName: z19.string(),
  authorizationCode: z19.string().nullable(),
  approvedAt: z19.string().nullable(),
  hmoShare: minor2
});
var revenueLeakSchema = z19.object({
  chargeId: z19.uuid(),
  visitId: z19.uuid(),
  visitNumber: z19.string(),
  patientId: z19.uuid(),
  patientName: z19.string(),
  serviceCode: z19.string(),
  serviceName: z19.string(),
  amount: minor2,
  patientShare: minor2,
  status: z19.string(),
  emergency: z19.boolean(),
  renderedAt: z19.string()
});
function section(item) {
  return z19.object({ count: z19.number().int(), total: minor2, items: z19.array(item) });
}
var REPORT_LIST_LIMIT = 500;
var endOfDayReportSchema = z19.object({
  date: localDateSchema,
  timeZone: z19.string(),
  /** The day's instants: `from` inclusive, `to` exclusive (ISO, UTC). */
  from: z19.string(),
  to: z19.string(),
  generatedAt: z19.string(),
  /** Money that moved: every method but WALLET (wallet payments spend credit already held). */
  totals: z19.object({
    paymentCount: z19.number().int(),
    payments: minor2,
    refunds: minor2,
    deposits: minor2,
    net: minor2,
    walletPayments: minor2
  }),
  byMethod: z19.array(methodTotalsSchema),
  byCashier: z19.array(cashierTotalsSchema),
  shifts: z19.array(shiftSchema),
  outstanding: section(outstandingVisitSchema),
  hmoReceivables: section(hmoReceivableSchema),
  revenueLeaks: section(revenueLeakSchema),
  finalised: z19.boolean(),
  finalisedAt: z19.string().nullable(),
  finalisedBy: z19.uuid().nullable(),
  finalisedByName: z19.string().nullable()
});

// ../domain/src/visits.ts
import { z as z20 } from "zod";
var VISIT_TYPES = ["OUTPATIENT", "FOLLOW_UP", "EMERGENCY", "ANTENATAL", "PROCEDURE"];
var visitTypeSchema = z20.enum(VISIT_TYPES);
var PAYERS = ["CASH", "HMO"];
var payerSchema = z20.enum(PAYERS);
var openVisitRequestSchema = z20.object({
  patientId: z20.uuid(),
  type: visitTypeSchema,
  payer: payerSchema,
  emergency: z20.boolean().default(false),
  emergencyReason: z20.string().trim().min(3).max(500).optional(),
  assignedDoctorId: z20.uuid().optional(),
  chiefComplaint: z20.string().trim().min(1).max(1e3).optional(),
  insurance: insuranceCoverSchema.optional()
}).superRefine((v, ctx) => {
  if (v.emergency && v.emergencyReason === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["emergencyReason"],
      message: "an emergency visit needs a reason (at least 3 characters)"
    });
  }
  if (!v.emergency && v.emergencyReason !== void 0) {
    ctx.addIssue({ code: "custom", path: ["emergencyReason"], message: "only an emergency visit has one" });
  }
  if (v.payer === "CASH" && v.insurance !== void 0) {
    ctx.addIssue({ code: "custom", path: ["insurance"], message: "cover is only for payer HMO" });
  }
});
var visitListQuerySchema = pageQuerySchema.extend({
  status: visitStatusSchema.optional(),
  paymentStatus: visitPaymentStatusSchema.optional(),
  patientId: z20.uuid().optional(),
  /** Opened on this day of the clinic's calendar (its time zone). */
  date: localDateSchema.optional(),
  /** The assigned doctor. */
  doctorId: z20.uuid().optional()
});
var doctorWorklistQuerySchema = pageQuerySchema.extend({
  /** Only visits assigned to the calling doctor. */
  mine: z20.stringbool().default(false)
});
var deferBalanceRequestSchema = z20.object({ reason: reasonSchema });
var insuranceRemitRequestSchema = z20.object({
  /** The HMO's payment reference (bank transfer, remittance advice). */
  reference: z20.string().trim().min(1).max(100).optional()
});
var isoDateTime2 = z20.string();
var visitInsuranceViewSchema = z20.object({
  id: z20.uuid(),
  providerId: z20.uuid(),
  providerCode: z20.string(),
  providerName: z20.string(),
  policyNumber: z20.string(),
  coverage: coverageTypeSchema,
  coveragePercent: z20.number().int(),
  status: insuranceStatusSchema,
  authorizationCode: z20.string().nullable(),
  /** Kobo; 0 is zero cover. Null until approved. */
  approvedAmount: z20.number().int().nullable(),
  approvedAt: isoDateTime2.nullable(),
  rejectionReason: z20.string().nullable(),
  rejectedAt: isoDateTime2.nullable(),
  /** When the HMO paid its share. */
  remittedAt: isoDateTime2.nullable(),
  createdAt: isoDateTime2
});
var visitInsuranceChangedSchema = visitInsuranceViewSchema.extend({ visit: visitMoneyStateSchema });
var visitPatientSchema = z20.object({
  id: z20.uuid(),
  mrn: z20.string(),
  firstName: z20.string(),
  middleName: z20.string().nullable(),
  lastName: z20.string(),
  sex: z20.string().nullable(),
  dateOfBirth: z20.string().nullable(),
  phone: z20.string()
});
var visitSchema = z20.object({
  id: z20.uuid(),
  number: z20.string(),
  patientId: z20.uuid(),
  patient: visitPatientSchema,
  type: visitTypeSchema,
  payer: payerSchema,
  emergency: z20.boolean(),
  emergencyReason: z20.string().nullable(),
  assignedDoctorId: z20.uuid().nullable(),
  assignedDoctorName: z20.string().nullable(),
  chiefComplaint: z20.string().nullable(),
  status: visitStatusSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z20.boolean(),
  summary: billingSummaryViewSchema,
  insurance: visitInsuranceViewSchema.nullable(),
  consultation: z20.object({
    id: z20.uuid(),
    status: consultationStatusSchema,
    doctorId: z20.uuid(),
    startedAt: isoDateTime2,
    completedAt: isoDateTime2.nullable()
  }).nullable(),
  balanceDeferred: z20.boolean(),
  deferredAt: isoDateTime2.nullable(),
  deferralReason: z20.string().nullable(),
  invoiceNumber: z20.string().nullable(),
  openedAt: isoDateTime2,
  openedBy: z20.uuid(),
  closedAt: isoDateTime2.nullable(),
  closedBy: z20.uuid().nullable()
});
var visitListItemSchema = z20.object({
  id: z20.uuid(),
  number: z20.string(),
  patientId: z20.uuid(),
  /** "First Middle Last". */
  patientName: z20.string(),
  mrn: z20.string(),
  type: visitTypeSchema,
  payer: payerSchema,
  emergency: z20.boolean(),
  status: visitStatusSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z20.boolean(),
  /** Kobo the patient still owes; negative is a credit. */
  outstanding: z20.number().int(),
  assignedDoctorId: z20.uuid().nullable(),
  assignedDoctorName: z20.string().nullable(),
  /** Null until a doctor starts the consultation. */
  consultationStatus: consultationStatusSchema.nullable(),
  openedAt: isoDateTime2,
  closedAt: isoDateTime2.nullable()
});
function closeVisitRefusal(visit) {
  const refusal = visitCloseRefusal({
    status: visit.status,
    hasConsultation: visit.consultationCompleted,
    outstanding: visit.outstanding,
    balanceDeferred: visit.balanceDeferred
  });
  if (refusal === "VISIT_CLOSED" || refusal === "CONSULTATION_REQUIRED") return refusal;
  if (visit.insuranceStatus === "PENDING") return "INSURANCE_PENDING";
  return refusal;
}

// ../domain/src/wallet.ts
import { z as z21 } from "zod";
var WALLET_ENTRY_KINDS = ["DEPOSIT", "OVERPAYMENT", "VISIT_PAYMENT", "REFUND"];
var walletEntryKindSchema = z21.enum(WALLET_ENTRY_KINDS);
var walletEntrySchema = z21.object({
  id: z21.uuid(),
  kind: walletEntryKindSchema,
  /** Signed: credits are positive, debits (visit payments) negative. */
  amount: z21.number().int(),
  balanceAfter: z21.number().int().nonnegative(),
  method: paymentMethodSchema.nullable(),
  reference: z21.string().nullable(),
  /** Deposits carry their own receipt number from the payments' series. */
  receiptNumber: z21.string().nullable(),
  /** The visit payment that paid from, or overpaid into, the wallet. */
  paymentId: z21.uuid().nullable(),
  createdByName: z21.string().nullable(),
  /** ISO 8601. */
  createdAt: z21.string()
});
var walletViewSchema = z21.object({
  patientId: z21.uuid(),
  balance: z21.number().int().nonnegative(),
  transactions: pageSchema(walletEntrySchema)
});
var walletDepositCreatedSchema = z21.object({
  entry: walletEntrySchema,
  balance: z21.number().int().nonnegative(),
  receiptNumber: z21.string()
});

// src/config/config.ts
import { z as z22 } from "zod";

// src/config/secret-strength.ts
var PLACEHOLDER_FRAGMENTS = [
  "change",
  "example",
  "placeholder",
  "secret",
  "password",
  "default",
  "replace",
  "insecure"
];
var MIN_SECRET_LENGTH = 32;
function secretKeyWeakness(key) {
  if (!key) return "is required in production";
  if (key.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters`;
  const lower = key.toLowerCase();
  const fragment = PLACEHOLDER_FRAGMENTS.find((f) => lower.includes(f));
  if (fragment) return `looks like a placeholder (contains "${fragment}")`;
  if (/[<>\s]/.test(key)) return "looks like a placeholder (contains <, > or spaces)";
  if (new Set(key).size < 12 || shannonBitsPerChar(key) < 3) {
    return "is low-entropy; generate one with `openssl rand -base64 48`";
  }
  return null;
}
function shannonBitsPerChar(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// src/config/config.ts
var bool = z22.enum(["true", "false", "1", "0", "yes", "no", "on", "off", ""]).transform((v) => ["true", "1", "yes", "on"].includes(v));
var duration = (fallbackSeconds) => z22.string().regex(/^\d+[smhd]?$/, "must be a number of seconds or like 15m, 12h, 7d").transform((v) => {
  const unit = v.at(-1);
  const n = Number.parseInt(v, 10);
  const mult = unit === "m" ? 60 : unit === "h" ? 3600 : unit === "d" ? 86400 : 1;
  return n * mult;
}).default(fallbackSeconds);
var trustProxy = z22.string().default("false").transform((v, ctx) => {
  const t = v.trim();
  if (t === "" || t === "false") return false;
  if (t === "true") return true;
  if (/^\d+$/.test(t)) return Number(t);
  const list = t.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.filter(
    (s) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(s) && s !== "loopback" && s !== "uniquelocal" && s !== "linklocal"
  );
  if (bad.length > 0) {
    ctx.addIssue({ code: "custom", message: `not an address or CIDR: ${bad.join(", ")}` });
    return z22.NEVER;
  }
  return list;
});
var origins = z22.string().default("").transform(
  (v) => v.split(",").map((s) => s.trim()).filter(Boolean)
).pipe(
  z22.array(z22.union([z22.literal("*"), z22.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)]))
);
var rateRules = (fallback) => z22.string().default(fallback).transform((v, ctx) => {
  const rules = [];
  for (const part of v.split(",").map((s) => s.trim())) {
    const m = /^(\d+)\/(\d*)([smhd])$/.exec(part);
    if (!m || Number(m[1]) < 1) {
      ctx.addIssue({ code: "custom", message: `"${part}" is not like 5/1m or 20/1h` });
      return z22.NEVER;
    }
    const mult = { s: 1, m: 60, h: 3600, d: 86400 }[m[3]];
    rules.push({ limit: Number(m[1]), windowSeconds: Number(m[2] || "1") * mult });
  }
  if (new Set(rules.map((r) => r.windowSeconds)).size !== rules.length) {
    ctx.addIssue({ code: "custom", message: "give each window length once" });
    return z22.NEVER;
  }
  return rules;
});
var roleList = z22.string().transform(
  (v) => (v.trim() === "none" ? "" : v).split(",").map((s) => s.trim()).filter(Boolean)
).pipe(z22.array(roleSchema.exclude(["PATIENT"])));
var envSchema = z22.object({
  NODE_ENV: z22.enum(["development", "test", "production"]).default("development"),
  PORT: z22.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z22.string().min(1).optional(),
  DATABASE_URL: z22.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z22.string().min(1).default("./data"),
  DB_SSLMODE: z22.enum(["disable", "require", "verify-full"]).default("disable"),
  DB_POOL_MAX: z22.coerce.number().int().min(1).max(200).default(10),
  SECRET_KEY: z22.string().optional(),
  DEBUG: bool.default(false),
  CORS_ALLOWED_ORIGINS: origins,
  TRUST_PROXY: trustProxy,
  LOG_LEVEL: z22.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ACCESS_TOKEN_TTL: duration(15 * 60),
  REFRESH_TOKEN_TTL: duration(7 * 86400),
  BODY_LIMIT_BYTES: z22.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  WEB_DIST_DIR: z22.string().optional(),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z22.string().min(12).default("Demo-Clinic-2026!"),
  LOCKOUT_THRESHOLD: z22.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_DURATION: duration(30 * 60),
  RATE_LIMIT_LOGIN: rateRules("5/1m,20/1h"),
  RATE_LIMIT_REFRESH: rateRules("30/1m,200/1h"),
  RATE_LIMIT_REGISTER: rateRules("3/1m,10/1h"),
  RATE_LIMIT_MFA: rateRules("5/1m"),
  /** Roles that must enrol in MFA until an administrator sets a policy; production: ADMIN,CASHIER. */
  MFA_REQUIRED_ROLES: roleList.optional(),
  /** The payment gateway's secret key; it signs the webhook. Unset: online payments are off (503). */
  PAYSTACK_SECRET_KEY: z22.string().trim().min(16, "must be the full secret key from the gateway dashboard").optional()
});
var ConfigError = class extends Error {
  constructor(problems) {
    super(`Invalid configuration:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function loadConfig(source = process.env) {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== void 0 && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  const problems = [];
  if (isProduction) {
    const weakness = secretKeyWeakness(e.SECRET_KEY);
    if (weakness) problems.push(`SECRET_KEY: ${weakness}`);
    if (e.DEBUG) problems.push("DEBUG: must be off in production");
    if (e.CORS_ALLOWED_ORIGINS.includes("*"))
      problems.push('CORS_ALLOWED_ORIGINS: "*" is not allowed in production; list the origins');
    if (!e.DATABASE_URL) {
      problems.push(
        "DATABASE_URL: required in production (the embedded database is for development and single-machine trials)"
      );
    }
    if (e.SEED_DEMO) problems.push("SEED_DEMO: demo data is never loaded in production");
  } else if (e.CORS_ALLOWED_ORIGINS.includes("*")) {
    problems.push('CORS_ALLOWED_ORIGINS: "*" is not supported; list the origins');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST ?? (isProduction ? "0.0.0.0" : "127.0.0.1"),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    dbSslMode: e.DB_SSLMODE,
    dbPoolMax: e.DB_POOL_MAX,
    secretKey: e.SECRET_KEY,
    debug: e.DEBUG,
    corsOrigins: e.CORS_ALLOWED_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webDistDir: e.WEB_DIST_DIR,
    seedDemo: e.SEED_DEMO ?? (!isProduction && e.NODE_ENV !== "test"),
    demoPassword: e.DEMO_PASSWORD,
    lockoutThreshold: e.LOCKOUT_THRESHOLD,
    lockoutSeconds: e.LOCKOUT_DURATION,
    rateLimits: {
      login: e.RATE_LIMIT_LOGIN,
      refresh: e.RATE_LIMIT_REFRESH,
      register: e.RATE_LIMIT_REGISTER,
      mfa: e.RATE_LIMIT_MFA
    },
    mfaRequiredRoles: e.MFA_REQUIRED_ROLES ?? (isProduction ? ["ADMIN", "CASHIER"] : []),
    paystackSecretKey: e.PAYSTACK_SECRET_KEY
  };
}

// src/config/development-secret.ts
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
function resolveSecretKey(config2) {
  if (config2.secretKey) return config2.secretKey;
  if (config2.isProduction) throw new Error("SECRET_KEY is required in production");
  if (config2.databaseUrl) return randomBytes(48).toString("base64url");
  const file = path.join(config2.dataDir, ".secret-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(config2.dataDir, { recursive: true });
  const key = randomBytes(48).toString("base64url");
  writeFileSync(file, key, { mode: 384 });
  return key;
}

// src/db/open-pglite.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql as sql11 } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

// src/db/migrations.ts
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";

// src/paths.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
function findServerRoot() {
  let dir = path2.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path2.join(dir, "package.json");
    if (existsSync2(pkg) && JSON.parse(readFileSync2(pkg, "utf8")).name === "@modern-emr/server") return dir;
    dir = path2.dirname(dir);
  }
  throw new Error("cannot locate the @modern-emr/server package root");
}
var SERVER_ROOT = findServerRoot();
var MIGRATIONS_DIR = path2.join(SERVER_ROOT, "drizzle");
var DEFAULT_WEB_DIST = path2.join(SERVER_ROOT, "..", "web", "dist");

// src/db/rows.ts
async function queryRows(db, query) {
  const result2 = await db.execute(query);
  return result2.rows;
}

// src/db/migrations.ts
var MIGRATIONS_FOLDER = MIGRATIONS_DIR;
var MIGRATION_LOCK_ID = 7345112001;
function availableMigrations() {
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
}
async function readMigrationState(db) {
  const available = availableMigrations();
  const [exists] = await queryRows(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`
  );
  let applied = 0;
  let lastApplied = 0;
  if (exists?.present) {
    const [r] = await queryRows(
      db,
      sql`select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`
    );
    applied = r?.n ?? 0;
    lastApplied = Number(r?.last ?? 0);
  }
  const newest = available.at(-1)?.folderMillis ?? 0;
  return {
    applied,
    available: available.length,
    current: applied >= available.length && lastApplied >= newest
  };
}

// src/db/schema.ts
var schema_exports = {};
__export(schema_exports, {
  auditLog: () => auditLog,
  authSessions: () => authSessions,
  billTimingEnum: () => billTimingEnum,
  chargeStatusEnum: () => chargeStatusEnum,
  charges: () => charges,
  clinicSettings: () => clinicSettings,
  consultationStatusEnum: () => consultationStatusEnum,
  consultations: () => consultations,
  coverageTypeEnum: () => coverageTypeEnum,
  departmentEnum: () => departmentEnum,
  documentCounters: () => documentCounters,
  endOfDayReports: () => endOfDayReports,
  hmoProviders: () => hmoProviders,
  hmoTariffs: () => hmoTariffs,
  idempotencyKeys: () => idempotencyKeys,
  insuranceStatusEnum: () => insuranceStatusEnum,
  loginThrottle: () => loginThrottle,
  mfaRecoveryCodes: () => mfaRecoveryCodes,
  onlinePaymentStatusEnum: () => onlinePaymentStatusEnum,
  onlinePayments: () => onlinePayments,
  patientHmoEnrolments: () => patientHmoEnrolments,
  patientMrnSeq: () => patientMrnSeq,
  patients: () => patients,
  payerEnum: () => payerEnum,
  paymentAllocations: () => paymentAllocations,
  paymentMethodEnum: () => paymentMethodEnum,
  payments: () => payments,
  rateLimitCounters: () => rateLimitCounters,
  refreshTokens: () => refreshTokens,
  refundStatusEnum: () => refundStatusEnum,
  refunds: () => refunds,
  securityPolicy: () => securityPolicy,
  serviceCatalog: () => serviceCatalog,
  sexEnum: () => sexEnum,
  shiftStatusEnum: () => shiftStatusEnum,
  tillShifts: () => tillShifts,
  users: () => users,
  visitInsurance: () => visitInsurance,
  visitPaymentStatusEnum: () => visitPaymentStatusEnum,
  visitStatusEnum: () => visitStatusEnum,
  visitTypeEnum: () => visitTypeEnum,
  visits: () => visits,
  walletEntries: () => walletEntries,
  walletEntryKindEnum: () => walletEntryKindEnum,
  wallets: () => wallets,
  workflowTypeEnum: () => workflowTypeEnum
});

// src/modules/audit/audit.schema.ts
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
var auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid("actor_id"),
    actorRoles: text("actor_roles").array().notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    patientId: uuid("patient_id"),
    visitId: uuid("visit_id"),
    outcome: text("outcome").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    requestId: text("request_id"),
    metadata: jsonb("metadata").$type().notNull(),
    hash: text("hash").notNull()
  },
  (t) => [
    index("audit_log_actor_idx").on(t.actorId, t.id),
    index("audit_log_patient_idx").on(t.patientId, t.id),
    index("audit_log_visit_idx").on(t.visitId, t.id),
    index("audit_log_action_idx").on(t.action, t.id),
    index("audit_log_created_idx").on(t.createdAt)
  ]
);

// src/modules/billing/billing.schema.ts
import { sql as sql8 } from "drizzle-orm";
import {
  bigint as bigint6,
  boolean as boolean6,
  check as check7,
  index as index8,
  integer as integer2,
  jsonb as jsonb4,
  pgEnum as pgEnum5,
  pgTable as pgTable8,
  primaryKey as primaryKey2,
  text as text8,
  timestamp as timestamp8,
  uniqueIndex as uniqueIndex6,
  uuid as uuid8
} from "drizzle-orm/pg-core";

// src/modules/catalog/catalog.schema.ts
import { sql as sql2 } from "drizzle-orm";
import { bigint, boolean, check, index as index2, pgEnum, pgTable as pgTable2, text as text2, timestamp as timestamp2, uuid as uuid2 } from "drizzle-orm/pg-core";
var departmentEnum = pgEnum("department", DEPARTMENTS);
var workflowTypeEnum = pgEnum("workflow_type", WORKFLOW_TYPES);
var billTimingEnum = pgEnum("bill_timing", ["BEFORE", "AFTER"]);
var serviceCatalog = pgTable2(
  "service_catalog",
  {
    id: uuid2("id").primaryKey().defaultRandom(),
    code: text2("code").notNull().unique(),
    name: text2("name").notNull(),
    department: departmentEnum("department").notNull(),
    workflowType: workflowTypeEnum("workflow_type").notNull(),
    /** Kobo. bigint because clinic totals outgrow int4's ₦21m ceiling. */
    priceMinor: bigint("price_minor", { mode: "number" }).notNull(),
    requiresVisit: boolean("requires_visit").notNull().default(true),
    requiresConsultation: boolean("requires_consultation").notNull().default(false),
    autoBill: boolean("auto_bill").notNull().default(false),
    billTiming: billTimingEnum("bill_timing").notNull().default("BEFORE"),
    orderableBy: text2("orderable_by").array().notNull().default(sql2`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp2("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp2("updated_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [
    check("service_catalog_price_nonnegative", sql2`${t.priceMinor} >= 0`),
    index2("service_catalog_department_idx").on(t.department, t.active)
  ]
);

// src/modules/identity/identity.schema.ts
import { sql as sql3 } from "drizzle-orm";
import {
  bigint as bigint2,
  boolean as boolean2,
  check as check2,
  index as index3,
  integer,
  pgTable as pgTable3,
  primaryKey,
  smallint,
  text as text3,
  timestamp as timestamp3,
  uniqueIndex,
  uuid as uuid3
} from "drizzle-orm/pg-core";
var ts = (name) => timestamp3(name, { withTimezone: true, precision: 3 });
var roleList2 = sql3.raw(ROLES.map((r) => `'${r}'`).join(","));
var users = pgTable3(
  "users",
  {
    id: uuid3("id").primaryKey().defaultRandom(),
    /** Always lower-case (usernameSchema), so the unique index is case-insensitive in effect. */
    username: text3("username").notNull(),
    fullName: text3("full_name").notNull(),
    passwordHash: text3("password_hash").notNull(),
    roles: text3("roles").array().notNull(),
    active: boolean2("active").notNull().default(true),
    mustChangePassword: boolean2("must_change_password").notNull().default(true),
    /** Bumped to kill every access token at once (deactivation, password change, MFA reset). */
    tokenVersion: integer("token_version").notNull().default(0),
    mfaEnabled: boolean2("mfa_enabled").notNull().default(false),
    /** AES-256-GCM sealed TOTP secrets (mfa-crypto.ts); the pending one awaits its first code. */
    mfaSecret: text3("mfa_secret"),
    mfaPendingSecret: text3("mfa_pending_secret"),
    /** The last TOTP time step accepted, so a code cannot be replayed inside its window. */
    mfaLastStep: bigint2("mfa_last_step", { mode: "number" }),
    passwordChangedAt: ts("password_changed_at").notNull().defaultNow(),
    lastLoginAt: ts("last_login_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: uuid3("created_by"),
    updatedAt: ts("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex("users_username_key").on(t.username),
    check2("users_username_lower", sql3`${t.username} = lower(${t.username})`),
    check2("users_roles_known", sql3`${t.roles} <@ ARRAY[${roleList2}]::text[] and cardinality(${t.roles}) > 0`),
    check2("users_mfa_secret_when_enabled", sql3`not ${t.mfaEnabled} or ${t.mfaSecret} is not null`)
  ]
);
var authSessions = pgTable3(
  "auth_sessions",
  {
    id: uuid3("id").primaryKey().defaultRandom(),
    userId: uuid3("user_id").notNull().references(() => users.id),
    /** Where the refresh token travels: the web app's httpOnly cookie or an API client's body. */
    transport: text3("transport").notNull(),
    createdAt: ts("created_at").notNull(),
    revokedAt: ts("revoked_at"),
    revokedReason: text3("revoked_reason")
  },
  (t) => [
    index3("auth_sessions_user_idx").on(t.userId),
    check2("auth_sessions_transport", sql3`${t.transport} in ('cookie', 'body')`)
  ]
);
var refreshTokens = pgTable3(
  "refresh_tokens",
  {
    id: uuid3("id").primaryKey().defaultRandom(),
    sessionId: uuid3("session_id").notNull().references(() => authSessions.id),
    tokenHash: text3("token_hash").notNull(),
    /** Double-submit CSRF value for cookie sessions (rotated with the token); null for body sessions. */
    csrfHash: text3("csrf_hash"),
    createdAt: ts("created_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
    /** Set when rotated; presenting it again is reuse. */
    usedAt: ts("used_at")
  },
  (t) => [
    uniqueIndex("refresh_tokens_hash_key").on(t.tokenHash),
    index3("refresh_tokens_session_idx").on(t.sessionId)
  ]
);
var mfaRecoveryCodes = pgTable3(
  "mfa_recovery_codes",
  {
    id: uuid3("id").primaryKey().defaultRandom(),
    userId: uuid3("user_id").notNull().references(() => users.id),
    codeHash: text3("code_hash").notNull(),
    createdAt: ts("created_at").notNull(),
    usedAt: ts("used_at")
  },
  (t) => [uniqueIndex("mfa_recovery_codes_hash_key").on(t.userId, t.codeHash)]
);
var loginThrottle = pgTable3("login_throttle", {
  subject: text3("subject").primaryKey(),
  failedCount: integer("failed_count").notNull().default(0),
  lockedUntil: ts("locked_until"),
  updatedAt: ts("updated_at").notNull()
});
var rateLimitCounters = pgTable3(
  "rate_limit_counters",
  {
    bucket: text3("bucket").notNull(),
    windowStart: ts("window_start").notNull(),
    hits: integer("hits").notNull(),
    expiresAt: ts("expires_at").notNull()
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index3("rate_limit_counters_expires_idx").on(t.expiresAt)
  ]
);
var securityPolicy = pgTable3(
  "security_policy",
  {
    id: smallint("id").primaryKey().default(1),
    mfaRequiredRoles: text3("mfa_required_roles").array().notNull(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    updatedBy: uuid3("updated_by")
  },
  (t) => [
    check2("security_policy_singleton", sql3`${t.id} = 1`),
    check2("security_policy_roles_known", sql3`${t.mfaRequiredRoles} <@ ARRAY[${roleList2}]::text[]`)
  ]
);

// src/modules/patients/patients.schema.ts
import { sql as sql5 } from "drizzle-orm";
import {
  boolean as boolean4,
  check as check4,
  date,
  index as index5,
  jsonb as jsonb2,
  pgEnum as pgEnum2,
  pgSequence,
  pgTable as pgTable5,
  smallint as smallint2,
  text as text5,
  timestamp as timestamp5,
  uniqueIndex as uniqueIndex3,
  uuid as uuid5
} from "drizzle-orm/pg-core";

// src/modules/hmo/hmo.schema.ts
import { sql as sql4 } from "drizzle-orm";
import {
  bigint as bigint3,
  boolean as boolean3,
  check as check3,
  index as index4,
  pgTable as pgTable4,
  text as text4,
  timestamp as timestamp4,
  uniqueIndex as uniqueIndex2,
  uuid as uuid4
} from "drizzle-orm/pg-core";
var ts2 = (name) => timestamp4(name, { withTimezone: true, precision: 3 });
var hmoProviders = pgTable4("hmo_providers", {
  id: uuid4("id").primaryKey().defaultRandom(),
  code: text4("code").notNull().unique(),
  name: text4("name").notNull(),
  contactName: text4("contact_name"),
  phone: text4("phone"),
  email: text4("email"),
  address: text4("address"),
  active: boolean3("active").notNull().default(true),
  createdAt: ts2("created_at").notNull().defaultNow(),
  updatedAt: ts2("updated_at").notNull().defaultNow()
});
var hmoTariffs = pgTable4(
  "hmo_tariffs",
  {
    id: uuid4("id").primaryKey().defaultRandom(),
    providerId: uuid4("provider_id").notNull().references(() => hmoProviders.id),
    serviceId: uuid4("service_id").notNull().references(() => serviceCatalog.id),
    priceMinor: bigint3("price_minor", { mode: "number" }).notNull(),
    active: boolean3("active").notNull().default(true),
    updatedBy: uuid4("updated_by").references(() => users.id),
    createdAt: ts2("created_at").notNull().defaultNow(),
    updatedAt: ts2("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex2("hmo_tariffs_provider_service_key").on(t.providerId, t.serviceId),
    index4("hmo_tariffs_service_idx").on(t.serviceId),
    check3("hmo_tariffs_price_nonnegative", sql4`${t.priceMinor} >= 0`)
  ]
);

// src/modules/patients/patients.schema.ts
var ts3 = (name) => timestamp5(name, { withTimezone: true, precision: 3 });
var sexEnum = pgEnum2("sex", ["MALE", "FEMALE", "OTHER"]);
var coverageTypeEnum = pgEnum2("coverage_type", COVERAGE_TYPES);
var patientMrnSeq = pgSequence("patient_mrn_seq", { startWith: 1, increment: 1 });
var patients = pgTable5(
  "patients",
  {
    id: uuid5("id").primaryKey().defaultRandom(),
    mrn: text5("mrn").notNull(),
    firstName: text5("first_name").notNull(),
    middleName: text5("middle_name"),
    lastName: text5("last_name").notNull(),
    /** Null only for portal self-registrations until reception completes the record. */
    sex: sexEnum("sex"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    /** The date of birth was derived from an estimated age. */
    dateOfBirthEstimated: boolean4("date_of_birth_estimated").notNull().default(false),
    /** E.164 (+2348031234567). */
    phone: text5("phone").notNull(),
    email: text5("email"),
    address: text5("address"),
    nationalId: text5("national_id"),
    nextOfKin: jsonb2("next_of_kin").$type(),
    bloodGroup: text5("blood_group"),
    allergies: jsonb2("allergies").$type().notNull().default(sql5`'[]'::jsonb`),
    searchName: text5("search_name").notNull().generatedAlwaysAs(sql5`lower(first_name || ' ' || coalesce(middle_name || ' ', '') || last_name)`),
    /** The portal account, if the patient has one; one account per patient. */
    userId: uuid5("user_id").references(() => users.id),
    portalVerified: boolean4("portal_verified").notNull().default(false),
    portalVerifiedAt: ts3("portal_verified_at"),
    portalVerifiedBy: uuid5("portal_verified_by").references(() => users.id),
    archivedAt: ts3("archived_at"),
    archivedBy: uuid5("archived_by").references(() => users.id),
    archiveReason: text5("archive_reason"),
    createdBy: uuid5("created_by").references(() => users.id),
    createdAt: ts3("created_at").notNull().defaultNow(),
    updatedAt: ts3("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex3("patients_user_key").on(t.userId),
    uniqueIndex3("patients_mrn_key").on(t.mrn),
    // Unique when present: two patients may both lack one.
    uniqueIndex3("patients_national_id_key").on(t.nationalId).where(sql5`${t.nationalId} is not null`),
    index5("patients_pending_portal_idx").on(t.createdAt).where(sql5`${t.userId} is not null and not ${t.portalVerified}`),
    index5("patients_search_name_trgm_idx").using("gin", sql5`${t.searchName} gin_trgm_ops`),
    index5("patients_phone_idx").using("btree", sql5`${t.phone} text_pattern_ops`),
    index5("patients_mrn_pattern_idx").using("btree", sql5`${t.mrn} text_pattern_ops`),
    // Broad name searches walk this in name order; the trailing columns let the filter run on the
    // index alone (index-only scan), so a million-row walk never touches the table for misses.
    index5("patients_name_order_idx").on(
      t.lastName,
      t.firstName,
      t.dateOfBirth,
      t.id,
      t.searchName,
      t.archivedAt
    ),
    // Duplicate warnings look up "same name and date of birth" case-insensitively, by date first.
    index5("patients_date_of_birth_idx").on(t.dateOfBirth)
  ]
);
var patientHmoEnrolments = pgTable5(
  "patient_hmo_enrolments",
  {
    id: uuid5("id").primaryKey().defaultRandom(),
    patientId: uuid5("patient_id").notNull().references(() => patients.id),
    providerId: uuid5("provider_id").notNull().references(() => hmoProviders.id),
    policyNumber: text5("policy_number").notNull(),
    plan: text5("plan"),
    coverage: coverageTypeEnum("coverage").notNull(),
    /** 100 for FULL; 1–99 for PARTIAL. */
    coveragePercent: smallint2("coverage_percent").notNull(),
    validFrom: date("valid_from", { mode: "string" }),
    validTo: date("valid_to", { mode: "string" }),
    active: boolean4("active").notNull().default(true),
    createdBy: uuid5("created_by").references(() => users.id),
    createdAt: ts3("created_at").notNull().defaultNow(),
    updatedAt: ts3("updated_at").notNull().defaultNow()
  },
  (t) => [
    index5("patient_hmo_enrolments_patient_idx").on(t.patientId),
    check4("patient_hmo_enrolments_percent", sql5`${t.coveragePercent} between 1 and 100`)
  ]
);

// src/modules/till/till.schema.ts
import { sql as sql6 } from "drizzle-orm";
import {
  bigint as bigint4,
  check as check5,
  date as date2,
  index as index6,
  jsonb as jsonb3,
  pgEnum as pgEnum3,
  pgTable as pgTable6,
  text as text6,
  timestamp as timestamp6,
  uniqueIndex as uniqueIndex4,
  uuid as uuid6
} from "drizzle-orm/pg-core";
var ts4 = (name) => timestamp6(name, { withTimezone: true, precision: 3 });
var shiftStatusEnum = pgEnum3("shift_status", ["OPEN", "CLOSED"]);
var tillShifts = pgTable6(
  "till_shifts",
  {
    id: uuid6("id").primaryKey().defaultRandom(),
    cashierId: uuid6("cashier_id").notNull().references(() => users.id),
    status: shiftStatusEnum("status").notNull().default("OPEN"),
    openingFloatMinor: bigint4("opening_float_minor", { mode: "number" }).notNull(),
    openedAt: ts4("opened_at").notNull().defaultNow(),
    closedAt: ts4("closed_at"),
    expected: jsonb3("expected").$type(),
    counted: jsonb3("counted").$type(),
    varianceMinor: bigint4("variance_minor", { mode: "number" }),
    closingNote: text6("closing_note")
  },
  (t) => [
    uniqueIndex4("till_shifts_one_open_per_cashier").on(t.cashierId).where(sql6`${t.status} = 'OPEN'`),
    index6("till_shifts_opened_idx").on(t.openedAt),
    check5("till_shifts_float_nonnegative", sql6`${t.openingFloatMinor} >= 0`)
  ]
);
var endOfDayReports = pgTable6("end_of_day_reports", {
  reportDate: date2("report_date", { mode: "string" }).primaryKey(),
  timeZone: text6("time_zone").notNull(),
  snapshot: jsonb3("snapshot").notNull(),
  finalisedBy: uuid6("finalised_by").notNull().references(() => users.id),
  finalisedAt: ts4("finalised_at").notNull().defaultNow()
});

// src/modules/visits/visits.schema.ts
import { sql as sql7 } from "drizzle-orm";
import {
  bigint as bigint5,
  boolean as boolean5,
  check as check6,
  index as index7,
  pgEnum as pgEnum4,
  pgTable as pgTable7,
  smallint as smallint3,
  text as text7,
  timestamp as timestamp7,
  uniqueIndex as uniqueIndex5,
  uuid as uuid7
} from "drizzle-orm/pg-core";
var ts5 = (name) => timestamp7(name, { withTimezone: true, precision: 3 });
var visitTypeEnum = pgEnum4("visit_type", VISIT_TYPES);
var visitStatusEnum = pgEnum4("visit_status", VISIT_STATUSES);
var payerEnum = pgEnum4("payer", PAYERS);
var visitPaymentStatusEnum = pgEnum4("visit_payment_status", VISIT_PAYMENT_STATUSES);
var insuranceStatusEnum = pgEnum4("insurance_status", INSURANCE_STATUSES);
var visits = pgTable7(
  "visits",
  {
    id: uuid7("id").primaryKey().defaultRandom(),
    /** Human number, e.g. V-2026-000123. */
    number: text7("number").notNull(),
    patientId: uuid7("patient_id").notNull().references(() => patients.id),
    type: visitTypeEnum("type").notNull(),
    payer: payerEnum("payer").notNull(),
    emergency: boolean5("emergency").notNull().default(false),
    emergencyReason: text7("emergency_reason"),
    assignedDoctorId: uuid7("assigned_doctor_id").references(() => users.id),
    chiefComplaint: text7("chief_complaint"),
    status: visitStatusEnum("status").notNull().default("OPEN"),
    paymentStatus: visitPaymentStatusEnum("payment_status").notNull().default("PAID"),
    netMinor: bigint5("net_minor", { mode: "number" }).notNull().default(0),
    patientShareMinor: bigint5("patient_share_minor", { mode: "number" }).notNull().default(0),
    /** Negative is a credit. */
    outstandingMinor: bigint5("outstanding_minor", { mode: "number" }).notNull().default(0),
    /** Assigned once, on first print; reprints keep it. */
    invoiceNumber: text7("invoice_number"),
    deferredAt: ts5("deferred_at"),
    deferredBy: uuid7("deferred_by").references(() => users.id),
    deferralReason: text7("deferral_reason"),
    openedBy: uuid7("opened_by").notNull().references(() => users.id),
    openedAt: ts5("opened_at").notNull().defaultNow(),
    closedBy: uuid7("closed_by").references(() => users.id),
    closedAt: ts5("closed_at"),
    updatedAt: ts5("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex5("visits_number_key").on(t.number),
    uniqueIndex5("visits_invoice_number_key").on(t.invoiceNumber),
    // The rule "one OPEN visit per patient" lives in the database, not only in the service.
    uniqueIndex5("visits_one_open_per_patient").on(t.patientId).where(sql7`${t.status} = 'OPEN'`),
    index7("visits_patient_opened_idx").on(t.patientId, t.openedAt),
    index7("visits_opened_idx").on(t.openedAt),
    index7("visits_status_payment_idx").on(t.status, t.paymentStatus, t.openedAt),
    // The doctor's own queue (?mine=true) and GET /visits?doctorId.
    index7("visits_doctor_opened_idx").on(t.assignedDoctorId, t.openedAt),
    check6(
      "visits_emergency_reason",
      sql7`not ${t.emergency} or length(coalesce(${t.emergencyReason}, '')) >= 3`
    )
  ]
);
var visitInsurance = pgTable7(
  "visit_insurance",
  {
    id: uuid7("id").primaryKey().defaultRandom(),
    visitId: uuid7("visit_id").notNull().references(() => visits.id),
    providerId: uuid7("provider_id").notNull().references(() => hmoProviders.id),
    policyNumber: text7("policy_number").notNull(),
    coverage: coverageTypeEnum("coverage").notNull(),
    coveragePercent: smallint3("coverage_percent").notNull(),
    status: insuranceStatusEnum("status").notNull().default("PENDING"),
    authorizationCode: text7("authorization_code"),
    approvedMinor: bigint5("approved_minor", { mode: "number" }),
    approvedBy: uuid7("approved_by").references(() => users.id),
    approvedAt: ts5("approved_at"),
    rejectionReason: text7("rejection_reason"),
    rejectedBy: uuid7("rejected_by").references(() => users.id),
    rejectedAt: ts5("rejected_at"),
    /** When the HMO paid its share (→ SETTLED). */
    remittedAt: ts5("remitted_at"),
    createdBy: uuid7("created_by").notNull().references(() => users.id),
    createdAt: ts5("created_at").notNull().defaultNow(),
    updatedAt: ts5("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex5("visit_insurance_visit_key").on(t.visitId),
    index7("visit_insurance_provider_status_idx").on(t.providerId, t.status),
    check6("visit_insurance_percent", sql7`${t.coveragePercent} between 1 and 100`),
    check6("visit_insurance_approved_nonnegative", sql7`${t.approvedMinor} is null or ${t.approvedMinor} >= 0`)
  ]
);

// src/modules/billing/billing.schema.ts
var ts6 = (name) => timestamp8(name, { withTimezone: true, precision: 3 });
var chargeStatusEnum = pgEnum5("charge_status", CHARGE_STATUSES);
var paymentMethodEnum = pgEnum5("payment_method", PAYMENT_METHODS);
var refundStatusEnum = pgEnum5("refund_status", ["PENDING_APPROVAL", "COMPLETED", "REJECTED"]);
var onlinePaymentStatusEnum = pgEnum5("online_payment_status", [
  "INITIALISED",
  "SUCCEEDED",
  "FAILED"
]);
var charges = pgTable8(
  "charges",
  {
    id: uuid8("id").primaryKey().defaultRandom(),
    visitId: uuid8("visit_id").notNull().references(() => visits.id),
    patientId: uuid8("patient_id").notNull().references(() => patients.id),
    serviceId: uuid8("service_id").notNull().references(() => serviceCatalog.id),
    serviceCode: text8("service_code").notNull(),
    serviceName: text8("service_name").notNull(),
    department: text8("department").$type().notNull(),
    billTiming: billTimingEnum("bill_timing").notNull(),
    unitPriceMinor: bigint6("unit_price_minor", { mode: "number" }).notNull(),
    quantity: integer2("quantity").notNull().default(1),
    amountMinor: bigint6("amount_minor", { mode: "number" }).notNull(),
    hmoShareMinor: bigint6("hmo_share_minor", { mode: "number" }).notNull().default(0),
    patientShareMinor: bigint6("patient_share_minor", { mode: "number" }).notNull().default(0),
    status: chargeStatusEnum("status").notNull().default("PENDING"),
    settled: boolean6("settled").notNull().default(false),
    /** Set when the service is performed (sample collected, study done, drug dispensed). */
    renderedAt: ts6("rendered_at"),
    autoBilled: boolean6("auto_billed").notNull().default(false),
    reason: text8("reason"),
    reasonBy: uuid8("reason_by").references(() => users.id),
    reasonAt: ts6("reason_at"),
    createdBy: uuid8("created_by").notNull().references(() => users.id),
    createdAt: ts6("created_at").notNull().defaultNow(),
    updatedAt: ts6("updated_at").notNull().defaultNow()
  },
  (t) => [
    index8("charges_visit_idx").on(t.visitId, t.createdAt),
    index8("charges_created_idx").on(t.createdAt),
    check7("charges_quantity_positive", sql8`${t.quantity} > 0`),
    check7(
      "charges_amount",
      sql8`${t.amountMinor} = ${t.unitPriceMinor} * ${t.quantity} and ${t.amountMinor} >= 0`
    )
  ]
);
var payments = pgTable8(
  "payments",
  {
    id: uuid8("id").primaryKey().defaultRandom(),
    visitId: uuid8("visit_id").notNull().references(() => visits.id),
    patientId: uuid8("patient_id").notNull().references(() => patients.id),
    method: paymentMethodEnum("method").notNull(),
    amountMinor: bigint6("amount_minor", { mode: "number" }).notNull(),
    appliedMinor: bigint6("applied_minor", { mode: "number" }).notNull(),
    walletCreditMinor: bigint6("wallet_credit_minor", { mode: "number" }).notNull().default(0),
    reference: text8("reference"),
    receiptNumber: text8("receipt_number").notNull(),
    /** Null only for gateway (ONLINE) payments confirmed by webhook. */
    cashierId: uuid8("cashier_id").references(() => users.id),
    shiftId: uuid8("shift_id").references(() => tillShifts.id),
    receivedAt: ts6("received_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex6("payments_receipt_number_key").on(t.receiptNumber),
    index8("payments_visit_idx").on(t.visitId, t.receivedAt),
    index8("payments_received_idx").on(t.receivedAt),
    index8("payments_shift_idx").on(t.shiftId),
    check7(
      "payments_amounts",
      sql8`${t.amountMinor} > 0 and ${t.appliedMinor} >= 0 and ${t.walletCreditMinor} >= 0
      and ${t.appliedMinor} + ${t.walletCreditMinor} = ${t.amountMinor}`
    )
  ]
);
var paymentAllocations = pgTable8(
  "payment_allocations",
  {
    paymentId: uuid8("payment_id").notNull().references(() => payments.id),
    chargeId: uuid8("charge_id").notNull().references(() => charges.id),
    amountMinor: bigint6("amount_minor", { mode: "number" }).notNull()
  },
  (t) => [
    primaryKey2({ columns: [t.paymentId, t.chargeId] }),
    index8("payment_allocations_charge_idx").on(t.chargeId),
    check7("payment_allocations_positive", sql8`${t.amountMinor} > 0`)
  ]
);
var refunds = pgTable8(
  "refunds",
  {
    id: uuid8("id").primaryKey().defaultRandom(),
    paymentId: uuid8("payment_id").notNull().references(() => payments.id),
    visitId: uuid8("visit_id").notNull().references(() => visits.id),
    amountMinor: bigint6("amount_minor", { mode: "number" }).notNull(),
    reason: text8("reason").notNull(),
    status: refundStatusEnum("status").notNull(),
    /** Assigned when the money actually leaves (COMPLETED). */
    refundNumber: text8("refund_number"),
    requestedBy: uuid8("requested_by").notNull().references(() => users.id),
    requestedAt: ts6("requested_at").notNull().defaultNow(),
    decidedBy: uuid8("decided_by").references(() => users.id),
    decidedAt: ts6("decided_at"),
    decisionNote: text8("decision_note"),
    shiftId: uuid8("shift_id").references(() => tillShifts.id)
  },
  (t) => [
    uniqueIndex6("refunds_number_key").on(t.refundNumber),
    index8("refunds_payment_idx").on(t.paymentId),
    index8("refunds_visit_idx").on(t.visitId),
    index8("refunds_status_idx").on(t.status, t.requestedAt),
    check7("refunds_positive", sql8`${t.amountMinor} > 0`)
  ]
);
var onlinePayments = pgTable8(
  "online_payments",
  {
    id: uuid8("id").primaryKey().defaultRandom(),
    reference: text8("reference").notNull(),
    visitId: uuid8("visit_id").notNull().references(() => visits.id),
    patientId: uuid8("patient_id").notNull().references(() => patients.id),
    amountMinor: bigint6("amount_minor", { mode: "number" }).notNull(),
    status: onlinePaymentStatusEnum("status").notNull().default("INITIALISED"),
    paymentId: uuid8("payment_id").references(() => payments.id),
    initialisedBy: uuid8("initialised_by").references(() => users.id),
    createdAt: ts6("created_at").notNull().defaultNow(),
    confirmedAt: ts6("confirmed_at"),
    gatewayPayload: jsonb4("gateway_payload")
  },
  (t) => [
    uniqueIndex6("online_payments_reference_key").on(t.reference),
    index8("online_payments_visit_idx").on(t.visitId),
    check7("online_payments_positive", sql8`${t.amountMinor} > 0`)
  ]
);

// src/modules/consultation/consultation.schema.ts
import { index as index9, jsonb as jsonb5, pgEnum as pgEnum6, pgTable as pgTable9, text as text9, timestamp as timestamp9, uniqueIndex as uniqueIndex7, uuid as uuid9 } from "drizzle-orm/pg-core";
var ts7 = (name) => timestamp9(name, { withTimezone: true, precision: 3 });
var consultationStatusEnum = pgEnum6("consultation_status", CONSULTATION_STATUSES);
var consultations = pgTable9(
  "consultations",
  {
    id: uuid9("id").primaryKey().defaultRandom(),
    visitId: uuid9("visit_id").notNull().references(() => visits.id),
    doctorId: uuid9("doctor_id").notNull().references(() => users.id),
    status: consultationStatusEnum("status").notNull().default("IN_PROGRESS"),
    presentingComplaint: text9("presenting_complaint"),
    history: text9("history"),
    examination: text9("examination"),
    diagnoses: jsonb5("diagnoses").$type().notNull().default([]),
    plan: text9("plan"),
    notes: text9("notes"),
    startedAt: ts7("started_at").notNull().defaultNow(),
    completedAt: ts7("completed_at"),
    updatedAt: ts7("updated_at").notNull().defaultNow()
  },
  (t) => [
    uniqueIndex7("consultations_visit_key").on(t.visitId),
    index9("consultations_doctor_idx").on(t.doctorId, t.startedAt)
  ]
);

// src/modules/idempotency/idempotency.schema.ts
import { index as index10, jsonb as jsonb6, pgTable as pgTable10, primaryKey as primaryKey3, smallint as smallint4, text as text10, timestamp as timestamp10, uuid as uuid10 } from "drizzle-orm/pg-core";
var idempotencyKeys = pgTable10(
  "idempotency_keys",
  {
    userId: uuid10("user_id").notNull().references(() => users.id),
    key: text10("key").notNull(),
    /** METHOD + route pattern: the same key on another endpoint is a different request. */
    scope: text10("scope").notNull(),
    /** SHA-256 of the route params and canonical body. */
    requestHash: text10("request_hash").notNull(),
    responseStatus: smallint4("response_status").notNull(),
    responseBody: jsonb6("response_body").notNull(),
    createdAt: timestamp10("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow()
  },
  (t) => [primaryKey3({ columns: [t.userId, t.key] }), index10("idempotency_keys_created_idx").on(t.createdAt)]
);

// src/modules/numbering/numbering.schema.ts
import { integer as integer3, pgTable as pgTable11, primaryKey as primaryKey4, smallint as smallint5, text as text11 } from "drizzle-orm/pg-core";
var documentCounters = pgTable11(
  "document_counters",
  {
    kind: text11("kind").notNull(),
    year: smallint5("year").notNull(),
    lastValue: integer3("last_value").notNull()
  },
  (t) => [primaryKey4({ columns: [t.kind, t.year] })]
);

// src/modules/settings/settings.schema.ts
import { sql as sql9 } from "drizzle-orm";
import { bigint as bigint7, check as check8, pgTable as pgTable12, smallint as smallint6, text as text12, timestamp as timestamp11, uuid as uuid11 } from "drizzle-orm/pg-core";
var clinicSettings = pgTable12(
  "clinic_settings",
  {
    id: smallint6("id").primaryKey().default(1),
    clinicName: text12("clinic_name").notNull(),
    address: text12("address").notNull().default(""),
    phone: text12("phone").notNull().default(""),
    email: text12("email").notNull().default(""),
    currency: text12("currency").notNull().default("NGN"),
    timeZone: text12("time_zone").notNull().default("Africa/Lagos"),
    phoneRegion: text12("phone_region").notNull().default("NG"),
    mrnPrefix: text12("mrn_prefix").notNull().default("MRN-"),
    /** Kobo; ₦50,000 by default. */
    refundApprovalThresholdMinor: bigint7("refund_approval_threshold_minor", { mode: "number" }).notNull().default(5e6),
    updatedAt: timestamp11("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid11("updated_by")
  },
  (t) => [check8("clinic_settings_singleton", sql9`${t.id} = 1`)]
);

// src/modules/wallet/wallet.schema.ts
import { sql as sql10 } from "drizzle-orm";
import { bigint as bigint8, check as check9, index as index11, pgEnum as pgEnum7, pgTable as pgTable13, text as text13, timestamp as timestamp12, uuid as uuid12 } from "drizzle-orm/pg-core";
var ts8 = (name) => timestamp12(name, { withTimezone: true, precision: 3 });
var walletEntryKindEnum = pgEnum7("wallet_entry_kind", [
  "DEPOSIT",
  "OVERPAYMENT",
  "VISIT_PAYMENT",
  "REFUND"
]);
var wallets = pgTable13(
  "wallets",
  {
    patientId: uuid12("patient_id").primaryKey().references(() => patients.id),
    balanceMinor: bigint8("balance_minor", { mode: "number" }).notNull().default(0),
    updatedAt: ts8("updated_at").notNull().defaultNow()
  },
  (t) => [check9("wallets_balance_nonnegative", sql10`${t.balanceMinor} >= 0`)]
);
var walletEntries = pgTable13(
  "wallet_entries",
  {
    id: uuid12("id").primaryKey().defaultRandom(),
    patientId: uuid12("patient_id").notNull().references(() => patients.id),
    kind: walletEntryKindEnum("kind").notNull(),
    amountMinor: bigint8("amount_minor", { mode: "number" }).notNull(),
    balanceAfterMinor: bigint8("balance_after_minor", { mode: "number" }).notNull(),
    method: paymentMethodEnum("method"),
    reference: text13("reference"),
    /** Deposits get their own receipt number. */
    receiptNumber: text13("receipt_number"),
    paymentId: uuid12("payment_id").references(() => payments.id),
    createdBy: uuid12("created_by").references(() => users.id),
    shiftId: uuid12("shift_id").references(() => tillShifts.id),
    createdAt: ts8("created_at").notNull().defaultNow()
  },
  (t) => [
    index11("wallet_entries_patient_idx").on(t.patientId, t.createdAt),
    index11("wallet_entries_shift_idx").on(t.shiftId),
    check9("wallet_entries_nonzero", sql10`${t.amountMinor} <> 0 and ${t.balanceAfterMinor} >= 0`)
  ]
);

// src/db/timeout.ts
async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/db/open-pglite.ts
async function openPglite(source) {
  if (source.dataDir) mkdirSync2(source.dataDir, { recursive: true });
  const client = new PGlite({
    ...source.dataDir ? { dataDir: source.dataDir } : {},
    ...source.loadDataDir ? { loadDataDir: source.loadDataDir } : {},
    extensions: { pg_trgm }
  });
  await client.waitReady;
  const db = drizzle({ client, schema: schema_exports });
  let closed = false;
  return {
    kind: "pglite",
    client,
    db,
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    migrationState: () => readMigrationState(db),
    ping: async (timeoutMs = 2e3) => {
      if (closed || client.closed) throw new Error("database closed");
      await withTimeout(db.execute(sql11`select 1`), timeoutMs);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    }
  };
}

// src/db/open-postgres.ts
import { sql as sql12 } from "drizzle-orm";
import { drizzle as drizzle2 } from "drizzle-orm/node-postgres";
import { migrate as migrate2 } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
function sslOption(mode) {
  if (mode === "disable") return false;
  if (mode === "require") return { rejectUnauthorized: false };
  return { rejectUnauthorized: true };
}
async function openPostgres(opts) {
  const url = new URL(opts.url);
  url.searchParams.delete("sslmode");
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: opts.poolMax,
    ssl: sslOption(opts.sslMode),
    statement_timeout: 6e4,
    connectionTimeoutMillis: 5e3,
    idleTimeoutMillis: 3e4,
    application_name: "modern-emr"
  });
  pool.on("error", (err) => opts.onPoolError?.(err));
  const db = drizzle2({ client: pool, schema: schema_exports });
  return {
    kind: "postgres",
    pool,
    db,
    migrate: async () => {
      const conn = await pool.connect();
      try {
        await conn.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
        try {
          await migrate2(drizzle2({ client: conn, schema: schema_exports }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await conn.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
        }
      } finally {
        conn.release();
      }
    },
    migrationState: () => readMigrationState(db),
    ping: async (timeoutMs = 2e3) => {
      await withTimeout(db.execute(sql12`select 1`), timeoutMs);
    },
    close: () => pool.end()
  };
}

// src/db/open-database.ts
function openDatabase(config2, onPoolError) {
  if (config2.databaseUrl) {
    return openPostgres({
      url: config2.databaseUrl,
      sslMode: config2.dbSslMode,
      poolMax: config2.dbPoolMax,
      ...onPoolError ? { onPoolError } : {}
    });
  }
  return openPglite({ dataDir: config2.dataDir });
}

// src/http/app.ts
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";

// src/clock.ts
var systemClock = () => /* @__PURE__ */ new Date();

// src/modules/audit/audit.routes.ts
import { z as z23 } from "zod";

// src/modules/audit/audit.service.ts
import { and, asc, desc, eq, gt, gte, like, lt, sql as sql13 } from "drizzle-orm";

// src/db/transaction.ts
function inTransaction(db, work) {
  return db.transaction(work);
}

// src/modules/audit/audit-hash.ts
import { createHash } from "node:crypto";
var GENESIS_HASH = "0".repeat(64);
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function chainHash(previousHash, row) {
  const content = canonical([
    row.createdAt.toISOString(),
    row.actorId,
    [...row.actorRoles],
    row.action,
    row.entityType,
    row.entityId,
    row.patientId,
    row.visitId,
    row.outcome,
    row.ip,
    row.userAgent,
    row.requestId,
    row.metadata
  ]);
  return createHash("sha256").update(previousHash).update("\n").update(content).digest("hex");
}

// src/modules/audit/audit.service.ts
var AUDIT_CHAIN_LOCK = 7345112002;
function auditContextOf(request) {
  const ua = request.headers["user-agent"];
  return {
    actorId: request.principal?.userId ?? null,
    actorRoles: request.principal?.roles ?? [],
    ip: request.ip ?? null,
    userAgent: typeof ua === "string" ? ua.slice(0, 512) : null,
    requestId: request.id ?? null
  };
}
async function recordAudit(db, ctx, event) {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql13`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const row = {
      createdAt: /* @__PURE__ */ new Date(),
      actorId: ctx.actorId,
      actorRoles: [...ctx.actorRoles],
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      patientId: event.patientId ?? null,
      visitId: event.visitId ?? null,
      outcome: event.outcome ?? "SUCCESS",
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
      metadata: event.metadata ?? {}
    };
    await tx.insert(auditLog).values({ ...row, hash: chainHash(last?.hash ?? GENESIS_HASH, row) });
  });
}
async function listAudit(db, filter, page) {
  const conditions = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.patientId) conditions.push(eq(auditLog.patientId, filter.patientId));
  if (filter.visitId) conditions.push(eq(auditLog.visitId, filter.visitId));
  if (filter.action?.endsWith("*")) {
    const prefix = filter.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(like(auditLog.action, `${prefix}%`));
  } else if (filter.action) {
    conditions.push(eq(auditLog.action, filter.action));
  }
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditLog.createdAt, filter.to));
  const where = conditions.length > 0 ? and(...conditions) : void 0;
  const [items, [count4]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(page.pageSize).offset((page.page - 1) * page.pageSize),
    db.select({ n: sql13`count(*)::int` }).from(auditLog).where(where)
  ]);
  return { items, total: count4?.n ?? 0, ...page };
}
async function verifyAuditChain(db, batchSize = 5e3) {
  let previous = GENESIS_HASH;
  let afterId = 0;
  let checked2 = 0;
  for (; ; ) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(batchSize);
    for (const row of rows) {
      checked2++;
      const expected = chainHash(previous, row);
      if (expected !== row.hash) return { ok: false, checked: checked2, firstBadId: row.id };
      previous = row.hash;
      afterId = row.id;
    }
    if (rows.length < batchSize) return { ok: true, checked: checked2 };
  }
}

// src/modules/audit/audit.routes.ts
var filterSchema = pageQuerySchema.extend({
  actorId: z23.uuid().optional(),
  patientId: z23.uuid().optional(),
  visitId: z23.uuid().optional(),
  /** An exact action, or a family with a trailing `*` (`auth.*`). */
  action: z23.string().max(100).optional(),
  from: z23.coerce.date().optional(),
  to: z23.coerce.date().optional()
});
var auditRoutes = async (app2, { db }) => {
  app2.get(
    "/audit-logs",
    {
      config: { access: { roles: ["ADMIN"] } },
      schema: { tags: ["audit"], querystring: filterSchema, response: { 200: pageSchema(auditEntrySchema) } }
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result2 = await listAudit(db, filter, { page, pageSize });
      await recordAudit(db, auditContextOf(request), {
        action: "audit.list",
        metadata: {
          filters: Object.keys(filter).filter((k) => filter[k] !== void 0)
        }
      });
      return {
        ...result2,
        items: result2.items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
      };
    }
  );
  app2.get(
    "/audit-logs/verify",
    {
      config: { access: { roles: ["ADMIN"] } },
      schema: {
        tags: ["audit"],
        response: {
          200: auditChainCheckSchema
        }
      }
    },
    async (request) => {
      const result2 = await verifyAuditChain(db);
      await recordAudit(db, auditContextOf(request), {
        action: "audit.verify",
        outcome: result2.ok ? "SUCCESS" : "FAILURE",
        metadata: { checked: result2.checked, firstBadId: result2.ok ? null : result2.firstBadId }
      });
      return result2;
    }
  );
};

// src/modules/billing/charge.routes.ts
import { z as z24 } from "zod";

// src/http/app-error.ts
var AppError = class extends Error {
  constructor(code, message, details, headers) {
    super(message);
    this.code = code;
    this.details = details;
    this.headers = headers;
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
  code;
  details;
  headers;
  status;
};
var notFound = (what) => new AppError("NOT_FOUND", `${what} not found`);
var conflict = (message, details) => new AppError("CONFLICT", message, details);

// src/modules/billing/actor.ts
function actorOf(request) {
  const userId = request.principal?.userId;
  if (!userId) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
  return { userId, ctx: auditContextOf(request) };
}

// src/modules/billing/billing-read.service.ts
import { asc as asc4, eq as eq4 } from "drizzle-orm";

// src/modules/billing/billing-views.ts
import { asc as asc2, eq as eq2, inArray, sql as sql14 } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
function chargeView(row, computed) {
  return {
    id: row.id,
    visitId: row.visitId,
    serviceCode: row.serviceCode,
    name: row.serviceName,
    department: row.department,
    billTiming: row.billTiming,
    quantity: row.quantity,
    unitPrice: row.unitPriceMinor,
    amount: row.amountMinor,
    hmoShare: computed?.hmoShare ?? row.hmoShareMinor,
    patientShare: computed?.patientShare ?? row.patientShareMinor,
    patientPaid: computed?.patientPaid ?? 0,
    patientDue: computed?.patientDue ?? 0,
    status: computed?.status ?? row.status,
    settled: computed?.settled ?? row.settled,
    rendered: row.renderedAt !== null,
    autoBilled: row.autoBilled,
    reason: row.reason,
    createdAt: row.createdAt.toISOString()
  };
}
function chargeViewOf(billing, chargeId) {
  const row = billing.chargeRows.find((c) => c.id === chargeId);
  if (!row) throw new Error(`charge ${chargeId} is not on visit ${billing.visit.id}`);
  return chargeView(
    row,
    billing.result.charges.find((c) => c.id === chargeId)
  );
}
function visitMoneyState(billing) {
  return {
    id: billing.visit.id,
    paymentStatus: billing.paymentStatus,
    paymentCleared: isCleared(billing.paymentStatus),
    outstanding: billing.result.summary.outstanding
  };
}
async function readPaymentViews(db, where) {
  const rows = await db.select({ payment: payments, cashierName: users.fullName }).from(payments).leftJoin(users, eq2(users.id, payments.cashierId)).where(where).orderBy(asc2(payments.receivedAt), asc2(payments.receiptNumber));
  if (rows.length === 0) return [];
  const sums = await db.select({
    paymentId: refunds.paymentId,
    status: refunds.status,
    total: sql14`sum(${refunds.amountMinor})`
  }).from(refunds).where(
    inArray(
      refunds.paymentId,
      rows.map((r) => r.payment.id)
    )
  ).groupBy(refunds.paymentId, refunds.status);
  const sumOf = (paymentId, status) => Number(sums.find((s) => s.paymentId === paymentId && s.status === status)?.total ?? 0);
  return rows.map(({ payment: p, cashierName }) => {
    const refunded = sumOf(p.id, "COMPLETED");
    const refundPending = sumOf(p.id, "PENDING_APPROVAL");
    return {
      id: p.id,
      visitId: p.visitId,
      patientId: p.patientId,
      receiptNumber: p.receiptNumber,
      method: p.method,
      amount: p.amountMinor,
      applied: p.appliedMinor,
      walletCredit: p.walletCreditMinor,
      reference: p.reference,
      receivedAt: p.receivedAt.toISOString(),
      cashierName,
      refunded,
      refundPending,
      refundable: p.appliedMinor - refunded - refundPending
    };
  });
}
var requester = alias(users, "refund_requester");
var decider = alias(users, "refund_decider");
async function readRefundViews(db, where, page) {
  const query = db.select({
    refund: refunds,
    receiptNumber: payments.receiptNumber,
    method: payments.method,
    requestedByName: requester.fullName,
    decidedByName: decider.fullName
  }).from(refunds).innerJoin(payments, eq2(payments.id, refunds.paymentId)).innerJoin(requester, eq2(requester.id, refunds.requestedBy)).leftJoin(decider, eq2(decider.id, refunds.decidedBy)).where(where).orderBy(asc2(refunds.requestedAt), asc2(refunds.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(({ refund: r, ...joined }) => ({
    id: r.id,
    paymentId: r.paymentId,
    visitId: r.visitId,
    receiptNumber: joined.receiptNumber,
    method: joined.method,
    amount: r.amountMinor,
    reason: r.reason,
    status: r.status,
    refundNumber: r.refundNumber,
    requestedAt: r.requestedAt.toISOString(),
    requestedByName: joined.requestedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: joined.decidedByName,
    decisionNote: r.decisionNote
  }));
}

// src/modules/billing/visit-billing.service.ts
import { and as and2, asc as asc3, eq as eq3, sql as sql15 } from "drizzle-orm";
async function lockVisit(tx, visitId) {
  const [visit] = await tx.select().from(visits).where(eq3(visits.id, visitId)).for("update");
  if (!visit) throw notFound("visit");
  return visit;
}
function toInsurance(row) {
  if (!row) return null;
  return {
    status: row.status,
    coverage: row.coverage,
    coveragePercent: row.coveragePercent,
    approvedAmount: row.approvedMinor
  };
}
async function readVisitBilling(db, visit) {
  const insuranceRows = await db.select().from(visitInsurance).where(eq3(visitInsurance.visitId, visit.id));
  const chargeRows = await db.select().from(charges).where(eq3(charges.visitId, visit.id)).orderBy(asc3(charges.createdAt), asc3(charges.id));
  const allocated = await db.select({
    chargeId: paymentAllocations.chargeId,
    total: sql15`sum(${paymentAllocations.amountMinor})`
  }).from(paymentAllocations).innerJoin(charges, eq3(charges.id, paymentAllocations.chargeId)).where(eq3(charges.visitId, visit.id)).groupBy(paymentAllocations.chargeId);
  const paid = await db.select({ amount: payments.appliedMinor }).from(payments).where(eq3(payments.visitId, visit.id));
  const refunded = await db.select({ amount: refunds.amountMinor }).from(refunds).where(and2(eq3(refunds.visitId, visit.id), eq3(refunds.status, "COMPLETED")));
  const insurance = insuranceRows[0] ?? null;
  const allocatedByCharge = new Map(allocated.map((a) => [a.chargeId, Number(a.total)]));
  const result2 = computeBilling({
    charges: chargeRows.map((c) => ({
      id: c.id,
      amount: c.amountMinor,
      status: c.status,
      createdAt: c.createdAt,
      allocated: allocatedByCharge.get(c.id) ?? 0
    })),
    payments: paid,
    refunds: refunded,
    insurance: toInsurance(insurance)
  });
  const paymentStatus = visitPaymentStatus(
    result2.summary,
    insurance?.status ?? null,
    insurance?.remittedAt != null
  );
  return { visit, insurance, chargeRows, result: result2, paymentStatus };
}
async function recomputeVisitBilling(tx, visitId) {
  const [visit] = await tx.select().from(visits).where(eq3(visits.id, visitId));
  if (!visit) throw notFound("visit");
  const billing = await readVisitBilling(tx, visit);
  const now = /* @__PURE__ */ new Date();
  const stored2 = new Map(billing.chargeRows.map((c) => [c.id, c]));
  for (const c of billing.result.charges) {
    const row = stored2.get(c.id);
    if (!row) continue;
    const status = c.status;
    if (row.status !== status || row.hmoShareMinor !== c.hmoShare || row.patientShareMinor !== c.patientShare || row.settled !== c.settled) {
      await tx.update(charges).set({
        status,
        hmoShareMinor: c.hmoShare,
        patientShareMinor: c.patientShare,
        settled: c.settled,
        updatedAt: now
      }).where(eq3(charges.id, c.id));
      Object.assign(row, {
        status,
        hmoShareMinor: c.hmoShare,
        patientShareMinor: c.patientShare,
        settled: c.settled
      });
    }
  }
  const { summary } = billing.result;
  if (visit.paymentStatus !== billing.paymentStatus || visit.netMinor !== summary.net || visit.patientShareMinor !== summary.patientShare || visit.outstandingMinor !== summary.outstanding) {
    const [updated] = await tx.update(visits).set({
      paymentStatus: billing.paymentStatus,
      netMinor: summary.net,
      patientShareMinor: summary.patientShare,
      outstandingMinor: summary.outstanding,
      updatedAt: now
    }).where(eq3(visits.id, visitId)).returning();
    if (updated) billing.visit = updated;
  }
  return billing;
}

// src/modules/billing/billing-read.service.ts
async function getVisitBillingView(db, visitId) {
  return inTransaction(db, async (tx) => {
    const [visit] = await tx.select().from(visits).where(eq4(visits.id, visitId));
    if (!visit) throw notFound("visit");
    const billing = await readVisitBilling(tx, visit);
    const computed = new Map(billing.result.charges.map((c) => [c.id, c]));
    const paymentViews = await readPaymentViews(tx, eq4(payments.visitId, visitId));
    const refundViews = await readRefundViews(tx, eq4(refunds.visitId, visitId));
    return {
      visitId: visit.id,
      visitNumber: visit.number,
      visitStatus: visit.status,
      payer: visit.payer,
      emergency: visit.emergency,
      summary: billing.result.summary,
      paymentStatus: billing.paymentStatus,
      paymentCleared: isCleared(billing.paymentStatus),
      charges: billing.chargeRows.map((row) => chargeView(row, computed.get(row.id))),
      payments: paymentViews,
      refunds: refundViews
    };
  });
}
async function getPaymentDetail(db, paymentId) {
  return inTransaction(db, async (tx) => {
    const [payment] = await readPaymentViews(tx, eq4(payments.id, paymentId));
    if (!payment) throw notFound("payment");
    const allocations = await tx.select({ chargeId: paymentAllocations.chargeId, amount: paymentAllocations.amountMinor }).from(paymentAllocations).innerJoin(charges, eq4(charges.id, paymentAllocations.chargeId)).where(eq4(paymentAllocations.paymentId, paymentId)).orderBy(asc4(charges.createdAt), asc4(charges.id));
    const refundViews = await readRefundViews(tx, eq4(refunds.paymentId, paymentId));
    return { ...payment, allocations, refunds: refundViews };
  });
}

// src/modules/billing/charge.service.ts
import { eq as eq7 } from "drizzle-orm";

// src/modules/billing/add-charge.ts
import { eq as eq6 } from "drizzle-orm";

// src/modules/hmo/tariff-price.ts
import { and as and3, eq as eq5 } from "drizzle-orm";
async function unitPriceFor(db, service, providerId) {
  if (providerId === null) return service.priceMinor;
  const [tariff] = await db.select({ priceMinor: hmoTariffs.priceMinor }).from(hmoTariffs).where(
    and3(
      eq5(hmoTariffs.providerId, providerId),
      eq5(hmoTariffs.serviceId, service.id),
      eq5(hmoTariffs.active, true)
    )
  ).limit(1);
  return tariff?.priceMinor ?? service.priceMinor;
}

// src/modules/billing/add-charge.ts
async function insertCharge(tx, input2) {
  const { visit, service, quantity } = input2;
  if (visit.status === "CLOSED")
    throw new AppError("VISIT_CLOSED", "The visit is closed; add charges to a new visit");
  if (!service.active) {
    throw new AppError("CONFLICT", `Service ${service.code} is retired and cannot be charged`, {
      path: "body.serviceCode"
    });
  }
  let providerId = null;
  if (visit.payer === "HMO") {
    const [cover] = await tx.select({ providerId: visitInsurance.providerId }).from(visitInsurance).where(eq6(visitInsurance.visitId, visit.id));
    providerId = cover?.providerId ?? null;
  }
  const unitPrice = await unitPriceFor(tx, service, providerId);
  const [row] = await tx.insert(charges).values({
    visitId: visit.id,
    patientId: visit.patientId,
    serviceId: service.id,
    serviceCode: service.code,
    serviceName: service.name,
    department: service.department,
    billTiming: service.billTiming,
    unitPriceMinor: unitPrice,
    quantity,
    amountMinor: mulMinor(unitPrice, quantity),
    autoBilled: input2.autoBilled ?? false,
    createdBy: input2.createdBy
  }).returning();
  if (!row) throw new Error("charge insert returned no row");
  return row;
}

// src/modules/billing/charge.service.ts
function assertOpen(visit) {
  if (visit.status === "CLOSED")
    throw new AppError("VISIT_CLOSED", "The visit is closed; its bill cannot change");
}
async function addVisitCharge(db, visitId, input2, actor) {
  return inTransaction(db, async (tx) => {
    const visit = await lockVisit(tx, visitId);
    assertOpen(visit);
    const [service] = await tx.select().from(serviceCatalog).where(eq7(serviceCatalog.code, input2.serviceCode));
    if (!service) {
      throw new AppError("NOT_FOUND", `No service with code ${input2.serviceCode}`, {
        path: "body.serviceCode"
      });
    }
    const row = await insertCharge(tx, { visit, service, quantity: input2.quantity, createdBy: actor.userId });
    const billing = await recomputeVisitBilling(tx, visitId);
    await recordAudit(tx, actor.ctx, {
      action: "charge.create",
      entityType: "charge",
      entityId: row.id,
      patientId: visit.patientId,
      visitId,
      metadata: { serviceCode: row.serviceCode, quantity: row.quantity, amount: row.amountMinor }
    });
    return { ...chargeViewOf(billing, row.id), visit: visitMoneyState(billing) };
  });
}
async function closeOutCharge(db, chargeId, to, reason, actor, now) {
  return inTransaction(db, async (tx) => {
    const [located] = await tx.select({ visitId: charges.visitId }).from(charges).where(eq7(charges.id, chargeId));
    if (!located) throw notFound("charge");
    const visit = await lockVisit(tx, located.visitId);
    assertOpen(visit);
    const before = await readVisitBilling(tx, visit);
    const current = chargeViewOf(before, chargeId);
    assertChargeTransition(current.status, to, { rendered: current.rendered });
    await tx.update(charges).set({ status: to, reason, reasonBy: actor.userId, reasonAt: now, updatedAt: now }).where(eq7(charges.id, chargeId));
    const billing = await recomputeVisitBilling(tx, visit.id);
    await recordAudit(tx, actor.ctx, {
      action: to === "WAIVED" ? "charge.waive" : "charge.void",
      entityType: "charge",
      entityId: chargeId,
      patientId: visit.patientId,
      visitId: visit.id,
      metadata: { serviceCode: current.serviceCode, amount: current.amount, reason }
    });
    return { ...chargeViewOf(billing, chargeId), visit: visitMoneyState(billing) };
  });
}

// src/modules/billing/charge.routes.ts
var tags = ["billing"];
var idParams = z24.object({ id: z24.uuid() });
var chargeRoutes = async (app2, { db, clock }) => {
  app2.get(
    "/visits/:id/billing",
    {
      config: { access: { roles: PERMISSIONS["billing.read"] } },
      schema: { tags, params: idParams, response: { 200: visitBillingViewSchema } }
    },
    async (request) => getVisitBillingView(db, request.params.id)
  );
  app2.post(
    "/visits/:id/charges",
    {
      config: { access: { roles: PERMISSIONS["billing.charge"] } },
      schema: {
        tags,
        params: idParams,
        body: addChargeRequestSchema,
        response: { 201: chargeChangedSchema }
      }
    },
    async (request, reply) => {
      const charge = await addVisitCharge(db, request.params.id, request.body, actorOf(request));
      return reply.code(201).send(charge);
    }
  );
  app2.post(
    "/charges/:id/waive",
    {
      config: { access: { roles: PERMISSIONS["billing.waive"] } },
      schema: {
        tags,
        params: idParams,
        body: chargeReasonRequestSchema,
        response: { 200: chargeChangedSchema }
      }
    },
    async (request) => closeOutCharge(db, request.params.id, "WAIVED", request.body.reason, actorOf(request), clock())
  );
  app2.post(
    "/charges/:id/void",
    {
      config: { access: { roles: PERMISSIONS["billing.charge"] } },
      schema: {
        tags,
        params: idParams,
        body: chargeReasonRequestSchema,
        response: { 200: chargeChangedSchema }
      }
    },
    async (request) => closeOutCharge(db, request.params.id, "VOIDED", request.body.reason, actorOf(request), clock())
  );
};

// src/modules/billing/payment.routes.ts
import { z as z25 } from "zod";

// src/modules/idempotency/idempotency.service.ts
import { createHash as createHash2 } from "node:crypto";
import { and as and4, eq as eq8, sql as sql16 } from "drizzle-orm";

// src/modules/idempotency/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted = {};
    for (const k of Object.keys(v).sort()) sorted[k] = v[k];
    return sorted;
  });
}

// src/modules/idempotency/idempotency.service.ts
var KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;
function idempotencyKeyOf(request) {
  const raw = request.headers["idempotency-key"];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === void 0 || key === "") {
    throw new AppError(
      "IDEMPOTENCY_KEY_REQUIRED",
      "This request moves money: send an Idempotency-Key header"
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("BAD_REQUEST", "Idempotency-Key must be 8\u2013255 printable characters", {
      path: "headers.idempotency-key"
    });
  }
  return key;
}
function fingerprint(request) {
  const scope = `${request.method} ${request.routeOptions.url ?? request.url}`;
  const hash = createHash2("sha256").update(canonicalJson({ scope, params: request.params ?? null, body: request.body ?? null })).digest("hex");
  return { scope, hash };
}
async function runIdempotent(db, request, successStatus, work) {
  const key = idempotencyKeyOf(request);
  const userId = request.principal?.userId;
  if (!userId) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
  const { scope, hash } = fingerprint(request);
  return inTransaction(db, async (tx) => {
    const claimed = await tx.insert(idempotencyKeys).values({ userId, key, scope, requestHash: hash, responseStatus: 0, responseBody: sql16`'null'::jsonb` }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [earlier] = await tx.select().from(idempotencyKeys).where(and4(eq8(idempotencyKeys.userId, userId), eq8(idempotencyKeys.key, key)));
      if (!earlier) throw new Error("idempotency key vanished between insert and select");
      if (earlier.scope !== scope || earlier.requestHash !== hash) {
        throw new AppError(
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used for a different request; use a new key for a new payment"
        );
      }
      return { status: earlier.responseStatus, body: earlier.responseBody, replayed: true };
    }
    const body = await work(tx);
    const stored2 = JSON.parse(JSON.stringify(body));
    await tx.update(idempotencyKeys).set({ responseStatus: successStatus, responseBody: stored2 }).where(and4(eq8(idempotencyKeys.userId, userId), eq8(idempotencyKeys.key, key)));
    return { status: successStatus, body: stored2, replayed: false };
  });
}

// src/modules/billing/payment.service.ts
import { eq as eq12 } from "drizzle-orm";

// src/modules/numbering/numbering.service.ts
import { sql as sql17 } from "drizzle-orm";
var NUMBER_PREFIXES = {
  receipt: "RCT",
  refund: "RFD",
  invoice: "INV",
  visit: "V"
};
async function nextDocumentNumber(tx, kind, year) {
  const rows = await queryRows(
    tx,
    sql17`insert into document_counters (kind, year, last_value) values (${kind}, ${year}, 1)
        on conflict (kind, year) do update set last_value = document_counters.last_value + 1
        returning last_value`
  );
  const value = rows[0]?.last_value;
  if (value === void 0) throw new Error("document counter returned no row");
  return `${NUMBER_PREFIXES[kind]}-${year}-${String(value).padStart(6, "0")}`;
}

// src/modules/till/open-shift.ts
import { and as and5, eq as eq9 } from "drizzle-orm";
async function requireOpenShift(tx, cashierId) {
  const [shift] = await tx.select({ id: tillShifts.id }).from(tillShifts).where(and5(eq9(tillShifts.cashierId, cashierId), eq9(tillShifts.status, "OPEN"))).limit(1).for("share");
  if (!shift) throw new AppError("SHIFT_NOT_OPEN", "Open a till shift before taking money");
  return shift;
}

// src/modules/wallet/wallet.service.ts
import { and as and6, eq as eq10, gte as gte2, sql as sql18 } from "drizzle-orm";
function assertPositiveMinor(amount) {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`wallet amount must be a positive integer of minor units, got ${amount}`);
  }
}
async function walletBalance(tx, patientId) {
  const [row] = await tx.select({ balance: wallets.balanceMinor }).from(wallets).where(eq10(wallets.patientId, patientId));
  return row?.balance ?? 0;
}
async function appendEntry(tx, entry) {
  const [row] = await tx.insert(walletEntries).values({ ...entry, createdAt: sql18`clock_timestamp()` }).returning({ id: walletEntries.id });
  if (!row) throw new Error("wallet entry insert returned no row");
  return { entryId: row.id, balanceAfter: entry.balanceAfterMinor };
}
async function creditWallet(tx, e) {
  assertPositiveMinor(e.amount);
  const [wallet] = await tx.insert(wallets).values({ patientId: e.patientId, balanceMinor: e.amount }).onConflictDoUpdate({
    target: wallets.patientId,
    set: { balanceMinor: sql18`${wallets.balanceMinor} + ${e.amount}`, updatedAt: sql18`now()` }
  }).returning({ balance: wallets.balanceMinor });
  if (!wallet) throw new Error("wallet upsert returned no row");
  return appendEntry(tx, {
    patientId: e.patientId,
    kind: e.kind,
    amountMinor: e.amount,
    balanceAfterMinor: wallet.balance,
    method: e.method ?? null,
    reference: e.reference ?? null,
    paymentId: e.paymentId ?? null,
    createdBy: e.createdBy ?? null,
    shiftId: e.shiftId ?? null,
    receiptNumber: e.receiptNumber ?? null
  });
}
async function debitWallet(tx, e) {
  assertPositiveMinor(e.amount);
  const [wallet] = await tx.update(wallets).set({ balanceMinor: sql18`${wallets.balanceMinor} - ${e.amount}`, updatedAt: sql18`now()` }).where(and6(eq10(wallets.patientId, e.patientId), gte2(wallets.balanceMinor, e.amount))).returning({ balance: wallets.balanceMinor });
  if (!wallet) {
    const balance = await walletBalance(tx, e.patientId);
    throw new AppError("INSUFFICIENT_FUNDS", "The wallet balance does not cover this amount", {
      balance
    });
  }
  return appendEntry(tx, {
    patientId: e.patientId,
    kind: "VISIT_PAYMENT",
    amountMinor: -e.amount,
    balanceAfterMinor: wallet.balance,
    method: "WALLET",
    paymentId: e.paymentId,
    createdBy: e.createdBy,
    shiftId: e.shiftId ?? null
  });
}

// src/modules/settings/settings.service.ts
import { eq as eq11 } from "drizzle-orm";
function toSettings(row) {
  const { id: _id, updatedAt: _at, updatedBy: _by, ...settings } = row;
  return settings;
}
async function getSettings(db) {
  const [row] = await db.select().from(clinicSettings).where(eq11(clinicSettings.id, 1));
  return row ? toSettings(row) : { ...DEFAULT_CLINIC_SETTINGS };
}
async function updateSettings(db, patch, ctx) {
  const actorId = ctx.actorId;
  return inTransaction(db, async (tx) => {
    const current = await getSettings(tx);
    const next = { ...current, ...patch };
    const [row] = await tx.insert(clinicSettings).values({ id: 1, ...next, updatedBy: actorId }).onConflictDoUpdate({
      target: clinicSettings.id,
      set: { ...next, updatedBy: actorId, updatedAt: /* @__PURE__ */ new Date() }
    }).returning();
    if (!row) throw new Error("settings upsert returned no row");
    await recordAudit(tx, ctx, {
      action: "settings.update",
      entityType: "clinic_settings",
      entityId: "1",
      metadata: { fields: Object.keys(patch) }
    });
    return toSettings(row);
  });
}

// src/modules/billing/clinic-year.ts
async function clinicYear(tx, instant) {
  const { timeZone } = await getSettings(tx);
  return Number(localDateOf(instant, timeZone).slice(0, 4));
}

// src/modules/billing/payment.service.ts
function checkPicks(billing, picked) {
  for (const chargeId of picked) {
    const charge = billing.result.charges.find((c) => c.id === chargeId);
    if (!charge) throw new AppError("NOT_FOUND", "A picked charge is not on this visit", { chargeId });
    if (charge.status === "WAIVED" || charge.status === "VOIDED") {
      throw new AppError(
        "CONFLICT",
        `A picked charge is ${charge.status.toLowerCase()} and takes no payment`,
        {
          chargeId,
          status: charge.status
        }
      );
    }
  }
}
function checkAmount(request, outstanding) {
  if (outstanding <= 0) {
    throw new AppError(
      "AMOUNT_EXCEEDS_OUTSTANDING",
      "Nothing is owed on this visit; take a wallet deposit instead",
      { outstanding }
    );
  }
  if (request.method === "WALLET" && request.amount > outstanding) {
    throw new AppError("AMOUNT_EXCEEDS_OUTSTANDING", "A wallet payment cannot exceed what is owed", {
      outstanding
    });
  }
}
async function takePayment(tx, visitId, request, actor, now) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === "CLOSED")
    throw new AppError("VISIT_CLOSED", "The visit is closed; it takes no payments");
  const shift = await requireOpenShift(tx, actor.userId);
  const before = await readVisitBilling(tx, visit);
  const picked = request.chargeIds ?? [];
  checkPicks(before, picked);
  checkAmount(request, before.result.summary.outstanding);
  const { allocations, leftover } = allocatePayment(before.result.charges, request.amount, picked);
  const applied = request.amount - leftover;
  const receiptNumber = await nextDocumentNumber(tx, "receipt", await clinicYear(tx, now));
  const [payment] = await tx.insert(payments).values({
    visitId,
    patientId: visit.patientId,
    method: request.method,
    amountMinor: request.amount,
    appliedMinor: applied,
    walletCreditMinor: leftover,
    reference: request.reference ?? null,
    receiptNumber,
    cashierId: actor.userId,
    shiftId: shift.id,
    receivedAt: now
  }).returning();
  if (!payment) throw new Error("payment insert returned no row");
  if (allocations.length > 0) {
    await tx.insert(paymentAllocations).values(
      allocations.map((a) => ({ paymentId: payment.id, chargeId: a.chargeId, amountMinor: a.amount }))
    );
  }
  const movement = {
    patientId: visit.patientId,
    paymentId: payment.id,
    createdBy: actor.userId,
    shiftId: shift.id
  };
  if (request.method === "WALLET") await debitWallet(tx, { ...movement, amount: request.amount });
  if (leftover > 0) {
    await creditWallet(tx, {
      ...movement,
      amount: leftover,
      kind: "OVERPAYMENT",
      method: request.method,
      ...request.reference ? { reference: request.reference } : {}
    });
  }
  const after = await recomputeVisitBilling(tx, visitId);
  await recordAudit(tx, actor.ctx, {
    action: "payment.create",
    entityType: "payment",
    entityId: payment.id,
    patientId: visit.patientId,
    visitId,
    metadata: {
      receiptNumber,
      method: request.method,
      amount: request.amount,
      applied,
      walletCredit: leftover,
      chargeIds: allocations.map((a) => a.chargeId)
    }
  });
  const [cashier] = await tx.select({ name: users.fullName }).from(users).where(eq12(users.id, actor.userId));
  return {
    id: payment.id,
    visitId,
    patientId: visit.patientId,
    receiptNumber,
    method: payment.method,
    amount: payment.amountMinor,
    applied,
    walletCredit: leftover,
    reference: payment.reference,
    receivedAt: payment.receivedAt.toISOString(),
    cashierName: cashier?.name ?? null,
    refunded: 0,
    refundPending: 0,
    refundable: applied,
    allocations,
    visit: visitMoneyState(after)
  };
}

// src/modules/billing/payment.routes.ts
var tags2 = ["billing"];
var idParams2 = z25.object({ id: z25.uuid() });
var idempotencyHeaders = z25.object({ "idempotency-key": z25.string().optional() });
function markReplay(reply, replayed) {
  if (replayed) reply.header("idempotent-replayed", "true");
}
var paymentRoutes = async (app2, { db, clock }) => {
  app2.post(
    "/visits/:id/payments",
    {
      config: { access: { roles: PERMISSIONS["billing.pay"] } },
      schema: {
        tags: tags2,
        params: idParams2,
        headers: idempotencyHeaders,
        body: paymentRequestSchema,
        response: { 201: paymentCreatedSchema }
      }
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result2 = await runIdempotent(
        db,
        request,
        201,
        (tx) => takePayment(tx, request.params.id, request.body, actor, clock())
      );
      markReplay(reply, result2.replayed);
      return reply.code(201).send(result2.body);
    }
  );
  app2.get(
    "/payments/:id",
    {
      config: { access: { roles: PERMISSIONS["billing.read"] } },
      schema: { tags: tags2, params: idParams2, response: { 200: paymentDetailSchema } }
    },
    async (request) => getPaymentDetail(db, request.params.id)
  );
};

// src/modules/billing/refund.routes.ts
import { z as z26 } from "zod";

// src/modules/billing/refund.service.ts
import { and as and7, count, eq as eq13, inArray as inArray2, sql as sql19 } from "drizzle-orm";
async function lockOpenVisitOf(tx, visitId) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === "CLOSED")
    throw new AppError("VISIT_CLOSED", "The visit is closed; its payments cannot be refunded");
  return visit;
}
async function refundableOf(tx, payment) {
  const [row] = await tx.select({ total: sql19`coalesce(sum(${refunds.amountMinor}), 0)` }).from(refunds).where(
    and7(eq13(refunds.paymentId, payment.id), inArray2(refunds.status, ["COMPLETED", "PENDING_APPROVAL"]))
  );
  return payment.appliedMinor - Number(row?.total ?? 0);
}
async function payOut(tx, payment, amount, by, shiftId, now) {
  const refundNumber = await nextDocumentNumber(tx, "refund", await clinicYear(tx, now));
  if (payment.method === "WALLET") {
    await creditWallet(tx, {
      patientId: payment.patientId,
      amount,
      kind: "REFUND",
      paymentId: payment.id,
      createdBy: by,
      ...shiftId ? { shiftId } : {}
    });
  }
  return refundNumber;
}
async function view(tx, refundId) {
  const [refund] = await readRefundViews(tx, eq13(refunds.id, refundId));
  if (!refund) throw new Error(`refund ${refundId} vanished`);
  return refund;
}
async function requestRefund(tx, paymentId, request, actor, now) {
  const [located] = await tx.select().from(payments).where(eq13(payments.id, paymentId));
  if (!located) throw notFound("payment");
  const visit = await lockOpenVisitOf(tx, located.visitId);
  const refundable = await refundableOf(tx, located);
  if (request.amount > refundable) {
    throw new AppError("REFUND_EXCEEDS_PAYMENT", "The refund is more than what is left of the payment", {
      refundable
    });
  }
  const { refundApprovalThresholdMinor } = await getSettings(tx);
  const immediate = request.amount <= refundApprovalThresholdMinor;
  const shift = immediate ? await requireOpenShift(tx, actor.userId) : null;
  const refundNumber = shift ? await payOut(tx, located, request.amount, actor.userId, shift.id, now) : null;
  const [inserted] = await tx.insert(refunds).values({
    paymentId,
    visitId: visit.id,
    amountMinor: request.amount,
    reason: request.reason,
    status: shift ? "COMPLETED" : "PENDING_APPROVAL",
    refundNumber,
    requestedBy: actor.userId,
    requestedAt: now,
    // No approval was needed: completed when asked, decided by nobody.
    decidedAt: shift ? now : null,
    shiftId: shift?.id ?? null
  }).returning({ id: refunds.id });
  if (!inserted) throw new Error("refund insert returned no row");
  const billing = await recomputeVisitBilling(tx, visit.id);
  await recordAudit(tx, actor.ctx, {
    action: "refund.create",
    entityType: "refund",
    entityId: inserted.id,
    patientId: visit.patientId,
    visitId: visit.id,
    metadata: {
      paymentId,
      receiptNumber: located.receiptNumber,
      amount: request.amount,
      status: shift ? "COMPLETED" : "PENDING_APPROVAL",
      refundNumber,
      reason: request.reason
    }
  });
  return { ...await view(tx, inserted.id), visit: visitMoneyState(billing) };
}
async function openShiftOf(tx, cashierId) {
  const [shift] = await tx.select({ id: tillShifts.id }).from(tillShifts).where(and7(eq13(tillShifts.cashierId, cashierId), eq13(tillShifts.status, "OPEN"))).limit(1).for("share");
  return shift?.id ?? null;
}
async function decideRefund(db, refundId, decision, actor, now) {
  return inTransaction(db, async (tx) => {
    const [located] = await tx.select({ visitId: refunds.visitId }).from(refunds).where(eq13(refunds.id, refundId));
    if (!located) throw notFound("refund");
    const visit = await lockOpenVisitOf(tx, located.visitId);
    const [refund] = await tx.select().from(refunds).where(eq13(refunds.id, refundId));
    if (!refund) throw notFound("refund");
    if (refund.status !== "PENDING_APPROVAL") {
      throw new AppError("INVALID_TRANSITION", `The refund is already ${refund.status.toLowerCase()}`, {
        machine: "REFUND",
        from: refund.status,
        to: decision.to,
        reason: "ALREADY_DECIDED"
      });
    }
    const decided = { decidedBy: actor.userId, decidedAt: now, decisionNote: decision.note };
    let refundNumber = null;
    let shiftId = null;
    if (decision.to === "COMPLETED") {
      const [payment] = await tx.select().from(payments).where(eq13(payments.id, refund.paymentId));
      if (!payment) throw new Error(`payment ${refund.paymentId} of refund ${refundId} vanished`);
      shiftId = await openShiftOf(tx, refund.requestedBy);
      refundNumber = await payOut(tx, payment, refund.amountMinor, actor.userId, shiftId, now);
    }
    await tx.update(refunds).set({ ...decided, status: decision.to, refundNumber, shiftId }).where(eq13(refunds.id, refundId));
    const billing = await recomputeVisitBilling(tx, visit.id);
    await recordAudit(tx, actor.ctx, {
      action: decision.to === "COMPLETED" ? "refund.approve" : "refund.reject",
      entityType: "refund",
      entityId: refundId,
      patientId: visit.patientId,
      visitId: visit.id,
      metadata: { amount: refund.amountMinor, refundNumber, shiftId, note: decision.note }
    });
    return { ...await view(tx, refundId), visit: visitMoneyState(billing) };
  });
}
async function listRefunds(db, query) {
  return inTransaction(db, async (tx) => {
    const where = eq13(refunds.status, query.status);
    const [total] = await tx.select({ n: count() }).from(refunds).where(where);
    const items = await readRefundViews(tx, where, { limit: query.pageSize, offset: pageOffset(query) });
    return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  });
}

// src/modules/billing/refund.routes.ts
var tags3 = ["billing"];
var idParams3 = z26.object({ id: z26.uuid() });
var idempotencyHeaders2 = z26.object({ "idempotency-key": z26.string().optional() });
var refundRoutes = async (app2, { db, clock }) => {
  app2.post(
    "/payments/:id/refund",
    {
      config: { access: { roles: PERMISSIONS["billing.refund"] } },
      schema: {
        tags: tags3,
        params: idParams3,
        headers: idempotencyHeaders2,
        body: refundRequestSchema,
        response: { 201: refundChangedSchema }
      }
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result2 = await runIdempotent(
        db,
        request,
        201,
        (tx) => requestRefund(tx, request.params.id, request.body, actor, clock())
      );
      markReplay(reply, result2.replayed);
      return reply.code(201).send(result2.body);
    }
  );
  app2.get(
    "/refunds",
    {
      config: { access: { roles: PERMISSIONS["refunds.approve"] } },
      schema: { tags: tags3, querystring: refundListQuerySchema, response: { 200: pageSchema(refundViewSchema) } }
    },
    async (request) => listRefunds(db, request.query)
  );
  app2.post(
    "/refunds/:id/approve",
    {
      config: { access: { roles: PERMISSIONS["refunds.approve"] } },
      schema: {
        tags: tags3,
        params: idParams3,
        body: refundApproveRequestSchema.nullish(),
        response: { 200: refundChangedSchema }
      }
    },
    async (request) => decideRefund(
      db,
      request.params.id,
      { to: "COMPLETED", note: request.body?.note ?? null },
      actorOf(request),
      clock()
    )
  );
  app2.post(
    "/refunds/:id/reject",
    {
      config: { access: { roles: PERMISSIONS["refunds.approve"] } },
      schema: {
        tags: tags3,
        params: idParams3,
        body: refundRejectRequestSchema,
        response: { 200: refundChangedSchema }
      }
    },
    async (request) => decideRefund(
      db,
      request.params.id,
      { to: "REJECTED", note: request.body.reason },
      actorOf(request),
      clock()
    )
  );
};

// src/modules/billing/billing.routes.ts
var billingRoutes = async (app2, deps) => {
  await app2.register(chargeRoutes, deps);
  await app2.register(paymentRoutes, deps);
  await app2.register(refundRoutes, deps);
};

// src/modules/billing/online-payments.routes.ts
import { z as z29 } from "zod";

// src/modules/billing/online-payment-init.service.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function newReference() {
  return `EMR-${randomBytes2(20).toString("hex")}`;
}
async function initialiseOnlinePayment(tx, visitId, request, actor) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === "CLOSED")
    throw new AppError("VISIT_CLOSED", "The visit is closed; it takes no payments");
  const { result: result2 } = await readVisitBilling(tx, visit);
  if (result2.summary.outstanding <= 0) {
    throw new AppError("AMOUNT_EXCEEDS_OUTSTANDING", "Nothing is owed on this visit", {
      outstanding: result2.summary.outstanding
    });
  }
  const [row] = await tx.insert(onlinePayments).values({
    reference: newReference(),
    visitId,
    patientId: visit.patientId,
    amountMinor: request.amount,
    initialisedBy: actor.userId
  }).returning();
  if (!row) throw new Error("online payment insert returned no row");
  await recordAudit(tx, actor.ctx, {
    action: "online_payment.initialise",
    entityType: "online_payment",
    entityId: row.id,
    patientId: visit.patientId,
    visitId,
    metadata: { reference: row.reference, amount: row.amountMinor }
  });
  const { currency } = await getSettings(tx);
  return {
    id: row.id,
    reference: row.reference,
    visitId,
    amount: row.amountMinor,
    currency,
    status: row.status,
    authorizationUrl: null,
    createdAt: row.createdAt.toISOString()
  };
}

// src/modules/billing/online-payment-webhook.routes.ts
import { z as z28 } from "zod";

// src/modules/billing/online-payment-confirm.service.ts
import { eq as eq14 } from "drizzle-orm";
function gatewayRecord(event) {
  const { id, reference, amount, currency, status, channel, paid_at, gateway_response } = event.data;
  return { event: event.event, id, reference, amount, currency, status, channel, paid_at, gateway_response };
}
async function markSucceeded(tx, op, event, now, paymentId) {
  await tx.update(onlinePayments).set({ status: "SUCCEEDED", paymentId, confirmedAt: now, gatewayPayload: gatewayRecord(event) }).where(eq14(onlinePayments.id, op.id));
}
async function creditClosedVisit(tx, op, event, ctx, now) {
  const receiptNumber = await nextDocumentNumber(tx, "receipt", await clinicYear(tx, now));
  const movement = await creditWallet(tx, {
    patientId: op.patientId,
    amount: op.amountMinor,
    kind: "DEPOSIT",
    method: "ONLINE",
    reference: op.reference,
    receiptNumber
  });
  await markSucceeded(tx, op, event, now, null);
  await recordAudit(tx, ctx, {
    action: "online_payment.confirm",
    entityType: "online_payment",
    entityId: op.id,
    patientId: op.patientId,
    visitId: op.visitId,
    metadata: {
      reference: op.reference,
      amount: op.amountMinor,
      receiptNumber,
      walletEntryId: movement.entryId
    }
  });
  return "CREDITED_TO_WALLET";
}
async function recordGatewayPayment(tx, op, event, ctx, now) {
  const visit = await lockVisit(tx, op.visitId);
  if (visit.status === "CLOSED") return creditClosedVisit(tx, op, event, ctx, now);
  const before = await readVisitBilling(tx, visit);
  const { allocations, leftover } = allocatePayment(before.result.charges, op.amountMinor);
  const receiptNumber = await nextDocumentNumber(tx, "receipt", await clinicYear(tx, now));
  const [payment] = await tx.insert(payments).values({
    visitId: op.visitId,
    patientId: op.patientId,
    method: "ONLINE",
    amountMinor: op.amountMinor,
    appliedMinor: op.amountMinor - leftover,
    walletCreditMinor: leftover,
    reference: op.reference,
    receiptNumber,
    receivedAt: now
  }).returning({ id: payments.id });
  if (!payment) throw new Error("payment insert returned no row");
  if (allocations.length > 0) {
    await tx.insert(paymentAllocations).values(
      allocations.map((a) => ({ paymentId: payment.id, chargeId: a.chargeId, amountMinor: a.amount }))
    );
  }
  if (leftover > 0) {
    await creditWallet(tx, {
      patientId: op.patientId,
      amount: leftover,
      kind: "OVERPAYMENT",
      method: "ONLINE",
      reference: op.reference,
      paymentId: payment.id
    });
  }
  const after = await recomputeVisitBilling(tx, op.visitId);
  await markSucceeded(tx, op, event, now, payment.id);
  await recordAudit(tx, ctx, {
    action: "payment.create",
    entityType: "payment",
    entityId: payment.id,
    patientId: op.patientId,
    visitId: op.visitId,
    metadata: {
      receiptNumber,
      method: "ONLINE",
      amount: op.amountMinor,
      applied: op.amountMinor - leftover,
      walletCredit: leftover,
      reference: op.reference,
      onlinePaymentId: op.id,
      paymentStatus: after.paymentStatus
    }
  });
  return "PAID";
}
async function confirmOnlinePayment(tx, event, ctx, now) {
  const [op] = await tx.select().from(onlinePayments).where(eq14(onlinePayments.reference, event.data.reference)).for("update");
  if (!op) return "UNKNOWN_REFERENCE";
  if (op.status !== "INITIALISED") return "ALREADY_SETTLED";
  const { currency } = await getSettings(tx);
  const currencyMatches = event.data.currency === void 0 || event.data.currency === currency;
  if (event.data.amount !== op.amountMinor || !currencyMatches) {
    await tx.update(onlinePayments).set({ status: "FAILED", confirmedAt: now, gatewayPayload: gatewayRecord(event) }).where(eq14(onlinePayments.id, op.id));
    await recordAudit(tx, ctx, {
      action: "online_payment.amount_mismatch",
      entityType: "online_payment",
      entityId: op.id,
      patientId: op.patientId,
      visitId: op.visitId,
      outcome: "FAILURE",
      metadata: {
        reference: op.reference,
        expected: op.amountMinor,
        received: event.data.amount,
        currency: event.data.currency ?? null
      }
    });
    return "AMOUNT_MISMATCH";
  }
  return recordGatewayPayment(tx, op, event, ctx, now);
}

// src/modules/billing/online-payment-signature.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function paystackSignature(secretKey2, rawBody) {
  return createHmac("sha512", secretKey2).update(rawBody, "utf8").digest("hex");
}
function isValidPaystackSignature(secretKey2, rawBody, signature) {
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  const expected = Buffer.from(paystackSignature(secretKey2, rawBody), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

// src/modules/billing/online-payment-wire.ts
import { z as z27 } from "zod";
var onlinePaymentInitRequestSchema = z27.object({ amount: positiveMinorAmountSchema });
var onlinePaymentViewSchema = z27.object({
  id: z27.uuid(),
  /** Ours, unique; the gateway echoes it in the webhook. */
  reference: z27.string(),
  visitId: z27.uuid(),
  amount: z27.number().int().positive(),
  currency: z27.string(),
  status: z27.enum(["INITIALISED", "SUCCEEDED", "FAILED"]),
  /**
   * Where the patient pays. It comes from the gateway's "initialize transaction" call, which this
   * deployment does not make (no outside network), so it is null: see docs/online-payments.md.
   */
  authorizationUrl: z27.string().nullable(),
  createdAt: z27.string()
});
var paystackEventSchema = z27.object({
  event: z27.string().min(1).max(100),
  data: z27.object({
    id: z27.union([z27.number(), z27.string()]).optional(),
    reference: z27.string().min(1).max(200),
    amount: z27.number().int().nonnegative(),
    currency: z27.string().max(3).optional(),
    status: z27.string().max(50).optional(),
    channel: z27.string().max(50).optional(),
    paid_at: z27.string().max(50).nullish(),
    gateway_response: z27.string().max(200).nullish()
  })
});

// src/modules/billing/online-payment-webhook.routes.ts
var SIGNATURE_HEADER = "x-paystack-signature";
function parseEvent(raw) {
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The webhook body is not JSON");
  }
  const parsed = paystackEventSchema.safeParse(json);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The webhook body is not a gateway event");
  return parsed.data;
}
var onlinePaymentWebhookRoutes = async (app2, { db, config: config2, clock }) => {
  app2.removeContentTypeParser("application/json");
  app2.addContentTypeParser(
    "application/json",
    { parseAs: "string" },
    (_request, body, done) => done(null, body)
  );
  app2.post(
    "/payments/webhooks/paystack",
    {
      config: { access: { public: true } },
      schema: {
        tags: ["billing"],
        description: "Paystack webhook. Signed with HMAC-SHA512 of the raw body in x-paystack-signature.",
        headers: z28.object({ [SIGNATURE_HEADER]: z28.string().optional() })
      }
    },
    async (request, reply) => {
      const secret = config2.paystackSecretKey;
      if (!secret) throw new AppError("SERVICE_UNAVAILABLE", "Online payments are not configured");
      const signature = request.headers[SIGNATURE_HEADER];
      if (typeof signature !== "string" || signature === "") {
        throw new AppError("BAD_REQUEST", `The ${SIGNATURE_HEADER} header is required`);
      }
      const raw = typeof request.body === "string" ? request.body : "";
      if (!isValidPaystackSignature(secret, raw, signature)) {
        throw new AppError("INVALID_SIGNATURE", "The webhook signature does not match its body");
      }
      const event = parseEvent(raw);
      if (event.event !== "charge.success") return reply.send({ received: true });
      const outcome = await inTransaction(
        db,
        (tx) => confirmOnlinePayment(tx, event, auditContextOf(request), clock())
      );
      request.log.info({ gatewayEventId: event.data.id ?? null, outcome }, "payment gateway webhook");
      return reply.send({ received: true });
    }
  );
};

// src/modules/billing/online-payments.routes.ts
var onlinePaymentRoutes = async (app2, deps) => {
  const { db, config: config2 } = deps;
  app2.post(
    "/visits/:id/online-payments",
    {
      config: { access: { roles: PERMISSIONS["onlinePayments.initialise"] } },
      schema: {
        tags: ["billing"],
        params: z29.object({ id: z29.uuid() }),
        body: onlinePaymentInitRequestSchema,
        response: { 201: onlinePaymentViewSchema }
      }
    },
    async (request, reply) => {
      if (!config2.paystackSecretKey)
        throw new AppError("SERVICE_UNAVAILABLE", "Online payments are not configured");
      const actor = actorOf(request);
      const created = await inTransaction(
        db,
        (tx) => initialiseOnlinePayment(tx, request.params.id, request.body, actor)
      );
      return reply.code(201).send(created);
    }
  );
  await app2.register(onlinePaymentWebhookRoutes, deps);
};

// src/modules/catalog/catalog.dto.ts
import { z as z30 } from "zod";
var catalogItemSchema = z30.object({
  id: z30.uuid(),
  code: z30.string(),
  name: z30.string(),
  department: departmentSchema,
  workflowType: workflowTypeSchema,
  price: z30.number().int(),
  requiresVisit: z30.boolean(),
  requiresConsultation: z30.boolean(),
  autoBill: z30.boolean(),
  billTiming: billTimingSchema,
  orderableBy: z30.array(roleSchema),
  active: z30.boolean(),
  createdAt: z30.string(),
  updatedAt: z30.string()
});
var catalogListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the code or the name, any case. */
  q: z30.string().trim().max(100).optional(),
  department: departmentSchema.optional(),
  workflowType: workflowTypeSchema.optional(),
  /** Only active entries unless asked: retired services should not be offered for new charges. */
  active: z30.enum(["true", "false", "all"]).default("true")
});
var input = catalogItemInputSchema.shape;
var catalogItemPatchSchema = z30.object({
  code: input.code.optional(),
  name: input.name.optional(),
  department: input.department.optional(),
  workflowType: input.workflowType.optional(),
  price: input.price.optional(),
  requiresVisit: input.requiresVisit.unwrap().optional(),
  requiresConsultation: input.requiresConsultation.unwrap().optional(),
  autoBill: input.autoBill.unwrap().optional(),
  billTiming: input.billTiming.unwrap().optional(),
  orderableBy: input.orderableBy.unwrap().optional(),
  active: input.active.unwrap().optional()
}).strict();
var catalogIdParamsSchema = z30.object({ id: z30.uuid() });
var catalogImportQuerySchema = z30.object({
  /** Validate and count without writing anything. */
  dryRun: z30.enum(["true", "false"]).default("false")
});
var catalogImportResultSchema = z30.object({
  created: z30.number().int(),
  updated: z30.number().int(),
  unchanged: z30.number().int(),
  dryRun: z30.boolean()
});
var catalogExportQuerySchema = z30.object({ format: z30.enum(["csv", "xlsx"]).default("csv") });

// src/modules/catalog/catalog.service.ts
import { and as and8, asc as asc5, eq as eq15, ilike, or, sql as sql20 } from "drizzle-orm";
function toCatalogInput(row) {
  return {
    code: row.code,
    name: row.name,
    department: row.department,
    workflowType: row.workflowType,
    price: row.priceMinor,
    requiresVisit: row.requiresVisit,
    requiresConsultation: row.requiresConsultation,
    autoBill: row.autoBill,
    billTiming: row.billTiming,
    // Only ever written from roleSchema-validated input.
    orderableBy: row.orderableBy,
    active: row.active
  };
}
function toCatalogItem(row) {
  return {
    id: row.id,
    ...toCatalogInput(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  };
}
function catalogColumns({ price, ...rest }) {
  return { ...rest, priceMinor: price };
}
var CATALOG_ORDER = [
  asc5(serviceCatalog.department),
  asc5(serviceCatalog.name),
  asc5(serviceCatalog.code)
];
function likeFragment(text14) {
  return `%${text14.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
async function listCatalog(db, query) {
  const conditions = [];
  if (query.q) {
    const pattern = likeFragment(query.q);
    const match = or(ilike(serviceCatalog.code, pattern), ilike(serviceCatalog.name, pattern));
    if (match) conditions.push(match);
  }
  if (query.department) conditions.push(eq15(serviceCatalog.department, query.department));
  if (query.workflowType) conditions.push(eq15(serviceCatalog.workflowType, query.workflowType));
  if (query.active !== "all") conditions.push(eq15(serviceCatalog.active, query.active === "true"));
  const where = conditions.length > 0 ? and8(...conditions) : void 0;
  const [rows, [count4]] = await Promise.all([
    db.select().from(serviceCatalog).where(where).orderBy(...CATALOG_ORDER).limit(query.pageSize).offset(pageOffset(query)),
    db.select({ n: sql20`count(*)::int` }).from(serviceCatalog).where(where)
  ]);
  return { items: rows.map(toCatalogItem), total: count4?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
async function getCatalogItem(db, id) {
  const [row] = await db.select().from(serviceCatalog).where(eq15(serviceCatalog.id, id));
  if (!row) throw notFound("Catalogue entry");
  return toCatalogItem(row);
}
async function createCatalogItem(db, input2, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.insert(serviceCatalog).values(catalogColumns(input2)).onConflictDoNothing({ target: serviceCatalog.code }).returning();
    if (!row) {
      const [existing] = await tx.select({ id: serviceCatalog.id }).from(serviceCatalog).where(eq15(serviceCatalog.code, input2.code));
      throw new AppError("DUPLICATE", `A catalogue entry with code ${input2.code} already exists`, {
        field: "code",
        existingId: existing?.id
      });
    }
    await recordAudit(tx, ctx, {
      action: "catalog.create",
      entityType: "service_catalog",
      entityId: row.id,
      metadata: { code: row.code, price: row.priceMinor, active: row.active }
    });
    return toCatalogItem(row);
  });
}
function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
function changedFields(current, next) {
  return Object.keys(next).filter(
    (f) => next[f] !== void 0 && !sameValue(next[f], current[f])
  );
}
async function updateCatalogItem(db, id, patch, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(serviceCatalog).where(eq15(serviceCatalog.id, id)).for("update");
    if (!row) throw notFound("Catalogue entry");
    const { code, ...changes } = patch;
    if (code !== void 0 && code !== row.code) {
      throw new AppError(
        "CONFLICT",
        "The code of a catalogue entry cannot be changed; add a new entry instead",
        {
          field: "code",
          code: row.code
        }
      );
    }
    const current = toCatalogInput(row);
    const fields = changedFields(current, changes);
    if (fields.length === 0) return toCatalogItem(row);
    const next = { ...current, ...changes };
    const [updated] = await tx.update(serviceCatalog).set({ ...catalogColumns(next), updatedAt: /* @__PURE__ */ new Date() }).where(eq15(serviceCatalog.id, id)).returning();
    if (!updated) throw notFound("Catalogue entry");
    await recordAudit(tx, ctx, {
      action: "catalog.update",
      entityType: "service_catalog",
      entityId: id,
      metadata: {
        code: row.code,
        fields,
        // Past charges keep the price they were raised at; the audit says when the list price moved.
        ...fields.includes("price") ? { oldPrice: row.priceMinor, newPrice: updated.priceMinor } : {},
        ...fields.includes("active") ? { active: updated.active } : {}
      }
    });
    return toCatalogItem(updated);
  });
}

// src/modules/catalog/csv-table.ts
import { CsvError, parse as parse2 } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

// src/modules/catalog/sheet-error.ts
function sheetRefused(message, rows, errorCount = rows.length) {
  return new AppError("UNPROCESSABLE", message, { rows, errorCount });
}

// src/modules/catalog/csv-table.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readCsvTable(body) {
  let text14;
  try {
    text14 = utf8.decode(body);
  } catch {
    throw sheetRefused('The file is not UTF-8 text; save it as "CSV UTF-8"', [
      { row: 1, field: "file", message: "is not UTF-8 text" }
    ]);
  }
  try {
    return parse2(text14, {
      bom: true,
      // Spreadsheets drop trailing empty cells; a short row is not an error in itself.
      relax_column_count: true,
      // Mixed line endings happen when a file was edited on two systems.
      record_delimiter: ["\r\n", "\n", "\r"]
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const row = (typeof err.records === "number" ? err.records : 0) + 1;
    throw sheetRefused("The file is not valid CSV", [{ row, field: "file", message: err.message }]);
  }
}
function writeCsvTable(rows) {
  const text14 = stringify(
    rows.map((cells) => cells.map(guardFormula)),
    { bom: true, record_delimiter: "windows" }
  );
  return Buffer.from(text14, "utf8");
}

// src/modules/catalog/xlsx-table.ts
import ExcelJS from "exceljs";
function cellText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return value.error;
  return cellText(value.result);
}
async function readXlsxTable(body) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(body).buffer);
  } catch {
    throw sheetRefused("The file is not a readable XLSX workbook", [
      { row: 1, field: "file", message: "is not an XLSX workbook" }
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw sheetRefused("The workbook has no sheet", [{ row: 1, field: "file", message: "has no sheet" }]);
  const table = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (table.length < rowNumber - 1) table.push([]);
    const cells = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    table.push(cells);
  });
  return table;
}
async function writeXlsxTable(sheetName, columns, rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...c.numFmt ? { style: { numFmt: c.numFmt } } : {}
  }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of rows) sheet.addRow([...cells]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// src/modules/catalog/catalog-export.service.ts
var CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
};
var PRICE_COLUMN = CATALOG_COLUMNS.indexOf("price");
var WIDTHS = {
  name: 40,
  code: 16,
  workflowType: 20
};
function localDate(now, timeZone) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(now);
}
async function exportCatalogFile(db, format, now) {
  const { currency, timeZone } = await getSettings(db);
  const rows = await db.select().from(serviceCatalog).orderBy(...CATALOG_ORDER);
  const table = rows.map((row) => catalogItemToCells(toCatalogInput(row), currency));
  const filename = `service-catalog-${localDate(now, timeZone)}.${format}`;
  if (format === "csv") {
    return {
      body: writeCsvTable([[...CATALOG_COLUMNS], ...table]),
      contentType: CONTENT_TYPES.csv,
      filename
    };
  }
  const digits = minorDigits(currency);
  const columns = CATALOG_COLUMNS.map((header) => ({
    header,
    width: WIDTHS[header] ?? 14,
    ...header === "price" ? { numFmt: digits > 0 ? `#,##0.${"0".repeat(digits)}` : "#,##0" } : {}
  }));
  const cells = table.map((row) => row.map((cell, i) => i === PRICE_COLUMN ? Number(cell) : cell));
  return {
    body: await writeXlsxTable("Service catalogue", columns, cells),
    contentType: CONTENT_TYPES.xlsx,
    filename
  };
}

// src/modules/catalog/catalog-import.service.ts
import { eq as eq16, inArray as inArray3 } from "drizzle-orm";
var INSERT_BATCH = 500;
async function readTable(format, body) {
  return format === "csv" ? readCsvTable(body) : readXlsxTable(body);
}
async function plan(tx, rows, lock) {
  const codes = rows.map((r) => r.item.code);
  const query = tx.select().from(serviceCatalog).where(inArray3(serviceCatalog.code, codes));
  const existing = lock ? await query.for("update") : await query;
  const byCode = new Map(existing.map((row) => [row.code, row]));
  const result2 = { inserts: [], updates: [], unchanged: 0 };
  for (const { item } of rows) {
    const row = byCode.get(item.code);
    if (!row) result2.inserts.push(item);
    else if (changedFields(toCatalogInput(row), item).length === 0) result2.unchanged++;
    else result2.updates.push({ id: row.id, item });
  }
  return result2;
}
async function apply(tx, { inserts, updates }) {
  for (let i = 0; i < inserts.length; i += INSERT_BATCH) {
    await tx.insert(serviceCatalog).values(inserts.slice(i, i + INSERT_BATCH).map(catalogColumns));
  }
  const now = /* @__PURE__ */ new Date();
  for (const { id, item } of updates) {
    await tx.update(serviceCatalog).set({ ...catalogColumns(item), updatedAt: now }).where(eq16(serviceCatalog.id, id));
  }
}
async function importCatalogFile(db, file, options, ctx) {
  const { currency } = await getSettings(db);
  const sheet = parseCatalogSheet(await readTable(file.format, file.body), currency);
  if (!sheet.ok) {
    throw sheetRefused(
      `The file has ${sheet.errorCount} problem${sheet.errorCount === 1 ? "" : "s"}; nothing was imported`,
      sheet.errors,
      sheet.errorCount
    );
  }
  return inTransaction(db, async (tx) => {
    const work = await plan(tx, sheet.rows, !options.dryRun);
    const counts = { created: work.inserts.length, updated: work.updates.length, unchanged: work.unchanged };
    if (options.dryRun) return { ...counts, dryRun: true };
    await apply(tx, work);
    await recordAudit(tx, ctx, {
      action: "catalog.import",
      entityType: "service_catalog",
      metadata: { format: file.format, rows: sheet.rows.length, ...counts }
    });
    return { ...counts, dryRun: false };
  });
}

// src/modules/catalog/catalog-transfer.routes.ts
var MAX_SHEET_BYTES = 2 * 1024 * 1024;
var XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
function formatOf(contentType) {
  const media = contentType?.split(";")[0]?.trim().toLowerCase();
  if (media === "text/csv") return "csv";
  if (media === XLSX_MEDIA_TYPE) return "xlsx";
  return void 0;
}
var tags4 = ["catalog"];
var catalogTransferRoutes = async (app2, { db }) => {
  app2.addContentTypeParser(
    ["text/csv", XLSX_MEDIA_TYPE],
    { parseAs: "buffer", bodyLimit: MAX_SHEET_BYTES },
    (_request, body, done) => done(null, body)
  );
  app2.post(
    "/service-catalog/import",
    {
      config: { access: { roles: PERMISSIONS["catalog.manage"] } },
      bodyLimit: MAX_SHEET_BYTES,
      schema: {
        tags: tags4,
        description: `Body: the file itself, as text/csv or ${XLSX_MEDIA_TYPE} (first sheet). 422 lists every bad cell by row.`,
        querystring: catalogImportQuerySchema,
        response: { 200: catalogImportResultSchema }
      }
    },
    async (request) => {
      const format = formatOf(request.headers["content-type"]);
      if (!format || !Buffer.isBuffer(request.body)) {
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the file as text/csv or ${XLSX_MEDIA_TYPE}`);
      }
      return importCatalogFile(
        db,
        { format, body: request.body },
        { dryRun: request.query.dryRun === "true" },
        auditContextOf(request)
      );
    }
  );
  app2.get(
    "/service-catalog/export",
    {
      config: { access: { roles: PERMISSIONS["catalog.manage"] } },
      schema: { tags: tags4, querystring: catalogExportQuerySchema }
    },
    async (request, reply) => {
      const file = await exportCatalogFile(db, request.query.format, /* @__PURE__ */ new Date());
      return reply.type(file.contentType).header("content-disposition", `attachment; filename="${file.filename}"`).header("cache-control", "no-store").send(file.body);
    }
  );
};

// src/modules/catalog/catalog.routes.ts
var tags5 = ["catalog"];
var catalogRoutes = async (app2, { db }) => {
  app2.get(
    "/service-catalog",
    {
      config: { access: { roles: PERMISSIONS["catalog.read"] } },
      schema: { tags: tags5, querystring: catalogListQuerySchema, response: { 200: pageSchema(catalogItemSchema) } }
    },
    async (request) => listCatalog(db, request.query)
  );
  app2.get(
    "/service-catalog/:id",
    {
      config: { access: { roles: PERMISSIONS["catalog.read"] } },
      schema: { tags: tags5, params: catalogIdParamsSchema, response: { 200: catalogItemSchema } }
    },
    async (request) => getCatalogItem(db, request.params.id)
  );
  app2.post(
    "/service-catalog",
    {
      config: { access: { roles: PERMISSIONS["catalog.manage"] } },
      schema: { tags: tags5, body: catalogItemInputSchema, response: { 201: catalogItemSchema } }
    },
    async (request, reply) => {
      const item = await createCatalogItem(db, request.body, auditContextOf(request));
      return reply.code(201).send(item);
    }
  );
  app2.patch(
    "/service-catalog/:id",
    {
      config: { access: { roles: PERMISSIONS["catalog.manage"] } },
      schema: {
        tags: tags5,
        params: catalogIdParamsSchema,
        body: catalogItemPatchSchema,
        response: { 200: catalogItemSchema }
      }
    },
    async (request) => updateCatalogItem(db, request.params.id, request.body, auditContextOf(request))
  );
  await app2.register(catalogTransferRoutes, { db });
};

// src/modules/visits/visit-params.ts
import { z as z31 } from "zod";
var visitIdParamsSchema = z31.object({ id: z31.uuid() });

// src/modules/consultation/consultation.service.ts
import { eq as eq17 } from "drizzle-orm";

// src/modules/visits/visit-errors.ts
var visitClosed = () => new AppError("VISIT_CLOSED", "The visit is closed; its record cannot change");
var paymentNotCleared = (paymentStatus) => new AppError(
  "PAYMENT_NOT_CLEARED",
  "The visit must be paid, or authorised by the HMO, before the consultation",
  { paymentStatus }
);

// src/modules/consultation/consultation.service.ts
var TEXT_FIELDS = ["presentingComplaint", "history", "examination", "plan", "notes"];
function columnsOf(fields) {
  const columns = {};
  for (const name of TEXT_FIELDS) {
    const value = fields[name];
    if (value !== void 0) columns[name] = value === "" ? null : value;
  }
  if (fields.diagnoses) columns.diagnoses = fields.diagnoses;
  return columns;
}
async function view2(tx, row) {
  const [doctor] = await tx.select({ fullName: users.fullName }).from(users).where(eq17(users.id, row.doctorId));
  return {
    id: row.id,
    visitId: row.visitId,
    doctorId: row.doctorId,
    doctorName: doctor?.fullName ?? "",
    status: row.status,
    presentingComplaint: row.presentingComplaint,
    history: row.history,
    examination: row.examination,
    diagnoses: row.diagnoses,
    plan: row.plan,
    notes: row.notes,
    startedAt: row.startedAt.toISOString(),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString()
  };
}
async function audit(tx, ctx, visit, row, action, fields) {
  await recordAudit(tx, ctx, {
    action,
    entityType: "consultation",
    entityId: row.id,
    patientId: visit.patientId,
    visitId: visit.id,
    // Which fields changed, never what they say.
    ...fields ? { metadata: { fields: Object.keys(fields).sort() } } : {}
  });
}
async function lockForWrite(tx, visitId) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === "CLOSED") throw visitClosed();
  const [row] = await tx.select().from(consultations).where(eq17(consultations.visitId, visitId)).for("update");
  return { visit, row };
}
async function startConsultation(db, visitId, fields, now, ctx) {
  const doctorId = ctx.actorId;
  if (!doctorId) throw new Error("starting a consultation needs a signed-in doctor");
  return inTransaction(db, async (tx) => {
    const { visit, row: existing } = await lockForWrite(tx, visitId);
    const gate = consultationGate(visit);
    if (!gate.allowed) throw paymentNotCleared(gate.paymentStatus);
    if (existing) {
      throw new AppError("DUPLICATE", "The visit already has a consultation; edit it instead", {
        consultationId: existing.id,
        status: existing.status
      });
    }
    const [row] = await tx.insert(consultations).values({ visitId, doctorId, ...columnsOf(fields), startedAt: now, updatedAt: now }).returning();
    if (!row) throw new Error("consultation insert returned no row");
    if (gate.bypassed) {
      await recordAudit(tx, ctx, {
        action: "payment_gate.bypass",
        entityType: "consultation",
        entityId: row.id,
        patientId: visit.patientId,
        visitId,
        metadata: { gate: "consultation", paymentStatus: visit.paymentStatus }
      });
    }
    await audit(tx, ctx, visit, row, "consultation.start", fields);
    return view2(tx, row);
  });
}
async function updateConsultation(db, visitId, fields, now, ctx) {
  return inTransaction(db, async (tx) => {
    const { visit, row } = await lockForWrite(tx, visitId);
    if (!row) throw notFound("consultation");
    if (row.status === "COMPLETED") {
      throw new AppError("IMMUTABLE_RECORD", "A completed consultation cannot change; add an addendum");
    }
    const [updated] = await tx.update(consultations).set({ ...columnsOf(fields), updatedAt: now }).where(eq17(consultations.id, row.id)).returning();
    if (!updated) throw new Error("consultation update returned no row");
    await audit(tx, ctx, visit, updated, "consultation.update", fields);
    return view2(tx, updated);
  });
}
async function completeConsultation(db, visitId, now, ctx) {
  return inTransaction(db, async (tx) => {
    const { visit, row } = await lockForWrite(tx, visitId);
    if (!row) throw notFound("consultation");
    const refusal = consultationCompleteRefusal(row);
    if (refusal === "ALREADY_COMPLETED") {
      throw new AppError("IMMUTABLE_RECORD", "The consultation is already completed");
    }
    if (refusal === "DIAGNOSIS_REQUIRED") {
      throw new AppError(
        "DIAGNOSIS_REQUIRED",
        "Record a primary diagnosis before completing the consultation"
      );
    }
    const [completed] = await tx.update(consultations).set({ status: "COMPLETED", completedAt: now, updatedAt: now }).where(eq17(consultations.id, row.id)).returning();
    if (!completed) throw new Error("consultation update returned no row");
    await audit(tx, ctx, visit, completed, "consultation.complete");
    return view2(tx, completed);
  });
}
async function viewConsultation(db, visitId, ctx) {
  return inTransaction(db, async (tx) => {
    const [found] = await tx.select({ patientId: visits.patientId, row: consultations }).from(visits).leftJoin(consultations, eq17(consultations.visitId, visits.id)).where(eq17(visits.id, visitId));
    if (!found) throw notFound("visit");
    const { row } = found;
    if (!row) throw notFound("consultation");
    await recordAudit(tx, ctx, {
      action: "consultation.view",
      entityType: "consultation",
      entityId: row.id,
      patientId: found.patientId,
      visitId
    });
    return view2(tx, row);
  });
}

// src/modules/consultation/consultation.routes.ts
var tags6 = ["consultation"];
var params = visitIdParamsSchema;
var consultationRoutes = async (app2, { db, clock }) => {
  app2.post(
    "/visits/:id/consultation",
    {
      config: {
        access: { roles: PERMISSIONS["consultation.write"], gates: ["visitOpen", "paymentCleared"] }
      },
      schema: { tags: tags6, params, body: consultationStartSchema, response: { 201: consultationSchema } }
    },
    async (request, reply) => {
      const consultation = await startConsultation(
        db,
        request.params.id,
        request.body ?? {},
        clock(),
        auditContextOf(request)
      );
      return reply.code(201).send(consultation);
    }
  );
  app2.get(
    "/visits/:id/consultation",
    {
      config: { access: { roles: PERMISSIONS["consultation.read"] } },
      schema: { tags: tags6, params, response: { 200: consultationSchema } }
    },
    async (request) => viewConsultation(db, request.params.id, auditContextOf(request))
  );
  app2.patch(
    "/visits/:id/consultation",
    {
      config: { access: { roles: PERMISSIONS["consultation.write"], gates: ["visitOpen"] } },
      schema: { tags: tags6, params, body: consultationPatchSchema, response: { 200: consultationSchema } }
    },
    async (request) => updateConsultation(db, request.params.id, request.body, clock(), auditContextOf(request))
  );
  app2.post(
    "/visits/:id/consultation/complete",
    {
      config: { access: { roles: PERMISSIONS["consultation.write"], gates: ["visitOpen"] } },
      schema: { tags: tags6, params, response: { 200: consultationSchema } }
    },
    async (request) => completeConsultation(db, request.params.id, clock(), auditContextOf(request))
  );
};

// src/modules/documents/documents.routes.ts
import { z as z32 } from "zod";

// src/modules/documents/deposit-receipt-document.service.ts
import { eq as eq20 } from "drizzle-orm";

// src/modules/documents/letterhead-from-settings.ts
function letterheadFromSettings(settings, logoPng) {
  const { clinicName, address, phone, email } = settings;
  return logoPng ? { clinicName, address, phone, email, logoPng } : { clinicName, address, phone, email };
}

// src/modules/documents/document-context.ts
async function documentContext(db) {
  const settings = await getSettings(db);
  return {
    clinic: letterheadFromSettings(settings),
    currency: settings.currency,
    timeZone: settings.timeZone
  };
}
function patientName(p) {
  return [p.firstName, p.middleName, p.lastName].filter((part) => part).join(" ");
}

// src/modules/documents/print-count.ts
import { and as and9, count as count2, eq as eq18 } from "drizzle-orm";
async function priorPrints(tx, action, entityId, scope) {
  const scoped = "visitId" in scope ? eq18(auditLog.visitId, scope.visitId) : eq18(auditLog.patientId, scope.patientId);
  const [row] = await tx.select({ n: count2() }).from(auditLog).where(and9(scoped, eq18(auditLog.action, action), eq18(auditLog.entityId, entityId)));
  return row?.n ?? 0;
}

// src/modules/documents/visit-document-data.ts
import { eq as eq19 } from "drizzle-orm";
async function patientRefOf(tx, patientId) {
  const [patient] = await tx.select().from(patients).where(eq19(patients.id, patientId));
  if (!patient) throw new Error("visit without its patient");
  return { name: patientName(patient), mrn: patient.mrn };
}
async function payerOf(tx, visit, cover) {
  if (visit.payer !== "HMO" || !cover) return { type: "CASH" };
  const [provider] = await tx.select({ name: hmoProviders.name }).from(hmoProviders).where(eq19(hmoProviders.id, cover.providerId));
  return {
    type: "HMO",
    providerName: provider?.name ?? "HMO",
    policyNumber: cover.policyNumber,
    authorisationCode: cover.authorizationCode
  };
}

// src/modules/documents/deposit-receipt-document.service.ts
var ACTION = "document.deposit-receipt.print";
async function printDepositReceipt(tx, entryId, format, actor) {
  const [entry] = await tx.select().from(walletEntries).where(eq20(walletEntries.id, entryId)).for("no key update");
  if (entry?.kind !== "DEPOSIT" || !entry.receiptNumber || !entry.method) throw notFound("deposit");
  const [patient, [cashier], copies, context] = await Promise.all([
    patientRefOf(tx, entry.patientId),
    entry.createdBy ? tx.select({ name: users.fullName }).from(users).where(eq20(users.id, entry.createdBy)) : Promise.resolve([]),
    priorPrints(tx, ACTION, entry.id, { patientId: entry.patientId }),
    documentContext(tx)
  ]);
  await recordAudit(tx, actor.ctx, {
    action: ACTION,
    entityType: "wallet_entry",
    entityId: entry.id,
    patientId: entry.patientId,
    metadata: { receiptNumber: entry.receiptNumber, format, copy: copies + 1 }
  });
  return {
    context,
    reprint: copies > 0,
    receipt: {
      currency: context.currency,
      timeZone: context.timeZone,
      receiptNumber: entry.receiptNumber,
      issuedAt: entry.createdAt,
      cashierName: cashier?.name ?? "Cashier",
      patient,
      visitNumber: "Wallet deposit",
      method: entry.method,
      reference: entry.reference,
      amount: entry.amountMinor,
      allocations: [],
      balanceAfter: -entry.balanceAfterMinor
    }
  };
}

// src/modules/documents/pdf/create-document.ts
import PDFDocument from "pdfkit";

// src/modules/documents/pdf/fonts.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire } from "node:module";
var FONT = {
  regular: "Sans",
  bold: "Sans-Bold",
  mono: "Mono",
  monoBold: "Mono-Bold"
};
var FILES = {
  Sans: "DejaVuSans.ttf",
  "Sans-Bold": "DejaVuSans-Bold.ttf",
  Mono: "DejaVuSansMono.ttf",
  "Mono-Bold": "DejaVuSansMono-Bold.ttf"
};
var require2 = createRequire(import.meta.url);
var cache;
function fontFiles() {
  if (!cache) {
    cache = new Map(
      Object.entries(FILES).map(([name, file]) => [
        name,
        readFileSync3(require2.resolve(`dejavu-fonts-ttf/ttf/${file}`))
      ])
    );
  }
  return cache;
}

// src/modules/documents/pdf/create-document.ts
function createDocument(setup) {
  const doc = new PDFDocument({
    size: setup.size,
    margin: setup.margin,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: setup.title,
      Author: setup.author,
      Subject: setup.subject,
      Creator: "Modern EMR",
      Producer: "Modern EMR (PDFKit)",
      CreationDate: setup.creationDate,
      ModDate: setup.creationDate
    }
  });
  for (const [name, bytes] of fontFiles()) doc.registerFont(name, bytes);
  doc.font(FONT.regular);
  return doc;
}
function finish(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

// src/modules/documents/pdf/qr.ts
import QRCode from "qrcode";
function qrPng(text14) {
  return QRCode.toBuffer(text14, { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 8 });
}

// src/modules/documents/pdf/format.ts
var dateFormats = /* @__PURE__ */ new Map();
function formatter(timeZone, withTime) {
  const key = `${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "2-digit",
      month: "short",
      year: "numeric",
      ...withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}
    });
    dateFormats.set(key, format);
  }
  return format;
}
function formatDate(date3, timeZone) {
  return formatter(timeZone, false).format(date3);
}
function formatDateTime(date3, timeZone) {
  return formatter(timeZone, true).format(date3).replace(", ", " ");
}
var METHOD_LABELS = {
  CASH: "Cash",
  POS: "POS (card)",
  TRANSFER: "Bank transfer",
  WALLET: "Wallet",
  ONLINE: "Online"
};
function methodLabel(method) {
  return METHOD_LABELS[method];
}

// src/modules/documents/a4/page.ts
var A4 = [595.28, 841.89];
var MARGIN = 42;
var CONTENT_WIDTH = A4[0] - 2 * MARGIN;
var CONTENT_BOTTOM = A4[1] - MARGIN - 12;
var COLOR = {
  ink: "#1b1b1b",
  muted: "#5f6368",
  accent: "#0b5d4b",
  rule: "#c9ced3",
  band: "#eef3f1",
  warn: "#b3261e"
};

// src/modules/documents/a4/furniture.ts
function drawFurniture(doc, furniture) {
  const { start, count: count4 } = doc.bufferedPageRange();
  for (let i = start; i < start + count4; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    if (furniture.reprint) drawWatermark(doc);
    const y = A4[1] - MARGIN + 8;
    doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + CONTENT_WIDTH, y - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
    const when = formatDateTime(furniture.generatedAt, furniture.timeZone);
    const left = `Generated ${when} (${furniture.timeZone})  \xB7  ${furniture.label}`;
    doc.text(left, MARGIN, y, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count4}`, MARGIN + CONTENT_WIDTH - 80, y, {
      width: 80,
      align: "right",
      lineBreak: false
    });
    doc.page.margins = margins;
  }
  doc.fillColor(COLOR.ink);
}
function drawWatermark(doc) {
  const [width, height] = A4;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.font(FONT.bold).fontSize(110).fillColor(COLOR.warn).fillOpacity(0.07);
  doc.text("REPRINT", 0, height / 2 - 60, { width, align: "center", lineBreak: false });
  doc.restore();
}

// src/modules/documents/a4/letterhead.ts
var LOGO = 56;
var QR = 78;
function drawLetterhead(doc, clinic, heading) {
  const top = MARGIN;
  const right = A4[0] - MARGIN;
  const qrX = right - QR;
  let textX = MARGIN;
  let logoBottom = top;
  if (clinic.logoPng) {
    doc.image(clinic.logoPng, MARGIN, top, { fit: [LOGO, LOGO] });
    textX += LOGO + 12;
    logoBottom = top + LOGO;
  }
  const textWidth = qrX - 16 - textX;
  doc.fillColor(COLOR.accent).font(FONT.bold).fontSize(16);
  doc.text(clinic.clinicName, textX, top + 2, { width: textWidth });
  doc.fillColor(COLOR.muted).font(FONT.regular).fontSize(8.5);
  doc.moveDown(0.3);
  if (clinic.address) doc.text(clinic.address, { width: textWidth });
  const contacts = [clinic.phone && `Tel: ${clinic.phone}`, clinic.email].filter(Boolean).join("   \xB7   ");
  if (contacts) doc.text(contacts, { width: textWidth });
  const clinicBottom = doc.y;
  doc.image(heading.qrPng, qrX, top, { width: QR, height: QR });
  const ruleY = Math.max(clinicBottom, logoBottom, top + QR) + 8;
  doc.moveTo(MARGIN, ruleY).lineTo(right, ruleY).lineWidth(1.2).strokeColor(COLOR.accent).stroke();
  const titleY = ruleY + 12;
  doc.fillColor(COLOR.ink).font(FONT.bold).fontSize(18);
  doc.text(heading.title, MARGIN, titleY, { lineBreak: false });
  const numberX = MARGIN + doc.widthOfString(heading.title) + 14;
  doc.font(FONT.regular).fontSize(11).fillColor(COLOR.muted);
  doc.text("No. ", numberX, titleY + 6, { continued: true, lineBreak: false });
  doc.font(FONT.bold).fillColor(COLOR.ink).text(heading.number, { lineBreak: false });
  if (heading.reprint) drawReprintTag(doc, right, titleY + 3);
  return titleY + 36;
}
function drawReprintTag(doc, right, y) {
  doc.font(FONT.bold).fontSize(8.5);
  const label = "REPRINT";
  const width = doc.widthOfString(label) + 10;
  doc.roundedRect(right - width, y, width, 15, 2).lineWidth(0.9).strokeColor(COLOR.warn).stroke();
  doc.fillColor(COLOR.warn).text(label, right - width, y + 3.5, { width, align: "center", lineBreak: false });
  doc.fillColor(COLOR.ink);
}

// src/modules/documents/a4/a4-document.ts
async function openA4(spec) {
  const generatedAt = spec.options.generatedAt ?? /* @__PURE__ */ new Date();
  const reprint = spec.options.reprint ?? false;
  const doc = createDocument({
    size: A4,
    margin: MARGIN,
    title: `${titleCase(spec.title)} ${spec.number}`,
    author: spec.clinic.clinicName,
    subject: spec.subject,
    creationDate: generatedAt
  });
  const qr = await qrPng(spec.number);
  const y = drawLetterhead(doc, spec.clinic, { title: spec.title, number: spec.number, qrPng: qr, reprint });
  const newPage = () => {
    doc.addPage();
    doc.font(FONT.bold).fontSize(9).fillColor(COLOR.accent);
    doc.text(spec.clinic.clinicName, MARGIN, MARGIN, { continued: true });
    doc.font(FONT.regular).fillColor(COLOR.muted).text(`   ${titleCase(spec.title)} ${spec.number} (continued)`);
    return doc.y + 10;
  };
  const done = () => {
    drawFurniture(doc, { generatedAt, timeZone: spec.base.timeZone, label: spec.number, reprint });
    return finish(doc);
  };
  return { doc, y, newPage, done };
}
function titleCase(text14) {
  return text14.charAt(0) + text14.slice(1).toLowerCase();
}

// src/modules/documents/a4/fields.ts
function drawFields(doc, fields, y, columns = 3) {
  const gap = 14;
  const width = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  let rowTop = y;
  for (let start = 0; start < fields.length; start += columns) {
    let rowBottom = rowTop;
    fields.slice(start, start + columns).forEach(([label, value], i) => {
      const x = MARGIN + i * (width + gap);
      doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
      doc.text(label.toUpperCase(), x, rowTop, { width, characterSpacing: 0.4 });
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOR.ink);
      doc.text(value || "\u2014", x, doc.y + 1.5, { width });
      rowBottom = Math.max(rowBottom, doc.y);
    });
    rowTop = rowBottom + 9;
  }
  return rowTop;
}

// src/modules/documents/a4/section.ts
function drawSectionTitle(doc, title, y, newPage) {
  const top = y + 60 > CONTENT_BOTTOM ? newPage() : y;
  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.ink);
  doc.text(title, MARGIN, top, { width: CONTENT_WIDTH });
  return doc.y + 4;
}

// src/modules/documents/a4/table.ts
var PAD_X = 5;
var PAD_Y = 4;
function drawTable(doc, columns, rows, y, options) {
  const fontSize = options.fontSize ?? 8.5;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => c.weight / total * CONTENT_WIDTH);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellHeight = (text14, i, font) => {
    doc.font(font).fontSize(fontSize);
    return doc.heightOfString(text14, { width: (widths[i] ?? 0) - 2 * PAD_X });
  };
  const drawRow = (cells, top, font, color) => {
    const height = Math.max(...cells.map((text14, i) => cellHeight(text14, i, font))) + 2 * PAD_Y;
    doc.font(font).fontSize(fontSize).fillColor(color);
    cells.forEach((text14, i) => {
      doc.text(text14, (xs[i] ?? 0) + PAD_X, top + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X,
        align: columns[i]?.align ?? "left"
      });
    });
    return top + height;
  };
  const drawHeader = (top) => {
    const headers = columns.map((c) => c.header);
    const height = Math.max(...headers.map((h, i) => cellHeight(h, i, FONT.bold))) + 2 * PAD_Y;
    doc.rect(MARGIN, top, CONTENT_WIDTH, height).fillColor(COLOR.band).fill();
    drawRow(headers, top, FONT.bold, COLOR.accent);
    rule(doc, top + height, COLOR.accent, 0.8);
    return top + height;
  };
  let cursor = drawHeader(y);
  rows.forEach((cells, index12) => {
    const font = options.boldRows?.has(index12) ? FONT.bold : FONT.regular;
    const height = Math.max(...cells.map((text14, i) => cellHeight(text14, i, font))) + 2 * PAD_Y;
    if (cursor + height > CONTENT_BOTTOM) cursor = drawHeader(options.continueOnNewPage());
    cursor = drawRow(cells, cursor, font, COLOR.ink);
    rule(doc, cursor, COLOR.rule, 0.5);
  });
  doc.fillColor(COLOR.ink);
  return cursor;
}
function rule(doc, y, color, width) {
  doc.moveTo(MARGIN, y).lineTo(MARGIN + CONTENT_WIDTH, y).lineWidth(width).strokeColor(color).stroke();
}

// src/modules/documents/a4/totals.ts
var WIDTH = 250;
function drawTotals(doc, lines, y, newPage) {
  const x = MARGIN + CONTENT_WIDTH - WIDTH;
  const needed = lines.reduce((sum, l) => sum + (l.strong ? 24 : 16), 0) + 8;
  let cursor = y + 8 + needed > CONTENT_BOTTOM ? newPage() : y + 8;
  for (const line of lines) {
    const size = line.strong ? 11.5 : 9;
    const height = line.strong ? 24 : 16;
    if (line.strong)
      doc.rect(x, cursor, WIDTH, height - 2).fillColor(COLOR.band).fill();
    const textY = cursor + (height - 2 - size) / 2;
    doc.font(line.strong ? FONT.bold : FONT.regular).fontSize(size);
    doc.fillColor(line.strong ? COLOR.ink : COLOR.muted);
    doc.text(line.label, x + 6, textY, { width: WIDTH / 2, lineBreak: false });
    doc.fillColor(COLOR.ink).font(line.strong ? FONT.bold : FONT.regular);
    doc.text(line.value, x + WIDTH / 2, textY, { width: WIDTH / 2 - 6, align: "right", lineBreak: false });
    cursor += height;
  }
  return cursor;
}
function drawAmountInWords(doc, label, words, y) {
  doc.font(FONT.regular).fontSize(7).fillColor(COLOR.muted);
  doc.text(label.toUpperCase(), MARGIN, y, { width: CONTENT_WIDTH, characterSpacing: 0.4 });
  doc.font(FONT.bold).fontSize(9.5).fillColor(COLOR.ink);
  doc.text(words, MARGIN, doc.y + 1.5, { width: CONTENT_WIDTH });
  return doc.y;
}

// src/modules/documents/invoice.ts
var STATUS_LABELS = {
  PENDING: "Unpaid",
  PARTIALLY_PAID: "Part paid",
  PAID: "Paid",
  WAIVED: "Waived",
  VOIDED: "Voided"
};
async function renderInvoice(clinic, invoice, options = {}) {
  const money = (minor3) => formatMoney(minor3, invoice.currency);
  const hmo = invoice.payer.type === "HMO" ? invoice.payer : null;
  const page = await openA4({
    clinic,
    base: invoice,
    options,
    title: "INVOICE",
    number: invoice.invoiceNumber,
    subject: `Invoice for visit ${invoice.visitNumber} of ${invoice.patient.name} (${invoice.patient.mrn})`
  });
  const { doc } = page;
  let y = drawFields(
    doc,
    [
      ["Patient", invoice.patient.name],
      ["MRN", invoice.patient.mrn],
      ["Visit", invoice.visitNumber]
    ],
    page.y
  );
  const payer = [
    ["Date issued", formatDateTime(invoice.issuedAt, invoice.timeZone)],
    ["Payer", hmo ? `HMO: ${hmo.providerName}` : "Cash (self-pay)"]
  ];
  if (hmo)
    payer.push(
      ["Policy number", hmo.policyNumber],
      ["Authorisation code", hmo.authorisationCode ?? "Awaited"]
    );
  y = drawFields(doc, payer, y, hmo ? 4 : 3);
  const columns = [
    { header: "Code", weight: 0.85 },
    { header: "Description", weight: hmo ? 2.5 : 3.6 },
    { header: "Qty", weight: 0.55, align: "right" },
    { header: "Unit price", weight: 1.2, align: "right" },
    { header: "Amount", weight: 1.2, align: "right" },
    ...hmo ? [
      { header: "HMO share", weight: 1.2, align: "right" },
      { header: "Patient share", weight: 1.35, align: "right" }
    ] : [],
    { header: "Status", weight: 0.9 }
  ];
  const rows = invoice.lines.map((l) => [
    l.code,
    l.name,
    String(l.quantity),
    money(l.unitPrice),
    money(l.amount),
    ...hmo ? [money(l.hmoShare), money(l.patientShare)] : [],
    STATUS_LABELS[l.status]
  ]);
  y = drawTable(doc, columns, rows, y + 4, { continueOnNewPage: page.newPage, fontSize: 7.5 });
  const s = invoice.summary;
  const totals = [{ label: "Total charges", value: money(s.charges) }];
  if (s.waived > 0) totals.push({ label: "Less waived", value: money(-s.waived) });
  if (s.hmoCovered > 0) totals.push({ label: "Covered by HMO", value: money(-s.hmoCovered) });
  if (s.hmoPending > 0) totals.push({ label: "HMO cover awaited", value: money(-s.hmoPending) });
  totals.push({ label: "Patient share", value: money(s.patientShare), strong: true });
  totals.push({ label: "Paid", value: money(s.paid) });
  totals.push(
    s.outstanding < 0 ? { label: "Credit", value: money(-s.outstanding), strong: true } : { label: "Amount due", value: money(s.outstanding), strong: true }
  );
  y = drawTotals(doc, totals, y + 4, page.newPage);
  y = drawAmountInWords(
    doc,
    "Patient share in words",
    amountInWords(s.patientShare, invoice.currency),
    y + 14
  );
  if (s.outstanding > 0) {
    y = drawAmountInWords(doc, "Amount due in words", amountInWords(s.outstanding, invoice.currency), y + 8);
  }
  if (invoice.payments.length > 0) {
    y = drawSectionTitle(doc, "Payments received", y + 18, page.newPage);
    y = drawTable(
      doc,
      [
        { header: "Receipt", weight: 1.4 },
        { header: "Date", weight: 1.4 },
        { header: "Method", weight: 1.4 },
        { header: "Amount", weight: 1.2, align: "right" }
      ],
      invoice.payments.map((p) => [
        p.receiptNumber,
        formatDate(p.date, invoice.timeZone),
        methodLabel(p.method),
        money(p.amount)
      ]),
      y,
      { continueOnNewPage: page.newPage }
    );
  }
  return page.done();
}

// src/modules/documents/invoice-document.service.ts
import { and as and10, asc as asc6, desc as desc2, eq as eq21 } from "drizzle-orm";
var ISSUE_ACTION = "document.invoice.issue";
var REPRINT_ACTION = "document.invoice.reprint";
async function firstIssuedAt(tx, visitId) {
  const [row] = await tx.select({ metadata: auditLog.metadata, createdAt: auditLog.createdAt }).from(auditLog).where(and10(eq21(auditLog.visitId, visitId), eq21(auditLog.action, ISSUE_ACTION))).orderBy(desc2(auditLog.id)).limit(1);
  if (!row) return null;
  const issuedAt = row.metadata.issuedAt;
  return typeof issuedAt === "string" ? new Date(issuedAt) : row.createdAt;
}
async function issueOnce(tx, visitId, actor, now) {
  const [seen] = await tx.select().from(visits).where(eq21(visits.id, visitId));
  if (!seen) throw notFound("visit");
  const visit = seen.invoiceNumber ? seen : await lockVisit(tx, visitId);
  if (visit.invoiceNumber) {
    return {
      visit,
      invoiceNumber: visit.invoiceNumber,
      issuedAt: await firstIssuedAt(tx, visitId) ?? now,
      reprint: true
    };
  }
  const invoiceNumber = await nextDocumentNumber(tx, "invoice", await clinicYear(tx, now));
  await tx.update(visits).set({ invoiceNumber }).where(eq21(visits.id, visitId));
  await recordAudit(tx, actor.ctx, {
    action: ISSUE_ACTION,
    entityType: "visit",
    entityId: visitId,
    patientId: visit.patientId,
    visitId,
    metadata: { invoiceNumber, issuedAt: now.toISOString() }
  });
  return { visit: { ...visit, invoiceNumber }, invoiceNumber, issuedAt: now, reprint: false };
}
async function printInvoice(tx, visitId, actor, now) {
  const issued = await issueOnce(tx, visitId, actor, now);
  const { visit } = issued;
  if (issued.reprint) {
    await recordAudit(tx, actor.ctx, {
      action: REPRINT_ACTION,
      entityType: "visit",
      entityId: visitId,
      patientId: visit.patientId,
      visitId,
      metadata: { invoiceNumber: issued.invoiceNumber }
    });
  }
  const [billing, patient, paid, context] = await Promise.all([
    readVisitBilling(tx, visit),
    patientRefOf(tx, visit.patientId),
    tx.select().from(payments).where(eq21(payments.visitId, visitId)).orderBy(asc6(payments.receivedAt), asc6(payments.receiptNumber)),
    documentContext(tx)
  ]);
  const computed = new Map(billing.result.charges.map((c) => [c.id, c]));
  const { summary } = billing.result;
  return {
    context,
    reprint: issued.reprint,
    invoice: {
      currency: context.currency,
      timeZone: context.timeZone,
      invoiceNumber: issued.invoiceNumber,
      issuedAt: issued.issuedAt,
      patient,
      visitNumber: visit.number,
      payer: await payerOf(tx, visit, billing.insurance),
      lines: billing.chargeRows.map((row) => {
        const c = computed.get(row.id);
        return {
          code: row.serviceCode,
          name: row.serviceName,
          quantity: row.quantity,
          unitPrice: row.unitPriceMinor,
          amount: row.amountMinor,
          hmoShare: c?.hmoShare ?? 0,
          patientShare: c?.patientShare ?? 0,
          status: c?.status ?? row.status
        };
      }),
      summary: {
        charges: summary.charges,
        waived: summary.waived,
        hmoCovered: summary.hmoCovered,
        hmoPending: summary.hmoPending,
        patientShare: summary.patientShare,
        paid: summary.paid,
        outstanding: summary.outstanding
      },
      // What each payment put towards this visit; an overpayment's wallet part is not the visit's money.
      payments: paid.filter((p) => p.appliedMinor > 0).map((p) => ({
        receiptNumber: p.receiptNumber,
        date: p.receivedAt,
        method: p.method,
        amount: p.appliedMinor
      }))
    }
  };
}

// src/modules/documents/pdf-reply.ts
function sendPdf(reply, doc) {
  return reply.header("content-type", "application/pdf").header("content-disposition", `inline; filename="${doc.filename}"`).header("cache-control", "no-store").send(doc.pdf);
}

// src/modules/documents/a4/signature.ts
var WIDTH2 = 190;
function drawSignature(doc, caption, y, newPage) {
  const top = y + 40 > CONTENT_BOTTOM ? newPage() + 20 : y;
  doc.moveTo(MARGIN, top).lineTo(MARGIN + WIDTH2, top).lineWidth(0.6).strokeColor(COLOR.muted).stroke();
  doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
  doc.text(caption, MARGIN, top + 4, { width: WIDTH2 });
  doc.fillColor(COLOR.ink);
  return doc.y;
}

// src/modules/documents/receipt-figures.ts
function unallocated(receipt) {
  return receipt.amount - receipt.allocations.reduce((sum, a) => sum + a.amount, 0);
}
function balanceLine(balanceAfter) {
  if (balanceAfter < 0) return { label: "Credit balance", amount: -balanceAfter };
  return { label: "Balance outstanding", amount: balanceAfter };
}

// src/modules/documents/receipt-a4.ts
async function renderReceiptA4(clinic, receipt, options = {}) {
  const money = (minor3) => formatMoney(minor3, receipt.currency);
  const page = await openA4({
    clinic,
    base: receipt,
    options,
    title: "RECEIPT",
    number: receipt.receiptNumber,
    subject: `Payment receipt for ${receipt.patient.name} (${receipt.patient.mrn})`
  });
  const { doc } = page;
  let y = drawFields(
    doc,
    [
      ["Received from", receipt.patient.name],
      ["MRN", receipt.patient.mrn],
      ["Visit", receipt.visitNumber],
      ["Date", formatDateTime(receipt.issuedAt, receipt.timeZone)],
      ["Payment method", methodLabel(receipt.method)],
      ["Reference", receipt.reference ?? ""]
    ],
    page.y
  );
  y = drawTable(
    doc,
    [
      { header: "Code", weight: 1.2 },
      { header: "Paid towards", weight: 4 },
      { header: "Amount", weight: 1.6, align: "right" }
    ],
    receipt.allocations.map((a) => [a.code, a.name, money(a.amount)]),
    y + 6,
    { continueOnNewPage: page.newPage }
  );
  const lines = [];
  const toWallet = unallocated(receipt);
  if (toWallet > 0) lines.push({ label: "Credited to wallet", value: money(toWallet) });
  lines.push({ label: "Amount received", value: money(receipt.amount), strong: true });
  const balance = balanceLine(receipt.balanceAfter);
  lines.push({ label: balance.label, value: money(balance.amount) });
  y = drawTotals(doc, lines, y + 4, page.newPage);
  y = drawAmountInWords(doc, "Amount in words", amountInWords(receipt.amount, receipt.currency), y + 16);
  drawSignature(doc, `Received by ${receipt.cashierName}`, y + 30, page.newPage);
  return page.done();
}

// src/modules/documents/receipt-document.service.ts
import { and as and11, asc as asc7, eq as eq22, inArray as inArray4, lte, or as or2, sql as sql21 } from "drizzle-orm";
var RECEIPT_PRINT_ACTION = "document.receipt.print";
function upToPayment(p) {
  return and11(
    eq22(payments.visitId, p.visitId),
    or2(
      sql21`${payments.receivedAt} < ${p.receivedAt}`,
      and11(eq22(payments.receivedAt, p.receivedAt), lte(payments.receiptNumber, p.receiptNumber))
    )
  );
}
async function outstandingAfter(tx, p) {
  const earlier = tx.select({ id: payments.id }).from(payments).where(upToPayment(p));
  const [chargeRows, allocated, paid, refunded, [cover]] = await Promise.all([
    tx.select().from(charges).where(and11(eq22(charges.visitId, p.visitId), lte(charges.createdAt, p.receivedAt))),
    tx.select({
      chargeId: paymentAllocations.chargeId,
      total: sql21`sum(${paymentAllocations.amountMinor})`
    }).from(paymentAllocations).where(inArray4(paymentAllocations.paymentId, earlier)).groupBy(paymentAllocations.chargeId),
    tx.select({ amount: payments.appliedMinor }).from(payments).where(upToPayment(p)),
    tx.select({ amount: refunds.amountMinor }).from(refunds).where(
      and11(
        eq22(refunds.visitId, p.visitId),
        eq22(refunds.status, "COMPLETED"),
        lte(refunds.decidedAt, p.receivedAt)
      )
    ),
    tx.select().from(visitInsurance).where(eq22(visitInsurance.visitId, p.visitId))
  ]);
  const allocatedByCharge = new Map(allocated.map((a) => [a.chargeId, Number(a.total)]));
  const { summary } = computeBilling({
    charges: chargeRows.map((c) => ({
      id: c.id,
      amount: c.amountMinor,
      status: c.status,
      createdAt: c.createdAt,
      allocated: allocatedByCharge.get(c.id) ?? 0
    })),
    payments: paid,
    refunds: refunded,
    insurance: cover ? {
      status: cover.status,
      coverage: cover.coverage,
      coveragePercent: cover.coveragePercent,
      approvedAmount: cover.approvedMinor
    } : null
  });
  return summary.outstanding;
}
async function printReceipt(tx, paymentId, format, actor) {
  const [payment] = await tx.select().from(payments).where(eq22(payments.id, paymentId)).for("no key update");
  if (!payment) throw notFound("payment");
  const [[visit], [patient], [cashier], allocations, balanceAfter, copies, context] = await Promise.all([
    tx.select({ number: visits.number }).from(visits).where(eq22(visits.id, payment.visitId)),
    tx.select().from(patients).where(eq22(patients.id, payment.patientId)),
    payment.cashierId ? tx.select({ name: users.fullName }).from(users).where(eq22(users.id, payment.cashierId)) : Promise.resolve([]),
    tx.select({
      code: charges.serviceCode,
      name: charges.serviceName,
      amount: paymentAllocations.amountMinor
    }).from(paymentAllocations).innerJoin(charges, eq22(charges.id, paymentAllocations.chargeId)).where(eq22(paymentAllocations.paymentId, payment.id)).orderBy(asc7(charges.createdAt), asc7(charges.id)),
    outstandingAfter(tx, payment),
    priorPrints(tx, RECEIPT_PRINT_ACTION, payment.id, { visitId: payment.visitId }),
    documentContext(tx)
  ]);
  if (!visit || !patient) throw new Error("payment without its visit or patient");
  await recordAudit(tx, actor.ctx, {
    action: RECEIPT_PRINT_ACTION,
    entityType: "payment",
    entityId: payment.id,
    patientId: payment.patientId,
    visitId: payment.visitId,
    metadata: { receiptNumber: payment.receiptNumber, format, copy: copies + 1 }
  });
  return {
    context,
    reprint: copies > 0,
    receipt: {
      currency: context.currency,
      timeZone: context.timeZone,
      receiptNumber: payment.receiptNumber,
      issuedAt: payment.receivedAt,
      // Gateway payments have no cashier: the webhook confirmed them.
      cashierName: cashier?.name ?? "Online payment gateway",
      patient: { name: patientName(patient), mrn: patient.mrn },
      visitNumber: visit.number,
      method: payment.method,
      reference: payment.reference,
      amount: payment.amountMinor,
      allocations,
      balanceAfter
    }
  };
}

// src/modules/documents/thermal/roll.ts
var ROLL_WIDTH = 226.77;
var ROLL_MARGIN = 8.5;
var ROLL_CONTENT = ROLL_WIDTH - 2 * ROLL_MARGIN;
var MEASURE_HEIGHT = 14400;
var Roll = class {
  constructor(doc) {
    this.doc = doc;
    doc.fillColor("#000000").strokeColor("#000000");
  }
  doc;
  y = ROLL_MARGIN;
  centred(text14, font, size, gapAfter = 1) {
    this.doc.font(font).fontSize(size);
    this.doc.text(text14, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: "center" });
    this.y = this.doc.y + gapAfter;
  }
  /** Label on the left, value on the right; the value drops to its own line when both don't fit. */
  pair(label, value, font = FONT.mono, size = 8) {
    const doc = this.doc.font(font).fontSize(size);
    const labelWidth = doc.widthOfString(label);
    const valueWidth = doc.widthOfString(value);
    if (labelWidth + valueWidth + 6 <= ROLL_CONTENT) {
      doc.text(label, ROLL_MARGIN, this.y, { lineBreak: false });
      doc.text(value, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: "right" });
    } else {
      doc.text(label, ROLL_MARGIN, this.y, { width: ROLL_CONTENT });
      doc.text(value, ROLL_MARGIN, doc.y, { width: ROLL_CONTENT, align: "right" });
    }
    this.y = doc.y + 1;
  }
  /** A wrapping description with its amount right-aligned on the first line. */
  item(description, amount, size = 8) {
    const doc = this.doc.font(FONT.mono).fontSize(size);
    const amountWidth = doc.widthOfString(amount);
    doc.text(amount, ROLL_MARGIN, this.y, { width: ROLL_CONTENT, align: "right", lineBreak: false });
    doc.text(description, ROLL_MARGIN, this.y, { width: ROLL_CONTENT - amountWidth - 8 });
    this.y = doc.y + 2;
  }
  dashes() {
    const y = this.y + 3;
    this.doc.moveTo(ROLL_MARGIN, y).lineTo(ROLL_MARGIN + ROLL_CONTENT, y).dash(2, { space: 2 }).lineWidth(0.6).stroke().undash();
    this.y = y + 5;
  }
  image(png, size) {
    this.doc.image(png, ROLL_MARGIN + (ROLL_CONTENT - size) / 2, this.y, { width: size, height: size });
    this.y += size + 3;
  }
  gap(points) {
    this.y += points;
  }
};

// src/modules/documents/receipt-thermal.ts
async function renderReceiptThermal(clinic, receipt, options = {}) {
  const parts = {
    clinic,
    receipt,
    qr: await qrPng(receipt.receiptNumber),
    reprint: options.reprint ?? false,
    generatedAt: options.generatedAt ?? /* @__PURE__ */ new Date()
  };
  const height = Math.ceil(layout(open(parts, MEASURE_HEIGHT), parts) + ROLL_MARGIN);
  const doc = open(parts, height);
  layout(doc, parts);
  return finish(doc);
}
function open(parts, height) {
  return createDocument({
    size: [ROLL_WIDTH, height],
    margin: ROLL_MARGIN,
    title: `Receipt ${parts.receipt.receiptNumber}`,
    author: parts.clinic.clinicName,
    subject: `Payment receipt for ${parts.receipt.patient.name} (${parts.receipt.patient.mrn})`,
    creationDate: parts.generatedAt
  });
}
function layout(doc, { clinic, receipt, qr, reprint, generatedAt }) {
  const money = (minor3) => formatMoney(minor3, receipt.currency);
  const roll = new Roll(doc);
  if (reprint) roll.centred("*** REPRINT ***", FONT.monoBold, 10, 4);
  roll.centred(clinic.clinicName, FONT.bold, 11.5, 2);
  if (clinic.address) roll.centred(clinic.address, FONT.regular, 7);
  if (clinic.phone) roll.centred(`Tel: ${clinic.phone}`, FONT.regular, 7);
  if (clinic.email) roll.centred(clinic.email, FONT.regular, 7);
  roll.dashes();
  roll.centred("RECEIPT", FONT.bold, 12, 0);
  roll.centred(receipt.receiptNumber, FONT.monoBold, 9, 4);
  roll.pair("Date", formatDateTime(receipt.issuedAt, receipt.timeZone));
  roll.pair("Patient", receipt.patient.name);
  roll.pair("MRN", receipt.patient.mrn);
  roll.pair("Visit", receipt.visitNumber);
  roll.pair("Cashier", receipt.cashierName);
  roll.pair("Method", methodLabel(receipt.method));
  if (receipt.reference) roll.pair("Reference", receipt.reference);
  roll.dashes();
  for (const a of receipt.allocations) roll.item(a.name, money(a.amount));
  const toWallet = unallocated(receipt);
  if (toWallet > 0) roll.item("Credited to wallet", money(toWallet));
  roll.dashes();
  roll.centred("TOTAL PAID", FONT.monoBold, 9, 0);
  roll.centred(money(receipt.amount), FONT.bold, 18, 2);
  roll.centred(amountInWords(receipt.amount, receipt.currency), FONT.regular, 7.5, 4);
  const balance = balanceLine(receipt.balanceAfter);
  roll.pair(balance.label, money(balance.amount), FONT.monoBold);
  roll.dashes();
  roll.gap(2);
  roll.image(qr, 84);
  roll.centred("Thank you. Please keep this receipt.", FONT.regular, 7, 2);
  roll.centred(
    `Printed ${formatDateTime(generatedAt, receipt.timeZone)} (${receipt.timeZone})`,
    FONT.mono,
    6.5,
    0
  );
  if (reprint) roll.centred("*** REPRINT ***", FONT.monoBold, 10, 0);
  return roll.y;
}

// src/modules/documents/statement-ledger.ts
var RAISES = {
  CHARGE: true,
  REFUND: true,
  PAYMENT: false,
  WAIVER: false,
  HMO: false
};
function buildLedger(entries) {
  const totals = { CHARGE: 0, REFUND: 0, PAYMENT: 0, WAIVER: 0, HMO: 0 };
  let balance = 0;
  const rows = entries.map((entry) => {
    const raises = RAISES[entry.kind];
    balance += raises ? entry.amount : -entry.amount;
    totals[entry.kind] += entry.amount;
    return { entry, debit: raises ? entry.amount : 0, credit: raises ? 0 : entry.amount, balance };
  });
  return { rows, totals, closingBalance: balance };
}

// src/modules/documents/statement.ts
async function renderStatement(clinic, statement, options = {}) {
  const money = (minor3) => formatMoney(minor3, statement.currency);
  const blankIfZero = (minor3) => minor3 === 0 ? "" : money(minor3);
  const ledger = buildLedger(statement.entries);
  const page = await openA4({
    clinic,
    base: statement,
    options,
    title: "STATEMENT",
    number: statement.visitNumber,
    subject: `Statement of visit ${statement.visitNumber} for ${statement.patient.name} (${statement.patient.mrn})`
  });
  const { doc } = page;
  const first = statement.entries[0];
  const last = statement.entries.at(-1);
  const period = first && last ? `${formatDate(first.date, statement.timeZone)} \u2013 ${formatDate(last.date, statement.timeZone)}` : "";
  let y = drawFields(
    doc,
    [
      ["Patient", statement.patient.name],
      ["MRN", statement.patient.mrn],
      ["Visit", statement.visitNumber],
      ["Statement date", formatDateTime(statement.issuedAt, statement.timeZone)],
      ["Payer", statement.payerLabel],
      ["Period", period]
    ],
    page.y
  );
  y = drawTable(
    doc,
    [
      { header: "Date", weight: 1.5 },
      { header: "Description", weight: 2.35 },
      { header: "Reference", weight: 1.5 },
      { header: "Debit", weight: 1.2, align: "right" },
      { header: "Credit", weight: 1.2, align: "right" },
      { header: "Balance", weight: 1.3, align: "right" }
    ],
    ledger.rows.map((r) => [
      formatDateTime(r.entry.date, statement.timeZone),
      r.entry.description,
      r.entry.reference,
      blankIfZero(r.debit),
      blankIfZero(r.credit),
      money(r.balance)
    ]),
    y + 4,
    { continueOnNewPage: page.newPage, fontSize: 7.5 }
  );
  const t = ledger.totals;
  const totals = [{ label: "Charges", value: money(t.CHARGE) }];
  if (t.WAIVER > 0) totals.push({ label: "Waived", value: money(-t.WAIVER) });
  if (t.HMO > 0) totals.push({ label: "HMO cover", value: money(-t.HMO) });
  totals.push({ label: "Payments", value: money(-t.PAYMENT) });
  if (t.REFUND > 0) totals.push({ label: "Refunds", value: money(t.REFUND) });
  const closing = ledger.closingBalance;
  totals.push({
    label: closing < 0 ? "Credit" : "Balance due",
    value: money(Math.abs(closing)),
    strong: true
  });
  y = drawTotals(doc, totals, y + 4, page.newPage);
  drawAmountInWords(
    doc,
    closing < 0 ? "Credit in words" : "Balance due in words",
    amountInWords(Math.abs(closing), statement.currency),
    y + 14
  );
  return page.done();
}

// src/modules/documents/statement-document.service.ts
import { asc as asc8, eq as eq23 } from "drizzle-orm";
var KIND_ORDER = {
  CHARGE: 0,
  HMO: 1,
  WAIVER: 2,
  PAYMENT: 3,
  REFUND: 4
};
function payerLabel(payer) {
  return payer.type === "CASH" ? "Cash" : `HMO: ${payer.providerName} (policy ${payer.policyNumber})`;
}
function chargeEntries(billing) {
  return billing.chargeRows.flatMap((c) => {
    const charge = {
      date: c.createdAt,
      kind: "CHARGE",
      description: c.quantity > 1 ? `${c.serviceName} \xD7 ${c.quantity}` : c.serviceName,
      reference: c.serviceCode,
      amount: c.amountMinor
    };
    if (c.status !== "WAIVED" && c.status !== "VOIDED") return [charge];
    const verb = c.status === "WAIVED" ? "Waiver" : "Void";
    return [
      charge,
      {
        date: c.reasonAt ?? c.updatedAt,
        kind: "WAIVER",
        description: `${verb}: ${c.serviceName}`,
        reference: c.serviceCode,
        amount: c.amountMinor
      }
    ];
  });
}
function hmoEntry(billing) {
  const { hmoCovered, hmoPending } = billing.result.summary;
  const cover = billing.insurance;
  if (!cover || hmoCovered + hmoPending === 0) return [];
  const pending2 = hmoPending > 0;
  return [
    {
      date: cover.approvedAt ?? cover.createdAt,
      kind: "HMO",
      description: pending2 ? "HMO cover (authorisation awaited)" : "HMO cover (authorised)",
      reference: cover.authorizationCode ?? cover.policyNumber,
      amount: hmoCovered + hmoPending
    }
  ];
}
async function printStatement(tx, visitId, actor, now) {
  const [visit] = await tx.select().from(visits).where(eq23(visits.id, visitId));
  if (!visit) throw notFound("visit");
  const [billing, patient, paid, refunded, context] = await Promise.all([
    readVisitBilling(tx, visit),
    patientRefOf(tx, visit.patientId),
    tx.select().from(payments).where(eq23(payments.visitId, visitId)).orderBy(asc8(payments.receivedAt), asc8(payments.receiptNumber)),
    tx.select({ refund: refunds, receiptNumber: payments.receiptNumber }).from(refunds).innerJoin(payments, eq23(payments.id, refunds.paymentId)).where(eq23(refunds.visitId, visitId)),
    documentContext(tx)
  ]);
  const money = (minor3) => formatMoney(minor3, context.currency);
  const entries = [
    ...chargeEntries(billing),
    ...hmoEntry(billing),
    ...paid.filter((p) => p.appliedMinor > 0).map((p) => ({
      date: p.receivedAt,
      kind: "PAYMENT",
      description: `Payment (${methodLabel(p.method)})` + (p.walletCreditMinor > 0 ? `, ${money(p.walletCreditMinor)} more to wallet` : ""),
      reference: p.receiptNumber,
      amount: p.appliedMinor
    })),
    ...refunded.filter((r) => r.refund.status === "COMPLETED").map((r) => ({
      date: r.refund.decidedAt ?? r.refund.requestedAt,
      kind: "REFUND",
      description: `Refund of ${r.receiptNumber}`,
      reference: r.refund.refundNumber ?? r.receiptNumber,
      amount: r.refund.amountMinor
    }))
  ];
  entries.sort((a, b) => a.date.getTime() - b.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  await recordAudit(tx, actor.ctx, {
    action: "document.statement.view",
    entityType: "visit",
    entityId: visitId,
    patientId: visit.patientId,
    visitId,
    metadata: { visitNumber: visit.number }
  });
  return {
    context,
    statement: {
      currency: context.currency,
      timeZone: context.timeZone,
      visitNumber: visit.number,
      issuedAt: now,
      patient,
      payerLabel: payerLabel(await payerOf(tx, visit, billing.insurance)),
      entries
    }
  };
}

// src/modules/documents/documents.routes.ts
var tags7 = ["documents"];
var idParams4 = z32.object({ id: z32.uuid() });
var receiptQuery = z32.object({ format: z32.enum(["a4", "thermal"]).default("a4") });
var access = { access: { roles: PERMISSIONS["documents.billing"] } };
function renderReceipt(print, format, generatedAt) {
  const render = format === "thermal" ? renderReceiptThermal : renderReceiptA4;
  return render(print.context.clinic, print.receipt, { reprint: print.reprint, generatedAt });
}
var documentRoutes = async (app2, { db, clock }) => {
  app2.get(
    "/payments/:id/receipt.pdf",
    { config: access, schema: { tags: tags7, params: idParams4, querystring: receiptQuery } },
    async (request, reply) => {
      const { format } = request.query;
      const print = await inTransaction(
        db,
        (tx) => printReceipt(tx, request.params.id, format, actorOf(request))
      );
      const pdf = await renderReceipt(print, format, clock());
      return sendPdf(reply, { pdf, filename: `${print.receipt.receiptNumber}.pdf` });
    }
  );
  app2.get(
    "/wallet-entries/:id/receipt.pdf",
    { config: access, schema: { tags: tags7, params: idParams4, querystring: receiptQuery } },
    async (request, reply) => {
      const { format } = request.query;
      const print = await inTransaction(
        db,
        (tx) => printDepositReceipt(tx, request.params.id, format, actorOf(request))
      );
      const pdf = await renderReceipt(print, format, clock());
      return sendPdf(reply, { pdf, filename: `${print.receipt.receiptNumber}.pdf` });
    }
  );
  app2.get(
    "/visits/:id/invoice.pdf",
    { config: access, schema: { tags: tags7, params: idParams4 } },
    async (request, reply) => {
      const now = clock();
      const print = await inTransaction(
        db,
        (tx) => printInvoice(tx, request.params.id, actorOf(request), now)
      );
      const pdf = await renderInvoice(print.context.clinic, print.invoice, {
        reprint: print.reprint,
        generatedAt: now
      });
      return sendPdf(reply, { pdf, filename: `${print.invoice.invoiceNumber}.pdf` });
    }
  );
  app2.get(
    "/visits/:id/statement.pdf",
    { config: access, schema: { tags: tags7, params: idParams4 } },
    async (request, reply) => {
      const now = clock();
      const print = await inTransaction(
        db,
        (tx) => printStatement(tx, request.params.id, actorOf(request), now)
      );
      const pdf = await renderStatement(print.context.clinic, print.statement, { generatedAt: now });
      return sendPdf(reply, { pdf, filename: `statement-${print.statement.visitNumber}.pdf` });
    }
  );
};

// src/modules/health/health.routes.ts
import { z as z33 } from "zod";

// src/http/error-handler.ts
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
function sendError(reply, status, code, message, details) {
  const body = { error: { code, message, ...details === void 0 ? {} : { details } } };
  return reply.code(status).type("application/json; charset=utf-8").send(body);
}
var FASTIFY_CLIENT_ERRORS = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE", "The request body is too large"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    "BAD_REQUEST",
    "The Content-Length header does not match the body"
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "BAD_REQUEST", "The JSON body is empty"],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "BAD_REQUEST", "The body is not valid JSON"]
};
var PG_CLIENT_ERRORS = {
  "23505": [409, "CONFLICT", "That record already exists"],
  "23503": [409, "CONFLICT", "A record it refers to does not exist or is still referenced"],
  "23514": [409, "CONFLICT", "The change breaks a rule of the record"],
  // Raised by our own triggers (migration 0004): closed visits and immutable records.
  EM001: [409, "VISIT_CLOSED", "The visit is closed; its record cannot change"],
  EM002: [409, "IMMUTABLE_RECORD", "This record cannot be changed or deleted"],
  "22P02": [400, "BAD_REQUEST", "A value has the wrong format"],
  "40001": [409, "CONFLICT", "A concurrent change got there first; try again"],
  "40P01": [409, "CONFLICT", "A concurrent change got there first; try again"]
};
function pgCode(err) {
  for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++) {
    const code = e.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return void 0;
}
function registerErrorHandler(app2) {
  app2.setErrorHandler((err, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return sendError(reply, err.status, err.code, err.message, err.details);
    }
    if (err instanceof InvalidTransitionError) {
      return sendError(reply, 409, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split("/").filter(Boolean)].filter(Boolean).join("."),
        message: v.message ?? "is invalid"
      }));
      return sendError(reply, 400, "VALIDATION_FAILED", "The request is invalid", details);
    }
    const known = err.code ? FASTIFY_CLIENT_ERRORS[err.code] : void 0;
    if (known) return sendError(reply, ...known);
    const sqlState = pgCode(err);
    const pgKnown = sqlState ? PG_CLIENT_ERRORS[sqlState] : void 0;
    if (pgKnown) {
      request.log.warn(
        { sqlState, constraint: err.constraint },
        "database refused a change"
      );
      return sendError(reply, ...pgKnown);
    }
    if (err.statusCode === 429) {
      return sendError(reply, 429, "RATE_LIMITED", "Too many requests; try again later");
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, err.statusCode, "BAD_REQUEST", "The request could not be processed");
    }
    if (isResponseSerializationError(err)) {
      request.log.error(
        { issues: err.cause.issues.map((i) => i.path.join(".")) },
        "response did not match its schema"
      );
    } else {
      request.log.error(
        { errType: err.name, code: err.code ?? sqlState, stack: err.stack },
        "unhandled error"
      );
    }
    return sendError(reply, 500, "INTERNAL_ERROR", "Something went wrong on our side", {
      requestId: request.id
    });
  });
}

// src/modules/health/health.routes.ts
var healthRoutes = async (app2, { database: database2 }) => {
  app2.get(
    "/health",
    {
      config: { access: { public: true } },
      schema: { tags: ["health"], response: { 200: z33.object({ status: z33.literal("ok") }) } }
    },
    async () => ({ status: "ok" })
  );
  app2.get(
    "/health/ready",
    {
      config: { access: { public: true } },
      schema: { tags: ["health"], response: { 200: z33.object({ status: z33.literal("ready") }) } }
    },
    async (request, reply) => {
      try {
        await database2.ping(2e3);
        const state = await database2.migrationState();
        if (state.current) return { status: "ready" };
        request.log.warn({ applied: state.applied, available: state.available }, "migrations pending");
      } catch (err) {
        request.log.warn({ errType: err.name }, "database unreachable");
      }
      return sendError(reply, 503, "SERVICE_UNAVAILABLE", "Not ready");
    }
  );
};

// src/modules/hmo/hmo.routes.ts
import { z as z34 } from "zod";

// src/modules/hmo/hmo.service.ts
import { and as and12, asc as asc9, eq as eq24, ilike as ilike2, or as or3, sql as sql22 } from "drizzle-orm";
function toHmoProvider(row) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    address: row.address,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  };
}
function likeFragment2(text14) {
  return `%${text14.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
async function listHmoProviders(db, query) {
  const conditions = [];
  if (query.q) {
    const match = or3(
      ilike2(hmoProviders.code, likeFragment2(query.q)),
      ilike2(hmoProviders.name, likeFragment2(query.q))
    );
    if (match) conditions.push(match);
  }
  if (query.active !== "all") conditions.push(eq24(hmoProviders.active, query.active === "true"));
  const where = conditions.length > 0 ? and12(...conditions) : void 0;
  const [rows, [count4]] = await Promise.all([
    db.select().from(hmoProviders).where(where).orderBy(asc9(hmoProviders.name), asc9(hmoProviders.code)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: sql22`count(*)::int` }).from(hmoProviders).where(where)
  ]);
  return { items: rows.map(toHmoProvider), total: count4?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
async function getHmoProvider(db, id) {
  const [row] = await db.select().from(hmoProviders).where(eq24(hmoProviders.id, id));
  if (!row) throw notFound("HMO provider");
  return toHmoProvider(row);
}
async function createHmoProvider(db, input2, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.insert(hmoProviders).values({
      code: input2.code,
      name: input2.name,
      contactName: input2.contactName ?? null,
      phone: input2.phone ?? null,
      email: input2.email ?? null,
      address: input2.address ?? null
    }).onConflictDoNothing({ target: hmoProviders.code }).returning();
    if (!row) {
      const [existing] = await tx.select({ id: hmoProviders.id }).from(hmoProviders).where(eq24(hmoProviders.code, input2.code));
      throw new AppError("DUPLICATE", `An HMO provider with code ${input2.code} already exists`, {
        field: "code",
        existingId: existing?.id
      });
    }
    await recordAudit(tx, ctx, {
      action: "hmo.provider.create",
      entityType: "hmo_provider",
      entityId: row.id,
      metadata: { code: row.code }
    });
    return toHmoProvider(row);
  });
}
var EDITABLE = ["name", "contactName", "phone", "email", "address", "active"];
async function updateHmoProvider(db, id, patch, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(hmoProviders).where(eq24(hmoProviders.id, id)).for("update");
    if (!row) throw notFound("HMO provider");
    if (patch.code !== void 0 && patch.code !== row.code) {
      throw new AppError("CONFLICT", "The code of an HMO provider cannot be changed", {
        field: "code",
        code: row.code
      });
    }
    const fields = EDITABLE.filter((f) => patch[f] !== void 0 && patch[f] !== row[f]);
    if (fields.length === 0) return toHmoProvider(row);
    const changes = Object.fromEntries(fields.map((f) => [f, patch[f]]));
    const [updated] = await tx.update(hmoProviders).set({ ...changes, updatedAt: /* @__PURE__ */ new Date() }).where(eq24(hmoProviders.id, id)).returning();
    if (!updated) throw notFound("HMO provider");
    await recordAudit(tx, ctx, {
      action: "hmo.provider.update",
      entityType: "hmo_provider",
      entityId: id,
      metadata: { code: row.code, fields, ...fields.includes("active") ? { active: updated.active } : {} }
    });
    return toHmoProvider(updated);
  });
}

// src/modules/hmo/hmo-tariffs.service.ts
import { and as and13, asc as asc10, eq as eq25, sql as sql23 } from "drizzle-orm";
var tariffColumns = {
  id: hmoTariffs.id,
  providerId: hmoTariffs.providerId,
  serviceId: hmoTariffs.serviceId,
  serviceCode: serviceCatalog.code,
  serviceName: serviceCatalog.name,
  cataloguePrice: serviceCatalog.priceMinor,
  price: hmoTariffs.priceMinor,
  active: hmoTariffs.active,
  updatedAt: hmoTariffs.updatedAt
};
function toHmoTariff(row) {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
async function assertProvider(db, providerId) {
  const [row] = await db.select({ id: hmoProviders.id }).from(hmoProviders).where(eq25(hmoProviders.id, providerId));
  if (!row) throw notFound("HMO provider");
}
async function listHmoTariffs(db, providerId, query) {
  await assertProvider(db, providerId);
  const conditions = [eq25(hmoTariffs.providerId, providerId)];
  if (query.active !== "all") conditions.push(eq25(hmoTariffs.active, query.active === "true"));
  const where = and13(...conditions);
  const [rows, [count4]] = await Promise.all([
    db.select(tariffColumns).from(hmoTariffs).innerJoin(serviceCatalog, eq25(serviceCatalog.id, hmoTariffs.serviceId)).where(where).orderBy(asc10(serviceCatalog.code)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: sql23`count(*)::int` }).from(hmoTariffs).where(where)
  ]);
  return { items: rows.map(toHmoTariff), total: count4?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
async function readTariff(tx, providerId, serviceId) {
  const [row] = await tx.select(tariffColumns).from(hmoTariffs).innerJoin(serviceCatalog, eq25(serviceCatalog.id, hmoTariffs.serviceId)).where(and13(eq25(hmoTariffs.providerId, providerId), eq25(hmoTariffs.serviceId, serviceId)));
  return row ? toHmoTariff(row) : null;
}
async function putHmoTariff(db, providerId, serviceId, price, ctx) {
  return inTransaction(db, async (tx) => {
    await assertProvider(tx, providerId);
    const [service] = await tx.select({ id: serviceCatalog.id }).from(serviceCatalog).where(eq25(serviceCatalog.id, serviceId));
    if (!service) throw notFound("Catalogue entry");
    const before = await readTariff(tx, providerId, serviceId);
    await tx.insert(hmoTariffs).values({ providerId, serviceId, priceMinor: price, updatedBy: ctx.actorId }).onConflictDoUpdate({
      target: [hmoTariffs.providerId, hmoTariffs.serviceId],
      set: { priceMinor: price, active: true, updatedBy: ctx.actorId, updatedAt: /* @__PURE__ */ new Date() }
    });
    const tariff = await readTariff(tx, providerId, serviceId);
    if (!tariff) throw notFound("HMO tariff");
    await recordAudit(tx, ctx, {
      action: "hmo.tariff.set",
      entityType: "hmo_tariff",
      entityId: tariff.id,
      metadata: {
        providerId,
        serviceCode: tariff.serviceCode,
        newPrice: price,
        ...before ? { oldPrice: before.price, wasActive: before.active } : {}
      }
    });
    return { tariff, created: before === null };
  });
}
async function patchHmoTariff(db, providerId, serviceId, patch, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(hmoTariffs).where(and13(eq25(hmoTariffs.providerId, providerId), eq25(hmoTariffs.serviceId, serviceId))).for("update");
    if (!row) throw notFound("HMO tariff");
    const changes = {
      ...patch.price !== void 0 && patch.price !== row.priceMinor ? { priceMinor: patch.price } : {},
      ...patch.active !== void 0 && patch.active !== row.active ? { active: patch.active } : {}
    };
    if (Object.keys(changes).length > 0) {
      await tx.update(hmoTariffs).set({ ...changes, updatedBy: ctx.actorId, updatedAt: /* @__PURE__ */ new Date() }).where(eq25(hmoTariffs.id, row.id));
      await recordAudit(tx, ctx, {
        action: "hmo.tariff.update",
        entityType: "hmo_tariff",
        entityId: row.id,
        metadata: {
          providerId,
          serviceId,
          ..."priceMinor" in changes ? { oldPrice: row.priceMinor, newPrice: changes.priceMinor } : {},
          ..."active" in changes ? { active: changes.active } : {}
        }
      });
    }
    const tariff = await readTariff(tx, providerId, serviceId);
    if (!tariff) throw notFound("HMO tariff");
    return tariff;
  });
}

// src/modules/hmo/hmo.routes.ts
var tags8 = ["hmo"];
var providerParams = z34.object({ id: z34.uuid() });
var tariffParams = z34.object({ id: z34.uuid(), serviceId: z34.uuid() });
var hmoRoutes = async (app2, { db }) => {
  app2.get(
    "/hmo-providers",
    {
      config: { access: { roles: PERMISSIONS["hmo.read"] } },
      schema: {
        tags: tags8,
        querystring: hmoProviderListQuerySchema,
        response: { 200: pageSchema(hmoProviderSchema) }
      }
    },
    async (request) => listHmoProviders(db, request.query)
  );
  app2.get(
    "/hmo-providers/:id",
    {
      config: { access: { roles: PERMISSIONS["hmo.read"] } },
      schema: { tags: tags8, params: providerParams, response: { 200: hmoProviderSchema } }
    },
    async (request) => getHmoProvider(db, request.params.id)
  );
  app2.post(
    "/hmo-providers",
    {
      config: { access: { roles: PERMISSIONS["hmo.manage"] } },
      schema: { tags: tags8, body: hmoProviderInputSchema, response: { 201: hmoProviderSchema } }
    },
    async (request, reply) => {
      const provider = await createHmoProvider(db, request.body, auditContextOf(request));
      return reply.code(201).send(provider);
    }
  );
  app2.patch(
    "/hmo-providers/:id",
    {
      config: { access: { roles: PERMISSIONS["hmo.manage"] } },
      schema: {
        tags: tags8,
        params: providerParams,
        body: hmoProviderPatchSchema,
        response: { 200: hmoProviderSchema }
      }
    },
    async (request) => updateHmoProvider(db, request.params.id, request.body, auditContextOf(request))
  );
  app2.get(
    "/hmo-providers/:id/tariffs",
    {
      config: { access: { roles: PERMISSIONS["hmo.read"] } },
      schema: {
        tags: tags8,
        params: providerParams,
        querystring: hmoTariffListQuerySchema,
        response: { 200: pageSchema(hmoTariffSchema) }
      }
    },
    async (request) => listHmoTariffs(db, request.params.id, request.query)
  );
  app2.put(
    "/hmo-providers/:id/tariffs/:serviceId",
    {
      config: { access: { roles: PERMISSIONS["hmo.manage"] } },
      schema: {
        tags: tags8,
        params: tariffParams,
        body: tariffPutSchema,
        response: { 200: hmoTariffSchema, 201: hmoTariffSchema }
      }
    },
    async (request, reply) => {
      const { id, serviceId } = request.params;
      const { tariff, created } = await putHmoTariff(
        db,
        id,
        serviceId,
        request.body.price,
        auditContextOf(request)
      );
      return reply.code(created ? 201 : 200).send(tariff);
    }
  );
  app2.patch(
    "/hmo-providers/:id/tariffs/:serviceId",
    {
      config: { access: { roles: PERMISSIONS["hmo.manage"] } },
      schema: { tags: tags8, params: tariffParams, body: tariffPatchSchema, response: { 200: hmoTariffSchema } }
    },
    async (request) => patchHmoTariff(db, request.params.id, request.params.serviceId, request.body, auditContextOf(request))
  );
};

// src/modules/identity/auth.routes.ts
import cookie from "@fastify/cookie";
import { z as z36 } from "zod";

// src/modules/identity/auth.service.ts
import { and as and16, eq as eq30, isNull as isNull2, or as or4, sql as sql28 } from "drizzle-orm";

// src/modules/identity/access-tokens.ts
import { jwtVerify, SignJWT } from "jose";
import { z as z35 } from "zod";
var ISSUER = "modern-emr";
var AUDIENCE = "modern-emr-api";
var claimsSchema = z35.object({
  sub: z35.uuid(),
  /** The session (refresh-token family): logout and theft detection end the access token too. */
  sid: z35.uuid(),
  /** Must equal users.token_version; bumping it kills every access token of the user at once. */
  tv: z35.number().int().nonnegative(),
  roles: z35.array(roleSchema)
});
async function signAccessToken(key, claims, now, ttlSeconds) {
  const iat = Math.floor(now.getTime() / 1e3);
  return new SignJWT({ sid: claims.sid, tv: claims.tv, roles: claims.roles }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setSubject(claims.sub).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt(iat).setExpirationTime(iat + ttlSeconds).sign(key);
}
async function verifyAccessToken(key, token, now) {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ["exp", "iat", "sub"]
    });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// src/modules/identity/errors.ts
var invalidCredentials = () => new AppError("INVALID_CREDENTIALS", "Wrong username or password");
function accountLocked(until, now) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1e3));
  return new AppError(
    "ACCOUNT_LOCKED",
    "Too many failed sign-ins; the account is locked for now",
    { retryAfterSeconds: seconds },
    { "retry-after": String(seconds) }
  );
}
function invalidField(path4, messages) {
  return new AppError(
    "VALIDATION_FAILED",
    "The request is invalid",
    messages.map((message) => ({ path: path4, message }))
  );
}

// src/modules/identity/lockout.service.ts
import { eq as eq26, sql as sql24 } from "drizzle-orm";

// src/modules/identity/keys.ts
import { createHash as createHash3, createHmac as createHmac2, hkdfSync } from "node:crypto";
function deriveIdentityKeys(secretKey2) {
  const derive = (info) => Buffer.from(hkdfSync("sha256", secretKey2, "modern-emr/identity", info, 32));
  return {
    accessToken: new Uint8Array(derive("access-token/v1")),
    mfaSeal: derive("mfa-seal/v1"),
    lookup: derive("lookup-hmac/v1")
  };
}
function keyedHash(key, value) {
  return createHmac2("sha256", key).update(value, "utf8").digest("base64url");
}
function sha256(value) {
  return createHash3("sha256").update(value, "utf8").digest("base64url");
}

// src/modules/identity/lockout.service.ts
function lockoutSubject(lookupKey, username) {
  return keyedHash(lookupKey, `login:${username.trim().toLowerCase()}`);
}
async function lockedUntil(db, subject, now) {
  const [row] = await db.select({ until: loginThrottle.lockedUntil }).from(loginThrottle).where(eq26(loginThrottle.subject, subject));
  return row?.until && row.until > now ? row.until : null;
}
async function recordLoginFailure(db, subject, now, threshold, lockSeconds) {
  const until = new Date(now.getTime() + lockSeconds * 1e3);
  const [row] = await queryRows(
    db,
    sql24`insert into login_throttle as t (subject, failed_count, locked_until, updated_at)
        values (${subject}, 1, case when 1 >= ${threshold} then ${until}::timestamptz end, ${now})
        on conflict (subject) do update set
          failed_count = case when t.locked_until is not null and t.locked_until <= ${now} then 1
                              else t.failed_count + 1 end,
          locked_until = case
            when (case when t.locked_until is not null and t.locked_until <= ${now} then 1
                       else t.failed_count + 1 end) >= ${threshold} then ${until}::timestamptz
            else null end,
          updated_at = ${now}
        returning failed_count, locked_until`
  );
  return row?.locked_until && row.failed_count >= threshold ? new Date(row.locked_until) : null;
}
async function clearLoginFailures(db, subject) {
  const gone = await db.delete(loginThrottle).where(eq26(loginThrottle.subject, subject)).returning({ s: loginThrottle.subject });
  return gone.length > 0;
}

// src/modules/identity/me.service.ts
import { sql as sql26 } from "drizzle-orm";

// src/modules/identity/mfa-policy.service.ts
import { eq as eq27, sql as sql25 } from "drizzle-orm";
function roleArrayLiteral(roles) {
  return `{${roles.join(",")}}`;
}
function mfaRequiredRolesSql(defaultRoles) {
  return sql25`coalesce((select p.mfa_required_roles from security_policy p where p.id = 1), ${roleArrayLiteral(defaultRoles)}::text[])`;
}
async function getMfaRequiredRoles(db, defaultRoles) {
  const [row] = await db.select({ roles: securityPolicy.mfaRequiredRoles }).from(securityPolicy).where(eq27(securityPolicy.id, 1));
  return row ? row.roles : [...defaultRoles];
}
async function setMfaRequiredRoles(db, roles, defaultRoles, ctx) {
  return inTransaction(db, async (tx) => {
    const before = await getMfaRequiredRoles(tx, defaultRoles);
    await tx.insert(securityPolicy).values({ id: 1, mfaRequiredRoles: roles, updatedBy: ctx.actorId }).onConflictDoUpdate({
      target: securityPolicy.id,
      set: { mfaRequiredRoles: roles, updatedBy: ctx.actorId, updatedAt: /* @__PURE__ */ new Date() }
    });
    await recordAudit(tx, ctx, {
      action: "security.mfa_policy.update",
      entityType: "security_policy",
      entityId: "1",
      metadata: { before, after: roles }
    });
    return roles;
  });
}

// src/modules/identity/me.service.ts
async function loadMe(db, userId, defaultMfaRoles) {
  const [row] = await queryRows(
    db,
    sql26`select u.id, u.username, u.full_name, u.roles, u.must_change_password, u.mfa_enabled,
          (${mfaRequiredRolesSql(defaultMfaRoles)} && u.roles) as mfa_required,
          p.id as patient_id, p.portal_verified
        from users u left join patients p on p.user_id = u.id
        where u.id = ${userId}`
  );
  if (!row) throw new Error("signed-in user has no row");
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles,
    mustChangePassword: row.must_change_password,
    mfaEnabled: row.mfa_enabled,
    mfaEnrolmentRequired: row.mfa_required && !row.mfa_enabled,
    patientId: row.patient_id,
    portalVerified: row.patient_id ? Boolean(row.portal_verified) : null
  };
}

// src/modules/identity/mfa.service.ts
import { and as and14, eq as eq28 } from "drizzle-orm";

// src/modules/identity/mfa-crypto.ts
import { createCipheriv, createDecipheriv, randomBytes as randomBytes3 } from "node:crypto";
function seal(key, plaintext) {
  const iv = randomBytes3(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    "v1",
    iv.toString("base64url"),
    body.toString("base64url"),
    cipher.getAuthTag().toString("base64url")
  ].join(".");
}
function unseal(key, sealed) {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

// src/modules/identity/passwords.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import argon2 from "argon2";
var OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };
function hashPassword(password) {
  return argon2.hash(password, OPTIONS);
}
var dummyHash;
async function verifyPassword(hash, password) {
  if (hash === null) {
    dummyHash ??= hashPassword(randomBytes4(32).toString("base64url"));
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// src/modules/identity/totp.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode2 from "qrcode";
var ISSUER2 = "Modern EMR";
var PERIOD_SECONDS = 30;
function newTotpSecret() {
  return new Secret({ size: 20 }).base32;
}
function totp(secret, label) {
  return new TOTP({
    issuer: ISSUER2,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret)
  });
}
function provisioningUri(secret, username) {
  return totp(secret, username).toString();
}
function qrCodeDataUrl(uri) {
  return QRCode2.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}
function acceptTotp(secret, code, now, lastStep) {
  const delta = totp(secret, "check").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1e3 / PERIOD_SECONDS) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
var BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
function newRecoveryCodes(count4 = 10) {
  return Array.from({ length: count4 }, () => {
    const bytes = randomBytes5(10);
    const chars = Array.from(bytes, (b) => BASE32[b & 31]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}
function normaliseRecoveryCode(code) {
  return code.trim().toLowerCase().replace("-", "");
}

// src/modules/identity/mfa.service.ts
function recoveryCodeHash(keys, userId, code) {
  return keyedHash(keys.lookup, `recovery:${userId}:${normaliseRecoveryCode(code)}`);
}
async function currentUser(identity, userId) {
  const [u] = await identity.db.select({
    username: users.username,
    passwordHash: users.passwordHash,
    roles: users.roles,
    mfaEnabled: users.mfaEnabled,
    mfaSecret: users.mfaSecret,
    mfaPendingSecret: users.mfaPendingSecret,
    mfaLastStep: users.mfaLastStep
  }).from(users).where(eq28(users.id, userId));
  if (!u) throw new Error("signed-in user has no row");
  return u;
}
async function setupMfa(identity, principal, ctx) {
  const u = await currentUser(identity, principal.userId);
  if (u.mfaEnabled) throw conflict("Two-factor authentication is already on; turn it off first");
  const secret = newTotpSecret();
  await inTransaction(identity.db, async (tx) => {
    await tx.update(users).set({ mfaPendingSecret: seal(identity.keys.mfaSeal, secret), updatedAt: identity.clock() }).where(eq28(users.id, principal.userId));
    await recordAudit(tx, ctx, { action: "auth.mfa.setup", entityType: "user", entityId: principal.userId });
  });
  const otpauthUri = provisioningUri(secret, u.username);
  return { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) };
}
async function replaceRecoveryCodes(identity, tx, userId, now) {
  const codes = newRecoveryCodes();
  await tx.delete(mfaRecoveryCodes).where(eq28(mfaRecoveryCodes.userId, userId));
  await tx.insert(mfaRecoveryCodes).values(
    codes.map((c) => ({ userId, codeHash: recoveryCodeHash(identity.keys, userId, c), createdAt: now }))
  );
  return codes;
}
async function enableMfa(identity, principal, code, ctx) {
  const now = identity.clock();
  const u = await currentUser(identity, principal.userId);
  if (u.mfaEnabled) throw conflict("Two-factor authentication is already on");
  if (!u.mfaPendingSecret) throw conflict("Start the set-up first");
  const step = acceptTotp(unseal(identity.keys.mfaSeal, u.mfaPendingSecret), code, now, null);
  if (step === null) {
    await recordAudit(identity.db, ctx, {
      action: "auth.mfa.enrol",
      outcome: "FAILURE",
      entityType: "user",
      entityId: principal.userId,
      metadata: { reason: "BAD_CODE" }
    });
    throw invalidField("body.code", ["is not the current code from the app"]);
  }
  return inTransaction(identity.db, async (tx) => {
    const done = await tx.update(users).set({
      mfaEnabled: true,
      mfaSecret: u.mfaPendingSecret,
      mfaPendingSecret: null,
      mfaLastStep: step,
      updatedAt: now
    }).where(and14(eq28(users.id, principal.userId), eq28(users.mfaEnabled, false))).returning({ id: users.id });
    if (done.length === 0) throw conflict("Two-factor authentication is already on");
    const recoveryCodes = await replaceRecoveryCodes(identity, tx, principal.userId, now);
    await recordAudit(tx, ctx, { action: "auth.mfa.enrol", entityType: "user", entityId: principal.userId });
    return { recoveryCodes };
  });
}
async function disableMfa(identity, principal, body, ctx) {
  const now = identity.clock();
  const u = await currentUser(identity, principal.userId);
  if (!u.mfaEnabled || !u.mfaSecret) throw conflict("Two-factor authentication is not on");
  const required = await getMfaRequiredRoles(identity.db, identity.config.mfaRequiredRoles);
  if (u.roles.some((r) => required.includes(r))) {
    throw new AppError("FORBIDDEN", "Your role requires two-factor authentication");
  }
  const passwordOk = await verifyPassword(u.passwordHash, body.password);
  const step = passwordOk ? acceptTotp(unseal(identity.keys.mfaSeal, u.mfaSecret), body.code, now, u.mfaLastStep) : null;
  if (step === null) {
    await recordAudit(identity.db, ctx, {
      action: "auth.mfa.disable",
      outcome: "FAILURE",
      entityType: "user",
      entityId: principal.userId,
      metadata: { reason: passwordOk ? "BAD_CODE" : "BAD_PASSWORD" }
    });
    throw invalidField(passwordOk ? "body.code" : "body.password", [
      passwordOk ? "is not the current code from the app" : "is not your current password"
    ]);
  }
  await inTransaction(identity.db, async (tx) => {
    await clearMfa(tx, principal.userId, now);
    await recordAudit(tx, ctx, {
      action: "auth.mfa.disable",
      entityType: "user",
      entityId: principal.userId
    });
  });
}
async function clearMfa(tx, userId, now) {
  await tx.update(users).set({ mfaEnabled: false, mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null, updatedAt: now }).where(eq28(users.id, userId));
  await tx.delete(mfaRecoveryCodes).where(eq28(mfaRecoveryCodes.userId, userId));
}

// src/modules/identity/refresh-tokens.service.ts
import { randomBytes as randomBytes6, timingSafeEqual as timingSafeEqual2 } from "node:crypto";
import { and as and15, eq as eq29, isNull, sql as sql27 } from "drizzle-orm";
var randomToken = () => randomBytes6(32).toString("base64url");
async function issueRefreshToken(tx, sessionId, transport, now, ttlSeconds) {
  const token = randomToken();
  const csrfToken = transport === "cookie" ? randomToken() : null;
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1e3);
  await tx.insert(refreshTokens).values({
    sessionId,
    tokenHash: sha256(token),
    csrfHash: csrfToken ? sha256(csrfToken) : null,
    createdAt: now,
    expiresAt
  });
  return { token, csrfToken, expiresAt };
}
async function startSession(tx, userId, transport, now, ttlSeconds) {
  const [session] = await tx.insert(authSessions).values({ userId, transport, createdAt: now }).returning({ id: authSessions.id });
  if (!session) throw new Error("session insert returned no row");
  return {
    sessionId: session.id,
    refresh: await issueRefreshToken(tx, session.id, transport, now, ttlSeconds)
  };
}
function sameHash(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual2(x, y);
}
async function rotateRefreshToken(tx, presented, now, ttlSeconds) {
  const [row] = await tx.select({
    id: refreshTokens.id,
    sessionId: refreshTokens.sessionId,
    usedAt: refreshTokens.usedAt,
    expiresAt: refreshTokens.expiresAt,
    csrfHash: refreshTokens.csrfHash,
    userId: authSessions.userId,
    transport: authSessions.transport,
    revokedAt: authSessions.revokedAt,
    active: users.active
  }).from(refreshTokens).innerJoin(authSessions, eq29(authSessions.id, refreshTokens.sessionId)).innerJoin(users, eq29(users.id, authSessions.userId)).where(eq29(refreshTokens.tokenHash, sha256(presented.token))).for("update", { of: refreshTokens });
  if (!row) return { kind: "invalid" };
  if (presented.fromCookie) {
    if (!row.csrfHash || !presented.csrfHeader || !sameHash(row.csrfHash, sha256(presented.csrfHeader)))
      return { kind: "csrf" };
  }
  if (row.usedAt) {
    if (!row.revokedAt) await revokeSession(tx, row.sessionId, "REFRESH_REUSE", now);
    return { kind: "reuse", userId: row.userId, sessionId: row.sessionId };
  }
  if (row.revokedAt || row.expiresAt <= now || !row.active) return { kind: "invalid", userId: row.userId };
  await tx.update(refreshTokens).set({ usedAt: now }).where(eq29(refreshTokens.id, row.id));
  const transport = row.transport;
  return {
    kind: "ok",
    userId: row.userId,
    sessionId: row.sessionId,
    transport,
    refresh: await issueRefreshToken(tx, row.sessionId, transport, now, ttlSeconds)
  };
}
async function sessionOfRefreshToken(tx, token) {
  const [row] = await tx.select({ sessionId: authSessions.id, userId: authSessions.userId }).from(refreshTokens).innerJoin(authSessions, eq29(authSessions.id, refreshTokens.sessionId)).where(eq29(refreshTokens.tokenHash, sha256(token)));
  return row ?? null;
}
async function sessionTransport(tx, sessionId) {
  const [row] = await tx.select({ transport: authSessions.transport }).from(authSessions).where(eq29(authSessions.id, sessionId));
  return row?.transport ?? null;
}
async function revokeSession(tx, sessionId, reason, now) {
  const done = await tx.update(authSessions).set({ revokedAt: now, revokedReason: reason }).where(and15(eq29(authSessions.id, sessionId), isNull(authSessions.revokedAt))).returning({ id: authSessions.id });
  return done.length > 0;
}
async function revokeAllSessions(tx, userId, reason, now) {
  const done = await tx.update(authSessions).set({ revokedAt: now, revokedReason: reason }).where(and15(eq29(authSessions.userId, userId), isNull(authSessions.revokedAt))).returning({ id: authSessions.id });
  return done.length;
}
async function bumpTokenVersion(tx, userId) {
  await tx.update(users).set({ tokenVersion: sql27`${users.tokenVersion} + 1`, updatedAt: /* @__PURE__ */ new Date() }).where(eq29(users.id, userId));
}

// src/modules/identity/auth.service.ts
async function finishSession(identity, tx, userId, sessionId, refresh, transport, now) {
  const [u] = await tx.select({ tokenVersion: users.tokenVersion, roles: users.roles }).from(users).where(eq30(users.id, userId));
  if (!u) throw new Error("session user vanished");
  const ttl = identity.config.accessTokenTtlSeconds;
  const accessToken = await signAccessToken(
    identity.keys.accessToken,
    { sub: userId, sid: sessionId, tv: u.tokenVersion, roles: u.roles },
    now,
    ttl
  );
  const user = await loadMe(tx, userId, identity.config.mfaRequiredRoles);
  return { accessToken, accessTokenExpiresIn: ttl, refresh, transport, user };
}
async function failAttempt(identity, subject, userId, reason, ctx, now) {
  const { config: config2 } = identity;
  return inTransaction(identity.db, async (tx) => {
    const locked = await recordLoginFailure(tx, subject, now, config2.lockoutThreshold, config2.lockoutSeconds);
    const target = userId ? { entityType: "user", entityId: userId } : {};
    await recordAudit(tx, ctx, { action: "auth.login", outcome: "FAILURE", ...target, metadata: { reason } });
    if (locked) {
      await recordAudit(tx, ctx, {
        action: "auth.lockout",
        outcome: "SUCCESS",
        ...target,
        metadata: { reason: userId ? "FAILED_ATTEMPTS" : "UNKNOWN_USER", lockedUntil: locked.toISOString() }
      });
    }
    return locked;
  });
}
async function login(identity, body, ctx) {
  const { db, keys, config: config2 } = identity;
  const now = identity.clock();
  const username = body.username.trim().toLowerCase();
  const subject = lockoutSubject(keys.lookup, username);
  const [user] = await db.select({
    id: users.id,
    passwordHash: users.passwordHash,
    roles: users.roles,
    active: users.active,
    mfaEnabled: users.mfaEnabled,
    mfaSecret: users.mfaSecret,
    mfaLastStep: users.mfaLastStep
  }).from(users).where(eq30(users.username, username));
  const target = user ? { entityType: "user", entityId: user.id } : {};
  const until = await lockedUntil(db, subject, now);
  if (until) {
    await recordAudit(db, ctx, {
      action: "auth.login",
      outcome: "DENIED",
      ...target,
      metadata: { reason: user ? "LOCKED" : "UNKNOWN_USER_LOCKED" }
    });
    throw accountLocked(until, now);
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? "UNKNOWN_USER" : !passwordOk ? "BAD_PASSWORD" : "INACTIVE";
    const locked = await failAttempt(identity, subject, user?.id ?? null, reason, ctx, now);
    throw locked ? accountLocked(locked, now) : invalidCredentials();
  }
  let method = "NONE";
  let step = null;
  if (user.mfaEnabled) {
    if (!body.totp && !body.recoveryCode) {
      throw new AppError("MFA_REQUIRED", "Enter the code from your authenticator app", { mfa: "TOTP" });
    }
    if (body.totp) {
      method = "TOTP";
      try {
        step = acceptTotp(unseal(keys.mfaSeal, user.mfaSecret ?? ""), body.totp, now, user.mfaLastStep);
      } catch {
        step = null;
      }
      if (step === null) {
        const locked = await failAttempt(identity, subject, user.id, "BAD_MFA_CODE", ctx, now);
        throw locked ? accountLocked(locked, now) : mfaCodeRefused();
      }
    } else {
      method = "RECOVERY_CODE";
    }
  }
  const transport = body.useCookie ? "cookie" : "body";
  const result2 = await inTransaction(db, async (tx) => {
    let recoveryCodesLeft;
    if (method === "RECOVERY_CODE") {
      const used = await tx.update(mfaRecoveryCodes).set({ usedAt: now }).where(
        and16(
          eq30(mfaRecoveryCodes.userId, user.id),
          eq30(mfaRecoveryCodes.codeHash, recoveryCodeHash(keys, user.id, body.recoveryCode ?? "")),
          isNull2(mfaRecoveryCodes.usedAt)
        )
      ).returning({ id: mfaRecoveryCodes.id });
      if (used.length === 0) return null;
      const [left] = await tx.select({ n: sql28`count(*)::int` }).from(mfaRecoveryCodes).where(and16(eq30(mfaRecoveryCodes.userId, user.id), isNull2(mfaRecoveryCodes.usedAt)));
      recoveryCodesLeft = left?.n ?? 0;
    }
    const stepGuard = step === null ? void 0 : or4(isNull2(users.mfaLastStep), sql28`${users.mfaLastStep} < ${step}`);
    const updated = await tx.update(users).set({ lastLoginAt: now, ...step === null ? {} : { mfaLastStep: step } }).where(and16(eq30(users.id, user.id), stepGuard)).returning({ id: users.id });
    if (updated.length === 0) return null;
    await clearLoginFailures(tx, subject);
    const { sessionId, refresh } = await startSession(
      tx,
      user.id,
      transport,
      now,
      config2.refreshTokenTtlSeconds
    );
    await recordAudit(
      tx,
      { ...ctx, actorId: user.id, actorRoles: user.roles },
      {
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
        metadata: {
          mfa: method,
          transport,
          ...recoveryCodesLeft === void 0 ? {} : { recoveryCodesLeft }
        }
      }
    );
    return finishSession(identity, tx, user.id, sessionId, refresh, transport, now);
  });
  if (!result2) {
    const locked = await failAttempt(
      identity,
      subject,
      user.id,
      method === "RECOVERY_CODE" ? "BAD_RECOVERY_CODE" : "BAD_MFA_CODE",
      ctx,
      now
    );
    throw locked ? accountLocked(locked, now) : mfaCodeRefused();
  }
  return result2;
}
var mfaCodeRefused = () => new AppError("MFA_REQUIRED", "That code is not valid; enter a current code or a recovery code", {
  mfa: "TOTP"
});

// src/modules/identity/cookies.ts
var REFRESH_COOKIE = "emr_refresh";
var REFRESH_COOKIE_PATH = "/api/v1/auth/refresh";
var CSRF_COOKIE = "emr_csrf";
var CSRF_HEADER = "x-csrf-token";
function setSessionCookies(reply, config2, refresh) {
  const common = { sameSite: "strict", secure: config2.isProduction, expires: refresh.expiresAt };
  reply.setCookie(REFRESH_COOKIE, refresh.token, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  if (refresh.csrfToken)
    reply.setCookie(CSRF_COOKIE, refresh.csrfToken, { ...common, httpOnly: false, path: "/" });
}
function clearSessionCookies(reply, config2) {
  const common = { sameSite: "strict", secure: config2.isProduction };
  reply.clearCookie(REFRESH_COOKIE, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  reply.clearCookie(CSRF_COOKIE, { ...common, path: "/" });
}

// src/modules/identity/rate-limit.service.ts
import { sql as sql29 } from "drizzle-orm";
var hitsSinceSweep = 0;
var SWEEP_EVERY = 200;
async function hitRateLimit(db, name, rules, client, now) {
  const nowMs = now.getTime();
  const windows = rules.map((rule2) => {
    const size = rule2.windowSeconds * 1e3;
    const start = Math.floor(nowMs / size) * size;
    return { rule: rule2, start, end: start + size, bucket: `${name}:${rule2.windowSeconds}:${client}` };
  });
  const rows = await db.insert(rateLimitCounters).values(
    windows.map((w) => ({
      bucket: w.bucket,
      windowStart: new Date(w.start),
      hits: 1,
      expiresAt: new Date(w.end)
    }))
  ).onConflictDoUpdate({
    target: [rateLimitCounters.bucket, rateLimitCounters.windowStart],
    set: { hits: sql29`${rateLimitCounters.hits} + 1` }
  }).returning({ bucket: rateLimitCounters.bucket, hits: rateLimitCounters.hits });
  if (++hitsSinceSweep >= SWEEP_EVERY) {
    hitsSinceSweep = 0;
    await db.delete(rateLimitCounters).where(sql29`${rateLimitCounters.expiresAt} < ${now}`);
  }
  let decision = { allowed: true, remaining: Number.MAX_SAFE_INTEGER, resetSeconds: 0 };
  let retryAfter = 0;
  for (const w of windows) {
    const hits = rows.find((r) => r.bucket === w.bucket)?.hits ?? 1;
    const left = Math.max(0, w.rule.limit - hits);
    const reset = Math.max(1, Math.ceil((w.end - nowMs) / 1e3));
    if (hits > w.rule.limit) retryAfter = Math.max(retryAfter, reset);
    if (left < decision.remaining || left === decision.remaining && reset > decision.resetSeconds)
      decision = { allowed: true, remaining: left, resetSeconds: reset };
  }
  return retryAfter > 0 ? { allowed: false, remaining: 0, resetSeconds: retryAfter } : decision;
}
async function enforceRateLimit(deps, name, rules, request, reply) {
  const d = await hitRateLimit(deps.db, name, rules, request.ip, deps.clock());
  if (!d.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      "Too many attempts; try again later",
      { retryAfterSeconds: d.resetSeconds },
      { "retry-after": String(d.resetSeconds) }
    );
  }
  reply.header("ratelimit-remaining", String(d.remaining));
  reply.header("ratelimit-reset", String(d.resetSeconds));
}

// src/modules/patients/mrn.ts
import { sql as sql30 } from "drizzle-orm";
async function nextMrn(tx) {
  const { mrnPrefix } = await getSettings(tx);
  const rows = await queryRows(tx, sql30`select nextval('patient_mrn_seq')::text as n`);
  const n = rows[0]?.n;
  if (n === void 0) throw new Error("patient_mrn_seq returned no value");
  return `${mrnPrefix}${n.padStart(6, "0")}`;
}

// src/modules/identity/password-policy.ts
var MIN_STRENGTH_SCORE = 3;
var loaded;
function dictionaries() {
  loaded ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en")
    ]);
    return {
      estimator: new ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary }
      }),
      common: new Set(common.dictionary["passwords-common"].map((p) => p.toLowerCase()))
    };
  })();
  return loaded;
}
async function passwordProblems(password, username, extraInputs = []) {
  const problems = passwordRuleProblems(password, username);
  if (password.length > PASSWORD_MAX_LENGTH) return problems;
  const { estimator, common } = await dictionaries();
  if (common.has(password.toLowerCase())) problems.push(PASSWORD_MESSAGES.common);
  else if (estimator.check(password, [username, "modern emr", "clinic", ...extraInputs]).score < MIN_STRENGTH_SCORE)
    problems.push(PASSWORD_MESSAGES.weak);
  return problems;
}

// src/modules/identity/register.service.ts
async function registerPatient(identity, body, ctx) {
  const problems = await passwordProblems(body.password, body.username, [body.firstName, body.lastName]);
  if (problems.length > 0) throw invalidField("body.password", problems);
  const passwordHash = await hashPassword(body.password);
  return inTransaction(identity.db, async (tx) => {
    const [user] = await tx.insert(users).values({
      username: body.username,
      fullName: `${body.firstName} ${body.lastName}`,
      passwordHash,
      roles: ["PATIENT"],
      // The patient chose this password themselves; nothing temporary about it.
      mustChangePassword: false
    }).onConflictDoNothing({ target: users.username }).returning({ id: users.id });
    if (!user) throw new AppError("DUPLICATE", "That username is taken; choose another");
    const [patient] = await tx.insert(patients).values({
      mrn: await nextMrn(tx),
      firstName: body.firstName,
      lastName: body.lastName,
      phone: body.phone,
      email: body.email ?? null,
      dateOfBirth: body.dateOfBirth ?? null,
      userId: user.id
    }).returning({ id: patients.id });
    if (!patient) throw new Error("patient insert returned no row");
    await recordAudit(
      tx,
      { ...ctx, actorId: user.id, actorRoles: ["PATIENT"] },
      { action: "auth.register", entityType: "user", entityId: user.id, patientId: patient.id }
    );
    return { userId: user.id, patientId: patient.id };
  });
}

// src/modules/identity/session-flows.service.ts
import { eq as eq31, sql as sql31 } from "drizzle-orm";
var sessionEnded = () => new AppError("NOT_AUTHENTICATED", "Your session has ended; sign in again");
async function refreshSession(identity, presented, ctx) {
  const now = identity.clock();
  const outcome = await inTransaction(identity.db, async (tx) => {
    const r = await rotateRefreshToken(tx, presented, now, identity.config.refreshTokenTtlSeconds);
    if (r.kind === "reuse") {
      await recordAudit(tx, ctx, {
        action: "auth.refresh.reuse",
        outcome: "DENIED",
        entityType: "user",
        entityId: r.userId,
        metadata: { sessionId: r.sessionId, familyRevoked: true }
      });
      return r;
    }
    if (r.kind !== "ok") return r;
    return {
      kind: "ok",
      session: await finishSession(identity, tx, r.userId, r.sessionId, r.refresh, r.transport, now)
    };
  });
  if (outcome.kind === "ok") return outcome.session;
  if (outcome.kind === "csrf") throw new AppError("CSRF_REJECTED", "The request is missing its CSRF token");
  throw sessionEnded();
}
async function logout(identity, principal, refreshToken, ctx) {
  const now = identity.clock();
  await inTransaction(identity.db, async (tx) => {
    const ended = [];
    if (principal.sessionId && await revokeSession(tx, principal.sessionId, "LOGOUT", now))
      ended.push(principal.sessionId);
    if (refreshToken) {
      const s = await sessionOfRefreshToken(tx, refreshToken);
      if (s && s.userId === principal.userId && await revokeSession(tx, s.sessionId, "LOGOUT", now))
        ended.push(s.sessionId);
    }
    await recordAudit(tx, ctx, {
      action: "auth.logout",
      entityType: "user",
      entityId: principal.userId,
      metadata: { sessionsEnded: ended.length }
    });
  });
}
async function changePassword(identity, principal, body, ctx) {
  const now = identity.clock();
  const [u] = await identity.db.select({ username: users.username, fullName: users.fullName, passwordHash: users.passwordHash }).from(users).where(eq31(users.id, principal.userId));
  if (!u) throw sessionEnded();
  if (!await verifyPassword(u.passwordHash, body.currentPassword)) {
    await recordAudit(identity.db, ctx, {
      action: "auth.password.change",
      outcome: "FAILURE",
      entityType: "user",
      entityId: principal.userId,
      metadata: { reason: "BAD_CURRENT_PASSWORD" }
    });
    throw invalidField("body.currentPassword", ["is not your current password"]);
  }
  const problems = await passwordProblems(body.newPassword, u.username, u.fullName.split(/\s+/));
  if (body.newPassword === body.currentPassword) problems.push(PASSWORD_MESSAGES.sameAsCurrent);
  if (problems.length > 0) throw invalidField("body.newPassword", problems);
  const passwordHash = await hashPassword(body.newPassword);
  return inTransaction(identity.db, async (tx) => {
    const transport = principal.sessionId && await sessionTransport(tx, principal.sessionId) || "body";
    await tx.update(users).set({
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
      tokenVersion: sql31`${users.tokenVersion} + 1`,
      updatedAt: now
    }).where(eq31(users.id, principal.userId));
    const revoked = await revokeAllSessions(tx, principal.userId, "PASSWORD_CHANGED", now);
    const { sessionId, refresh } = await startSession(
      tx,
      principal.userId,
      transport,
      now,
      identity.config.refreshTokenTtlSeconds
    );
    await recordAudit(tx, ctx, {
      action: "auth.password.change",
      entityType: "user",
      entityId: principal.userId,
      metadata: { sessionsRevoked: revoked }
    });
    return finishSession(identity, tx, principal.userId, sessionId, refresh, transport, now);
  });
}

// src/modules/identity/auth.routes.ts
var SELF = {
  roles: PERMISSIONS["account.self"],
  allowWithTemporaryPassword: true,
  allowDuringMfaEnrolment: true
};
var MFA_ENROLMENT = { roles: PERMISSIONS["account.self"], allowDuringMfaEnrolment: true };
function principalOf(request) {
  if (!request.principal) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
  return request.principal;
}
var authRoutes = async (app2, { identity }) => {
  const { config: config2 } = identity;
  await app2.register(cookie);
  const limit = (name, rules) => (request, reply) => enforceRateLimit(identity, name, rules, request, reply);
  function sessionReply(reply, result2) {
    reply.header("cache-control", "no-store");
    const body = {
      accessToken: result2.accessToken,
      accessTokenExpiresIn: result2.accessTokenExpiresIn,
      user: result2.user
    };
    if (result2.transport === "cookie") {
      setSessionCookies(reply, config2, result2.refresh);
      return body;
    }
    return { ...body, refreshToken: result2.refresh.token };
  }
  app2.post(
    "/auth/login",
    {
      config: { access: { public: true } },
      onRequest: limit("login", config2.rateLimits.login),
      // A code in the body is also an MFA attempt, limited on its own (5 a minute by default).
      preHandler: async (request, reply) => {
        const body = request.body;
        if (body.totp || body.recoveryCode)
          await enforceRateLimit(identity, "mfa", config2.rateLimits.mfa, request, reply);
      },
      schema: {
        tags: ["auth"],
        security: [],
        body: loginBodySchema,
        response: { 200: sessionResponseSchema }
      }
    },
    async (request, reply) => sessionReply(reply, await login(identity, request.body, auditContextOf(request)))
  );
  app2.post(
    "/auth/refresh",
    {
      config: { access: { public: true } },
      onRequest: limit("refresh", config2.rateLimits.refresh),
      schema: {
        tags: ["auth"],
        security: [],
        body: refreshBodySchema,
        response: { 200: sessionResponseSchema }
      }
    },
    async (request, reply) => {
      const fromBody = request.body?.refreshToken;
      const token = fromBody ?? request.cookies[REFRESH_COOKIE];
      if (!token) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
      const csrf = request.headers[CSRF_HEADER];
      try {
        const result2 = await refreshSession(
          identity,
          { token, fromCookie: !fromBody, csrfHeader: typeof csrf === "string" ? csrf : void 0 },
          auditContextOf(request)
        );
        return sessionReply(reply, result2);
      } catch (err) {
        if (!fromBody && err instanceof AppError && err.code === "NOT_AUTHENTICATED")
          clearSessionCookies(reply, config2);
        throw err;
      }
    }
  );
  app2.post(
    "/auth/logout",
    {
      config: { access: SELF },
      schema: { tags: ["auth"], body: logoutBodySchema, response: { 204: z36.null() } }
    },
    async (request, reply) => {
      await logout(identity, principalOf(request), request.body?.refreshToken, auditContextOf(request));
      clearSessionCookies(reply, config2);
      return reply.code(204).send(null);
    }
  );
  app2.get(
    "/auth/me",
    { config: { access: SELF }, schema: { tags: ["auth"], response: { 200: meSchema } } },
    async (request) => loadMe(identity.db, principalOf(request).userId, config2.mfaRequiredRoles)
  );
  app2.post(
    "/auth/password",
    {
      config: { access: SELF },
      // Guessing the current password through this route is limited like signing in.
      onRequest: limit("password", config2.rateLimits.login),
      schema: { tags: ["auth"], body: changePasswordBodySchema, response: { 200: sessionResponseSchema } }
    },
    async (request, reply) => sessionReply(
      reply,
      await changePassword(identity, principalOf(request), request.body, auditContextOf(request))
    )
  );
  app2.post(
    "/auth/register",
    {
      config: { access: { public: true } },
      onRequest: limit("register", config2.rateLimits.register),
      schema: {
        tags: ["auth"],
        security: [],
        body: registerBodySchema,
        response: {
          201: z36.object({ id: z36.uuid(), patientId: z36.uuid(), portalVerified: z36.literal(false) })
        }
      }
    },
    async (request, reply) => {
      const { userId, patientId } = await registerPatient(identity, request.body, auditContextOf(request));
      return reply.code(201).send({ id: userId, patientId, portalVerified: false });
    }
  );
  app2.post(
    "/auth/mfa/setup",
    {
      config: { access: MFA_ENROLMENT },
      schema: { tags: ["auth"], response: { 200: mfaSetupResponseSchema } }
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return setupMfa(identity, principalOf(request), auditContextOf(request));
    }
  );
  app2.post(
    "/auth/mfa/verify",
    {
      config: { access: MFA_ENROLMENT },
      onRequest: limit("mfa", config2.rateLimits.mfa),
      schema: { tags: ["auth"], body: mfaVerifyBodySchema, response: { 200: mfaVerifyResponseSchema } }
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return enableMfa(identity, principalOf(request), request.body.code, auditContextOf(request));
    }
  );
  app2.post(
    "/auth/mfa/disable",
    {
      config: { access: { roles: PERMISSIONS["account.self"] } },
      onRequest: limit("mfa", config2.rateLimits.mfa),
      schema: { tags: ["auth"], body: mfaDisableBodySchema, response: { 204: z36.null() } }
    },
    async (request, reply) => {
      await disableMfa(identity, principalOf(request), request.body, auditContextOf(request));
      return reply.code(204).send(null);
    }
  );
};

// src/modules/identity/authenticator.ts
import { sql as sql32 } from "drizzle-orm";
function createJwtAuthenticator(deps) {
  return async (request) => {
    const header = request.headers.authorization;
    if (typeof header !== "string") return null;
    const match = /^Bearer ([A-Za-z0-9_.-]{20,4096})$/.exec(header);
    if (!match?.[1]) return null;
    const claims = await verifyAccessToken(deps.keys.accessToken, match[1], deps.clock());
    if (!claims) return null;
    const [row] = await queryRows(
      deps.db,
      sql32`select u.roles, u.active, u.token_version, u.must_change_password, u.mfa_enabled,
            s.user_id as session_user, (s.revoked_at is not null) as session_revoked,
            (${mfaRequiredRolesSql(deps.config.mfaRequiredRoles)} && u.roles) as mfa_required
          from users u join auth_sessions s on s.id = ${claims.sid}
          where u.id = ${claims.sub}`
    );
    if (!row?.active || row.session_revoked || row.session_user !== claims.sub) return null;
    if (row.token_version !== claims.tv) return null;
    return {
      userId: claims.sub,
      roles: row.roles,
      sessionId: claims.sid,
      mustChangePassword: row.must_change_password,
      mfaEnrolmentRequired: row.mfa_required && !row.mfa_enabled
    };
  };
}

// src/modules/identity/identity.ts
function createIdentity({ db, config: config2, clock }) {
  if (!config2.secretKey) throw new Error("SECRET_KEY must be resolved before the app is built");
  const keys = deriveIdentityKeys(config2.secretKey);
  return { db, config: config2, keys, clock, authenticate: createJwtAuthenticator({ db, config: config2, keys, clock }) };
}

// src/modules/identity/users.routes.ts
import { z as z37 } from "zod";

// src/modules/identity/users.service.ts
import { and as and17, arrayContains, eq as eq32, ilike as ilike3, inArray as inArray5, ne, or as or5, sql as sql33 } from "drizzle-orm";
var userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  roles: users.roles,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  mfaEnabled: users.mfaEnabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt
};
async function lockedUntilByUsername(identity, db, rows) {
  if (rows.length === 0) return /* @__PURE__ */ new Map();
  const subjects = new Map(rows.map((r) => [lockoutSubject(identity.keys.lookup, r.username), r.username]));
  const locks = await db.select({ subject: loginThrottle.subject, until: loginThrottle.lockedUntil }).from(loginThrottle).where(inArray5(loginThrottle.subject, [...subjects.keys()]));
  const now = identity.clock();
  const out = /* @__PURE__ */ new Map();
  for (const l of locks) {
    const username = subjects.get(l.subject);
    if (username && l.until && l.until > now) out.set(username, l.until);
  }
  return out;
}
function toUser(row, lockedUntil2) {
  return {
    ...row,
    roles: row.roles,
    lockedUntil: lockedUntil2?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString()
  };
}
async function listUsers(identity, filter, page) {
  const conditions = [];
  if (filter.q) {
    const like2 = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or5(ilike3(users.username, like2), ilike3(users.fullName, like2));
    if (match) conditions.push(match);
  }
  if (filter.role) conditions.push(arrayContains(users.roles, [filter.role]));
  if (filter.active) conditions.push(eq32(users.active, filter.active === "true"));
  const where = conditions.length > 0 ? and17(...conditions) : void 0;
  const [rows, [count4]] = await Promise.all([
    identity.db.select(userColumns).from(users).where(where).orderBy(users.username).limit(page.pageSize).offset((page.page - 1) * page.pageSize),
    identity.db.select({ n: sql33`count(*)::int` }).from(users).where(where)
  ]);
  const locks = await lockedUntilByUsername(identity, identity.db, rows);
  return { items: rows.map((r) => toUser(r, locks.get(r.username))), total: count4?.n ?? 0, ...page };
}
async function getUser(identity, id, db = identity.db) {
  const [row] = await db.select(userColumns).from(users).where(eq32(users.id, id));
  if (!row) throw notFound("User");
  const locks = await lockedUntilByUsername(identity, db, [row]);
  return toUser(row, locks.get(row.username));
}
async function createStaffAccount(db, input2, ctx, passwordField = "body.temporaryPassword") {
  const problems = await passwordProblems(input2.password, input2.username, input2.fullName.split(/\s+/));
  if (problems.length > 0) throw invalidField(passwordField, problems);
  const passwordHash = await hashPassword(input2.password);
  return inTransaction(db, async (tx) => {
    const [row] = await tx.insert(users).values({
      username: input2.username,
      fullName: input2.fullName,
      passwordHash,
      roles: input2.roles,
      mustChangePassword: input2.mustChangePassword,
      createdBy: ctx.actorId
    }).onConflictDoNothing({ target: users.username }).returning({ id: users.id });
    if (!row) throw conflict("That username is taken");
    await recordAudit(tx, ctx, {
      action: "user.create",
      entityType: "user",
      entityId: row.id,
      metadata: { roles: input2.roles }
    });
    return row.id;
  });
}
async function createUser(identity, body, ctx) {
  const id = await createStaffAccount(
    identity.db,
    {
      username: body.username,
      fullName: body.fullName,
      roles: body.roles,
      password: body.temporaryPassword,
      mustChangePassword: true
    },
    ctx
  );
  return getUser(identity, id);
}
async function otherActiveAdmins(tx, userId) {
  const [r] = await tx.select({ n: sql33`count(*)::int` }).from(users).where(and17(ne(users.id, userId), eq32(users.active, true), arrayContains(users.roles, ["ADMIN"])));
  return r?.n ?? 0;
}
async function updateUser(identity, id, body, ctx) {
  const now = identity.clock();
  let passwordHash;
  if (body.temporaryPassword !== void 0) {
    const [target] = await identity.db.select({ username: users.username, fullName: users.fullName }).from(users).where(eq32(users.id, id));
    if (!target) throw notFound("User");
    const problems = await passwordProblems(
      body.temporaryPassword,
      target.username,
      target.fullName.split(/\s+/)
    );
    if (problems.length > 0) throw invalidField("body.temporaryPassword", problems);
    passwordHash = await hashPassword(body.temporaryPassword);
  }
  return inTransaction(identity.db, async (tx) => {
    const [u] = await tx.select().from(users).where(eq32(users.id, id)).for("update");
    if (!u) throw notFound("User");
    const audit2 = (action, metadata) => recordAudit(tx, ctx, { action, entityType: "user", entityId: id, ...metadata ? { metadata } : {} });
    const isAdmin = u.roles.includes("ADMIN");
    const losesAdmin = isAdmin && u.active && (body.roles && !body.roles.includes("ADMIN") || body.active === false);
    if (losesAdmin && id === ctx.actorId) {
      throw conflict("You cannot deactivate yourself or remove your own ADMIN role");
    }
    if (losesAdmin && await otherActiveAdmins(tx, id) === 0) {
      throw conflict("This is the last active administrator");
    }
    if (body.roles && u.roles.includes("PATIENT")) {
      throw conflict("A patient portal account cannot be given staff roles");
    }
    if (body.fullName !== void 0 && body.fullName !== u.fullName) {
      await tx.update(users).set({ fullName: body.fullName, updatedAt: now }).where(eq32(users.id, id));
      await audit2("user.update", { fields: ["fullName"] });
    }
    if (body.roles && [...body.roles].sort().join() !== [...u.roles].sort().join()) {
      await tx.update(users).set({ roles: body.roles, updatedAt: now }).where(eq32(users.id, id));
      await audit2("user.roles.change", { before: u.roles, after: body.roles });
    }
    if (body.active === false && u.active) {
      await tx.update(users).set({ active: false, updatedAt: now }).where(eq32(users.id, id));
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, "DEACTIVATED", now);
      await audit2("user.deactivate", { sessionsRevoked: revoked });
    } else if (body.active === true && !u.active) {
      await tx.update(users).set({ active: true, updatedAt: now }).where(eq32(users.id, id));
      await audit2("user.reactivate");
    }
    if (body.unlock) {
      const wasLocked = await clearLoginFailures(tx, lockoutSubject(identity.keys.lookup, u.username));
      await audit2("auth.unlock", { hadFailures: wasLocked });
    }
    if (body.resetMfa) {
      await clearMfa(tx, id, now);
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, "MFA_RESET", now);
      await audit2("auth.mfa.reset", { sessionsRevoked: revoked });
    }
    if (passwordHash) {
      await tx.update(users).set({ passwordHash, mustChangePassword: true, passwordChangedAt: now, updatedAt: now }).where(eq32(users.id, id));
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, "PASSWORD_RESET", now);
      await audit2("user.password.reset", { sessionsRevoked: revoked });
    }
    return getUser(identity, id, tx);
  });
}

// src/modules/identity/users.routes.ts
var idParams5 = z37.object({ id: z37.uuid() });
var usersRoutes = async (app2, { identity }) => {
  const access3 = { roles: PERMISSIONS["users.manage"] };
  app2.get(
    "/users",
    {
      config: { access: access3 },
      schema: {
        tags: ["users"],
        querystring: pageQuerySchema.extend(userListQuerySchema.shape),
        response: { 200: pageSchema(userSchema) }
      }
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return listUsers(identity, filter, { page, pageSize });
    }
  );
  app2.post(
    "/users",
    {
      config: { access: access3 },
      schema: { tags: ["users"], body: createUserBodySchema, response: { 201: userSchema } }
    },
    async (request, reply) => reply.code(201).send(await createUser(identity, request.body, auditContextOf(request)))
  );
  app2.get(
    "/users/:id",
    { config: { access: access3 }, schema: { tags: ["users"], params: idParams5, response: { 200: userSchema } } },
    async (request) => getUser(identity, request.params.id)
  );
  app2.patch(
    "/users/:id",
    {
      config: { access: access3 },
      schema: {
        tags: ["users"],
        params: idParams5,
        body: updateUserBodySchema,
        response: { 200: userSchema }
      }
    },
    async (request) => updateUser(identity, request.params.id, request.body, auditContextOf(request))
  );
  const policyAccess = { roles: PERMISSIONS["mfaPolicy.manage"] };
  app2.get(
    "/mfa-policy",
    { config: { access: policyAccess }, schema: { tags: ["users"], response: { 200: mfaPolicySchema } } },
    async () => ({ requiredRoles: await getMfaRequiredRoles(identity.db, identity.config.mfaRequiredRoles) })
  );
  app2.put(
    "/mfa-policy",
    {
      config: { access: policyAccess },
      schema: { tags: ["users"], body: mfaPolicyBodySchema, response: { 200: mfaPolicySchema } }
    },
    async (request) => ({
      requiredRoles: await setMfaRequiredRoles(
        identity.db,
        request.body.requiredRoles,
        identity.config.mfaRequiredRoles,
        auditContextOf(request)
      )
    })
  );
};

// src/modules/patients/patient-records.routes.ts
import { z as z39 } from "zod";

// src/modules/patients/hmo-enrolments.routes.ts
import { z as z38 } from "zod";

// src/modules/patients/hmo-enrolments.service.ts
import { and as and18, desc as desc3, eq as eq34, gte as gte3, isNull as isNull3, lte as lte2, or as or6 } from "drizzle-orm";

// src/modules/patients/patient-lock.ts
import { eq as eq33 } from "drizzle-orm";
var patientArchived = () => new AppError("PATIENT_ARCHIVED", "This patient record is archived and cannot be changed");
async function lockEditablePatient(tx, patientId) {
  const [row] = await tx.select().from(patients).where(eq33(patients.id, patientId)).for("update");
  if (!row) throw notFound("Patient");
  if (row.archivedAt) throw patientArchived();
  return row;
}
async function requirePatient(db, patientId) {
  const [row] = await db.select({ id: patients.id }).from(patients).where(eq33(patients.id, patientId));
  if (!row) throw notFound("Patient");
}

// src/modules/patients/hmo-enrolments.service.ts
async function findActiveEnrolment(db, patientId, onDate) {
  const [row] = await db.select({
    providerId: patientHmoEnrolments.providerId,
    policyNumber: patientHmoEnrolments.policyNumber,
    coverage: patientHmoEnrolments.coverage,
    coveragePercent: patientHmoEnrolments.coveragePercent
  }).from(patientHmoEnrolments).innerJoin(hmoProviders, eq34(hmoProviders.id, patientHmoEnrolments.providerId)).where(
    and18(
      eq34(patientHmoEnrolments.patientId, patientId),
      eq34(patientHmoEnrolments.active, true),
      eq34(hmoProviders.active, true),
      or6(isNull3(patientHmoEnrolments.validFrom), lte2(patientHmoEnrolments.validFrom, onDate)),
      or6(isNull3(patientHmoEnrolments.validTo), gte3(patientHmoEnrolments.validTo, onDate))
    )
  ).orderBy(desc3(patientHmoEnrolments.createdAt), desc3(patientHmoEnrolments.id)).limit(1);
  return row ?? null;
}
var enrolmentColumns = {
  id: patientHmoEnrolments.id,
  patientId: patientHmoEnrolments.patientId,
  providerId: patientHmoEnrolments.providerId,
  providerCode: hmoProviders.code,
  providerName: hmoProviders.name,
  policyNumber: patientHmoEnrolments.policyNumber,
  plan: patientHmoEnrolments.plan,
  coverage: patientHmoEnrolments.coverage,
  coveragePercent: patientHmoEnrolments.coveragePercent,
  validFrom: patientHmoEnrolments.validFrom,
  validTo: patientHmoEnrolments.validTo,
  active: patientHmoEnrolments.active,
  createdAt: patientHmoEnrolments.createdAt
};
async function listEnrolments(db, patientId) {
  const rows = await db.select(enrolmentColumns).from(patientHmoEnrolments).innerJoin(hmoProviders, eq34(hmoProviders.id, patientHmoEnrolments.providerId)).where(eq34(patientHmoEnrolments.patientId, patientId)).orderBy(
    desc3(patientHmoEnrolments.active),
    desc3(patientHmoEnrolments.createdAt),
    desc3(patientHmoEnrolments.id)
  );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
async function patientEnrolments(db, patientId) {
  return inTransaction(db, async (tx) => {
    await requirePatient(tx, patientId);
    return listEnrolments(tx, patientId);
  });
}
async function readEnrolment(tx, patientId, enrolmentId) {
  const [row] = await tx.select(enrolmentColumns).from(patientHmoEnrolments).innerJoin(hmoProviders, eq34(hmoProviders.id, patientHmoEnrolments.providerId)).where(and18(eq34(patientHmoEnrolments.id, enrolmentId), eq34(patientHmoEnrolments.patientId, patientId)));
  if (!row) throw notFound("HMO enrolment");
  return { ...row, createdAt: row.createdAt.toISOString() };
}
async function requireActiveProvider(tx, providerId) {
  const [provider] = await tx.select({ active: hmoProviders.active }).from(hmoProviders).where(eq34(hmoProviders.id, providerId));
  if (!provider?.active) {
    throw new AppError("UNPROCESSABLE", "The HMO provider does not exist or is no longer active", [
      { path: "body.providerId", message: "must be an active HMO provider" }
    ]);
  }
}
async function createEnrolment(db, patientId, input2, ctx) {
  return inTransaction(db, async (tx) => {
    await lockEditablePatient(tx, patientId);
    await requireActiveProvider(tx, input2.providerId);
    const [row] = await tx.insert(patientHmoEnrolments).values({
      patientId,
      providerId: input2.providerId,
      policyNumber: input2.policyNumber,
      plan: input2.plan ?? null,
      coverage: input2.coverage,
      coveragePercent: input2.coveragePercent,
      validFrom: input2.validFrom ?? null,
      validTo: input2.validTo ?? null,
      createdBy: ctx.actorId
    }).returning({ id: patientHmoEnrolments.id });
    if (!row) throw new Error("enrolment insert returned no row");
    await recordAudit(tx, ctx, {
      action: "patient.hmo-enrolment.create",
      entityType: "patient_hmo_enrolment",
      entityId: row.id,
      patientId,
      metadata: {
        providerId: input2.providerId,
        coverage: input2.coverage,
        coveragePercent: input2.coveragePercent
      }
    });
    return readEnrolment(tx, patientId, row.id);
  });
}
async function updateEnrolment(db, patientId, enrolmentId, patch, ctx) {
  return inTransaction(db, async (tx) => {
    await lockEditablePatient(tx, patientId);
    const current = await readEnrolment(tx, patientId, enrolmentId);
    const validFrom = patch.validFrom === void 0 ? current.validFrom : patch.validFrom;
    const validTo = patch.validTo === void 0 ? current.validTo : patch.validTo;
    if (validFrom && validTo && validFrom > validTo) {
      throw new AppError("VALIDATION_FAILED", "The request is invalid", [
        { path: "body.validTo", message: "must not be before validFrom" }
      ]);
    }
    const changed = Object.keys(patch).filter(
      (k) => patch[k] !== void 0 && patch[k] !== current[k]
    );
    if (changed.length === 0) return current;
    await tx.update(patientHmoEnrolments).set({ ...patch, updatedAt: /* @__PURE__ */ new Date() }).where(eq34(patientHmoEnrolments.id, enrolmentId));
    await recordAudit(tx, ctx, {
      action: "patient.hmo-enrolment.update",
      entityType: "patient_hmo_enrolment",
      entityId: enrolmentId,
      patientId,
      metadata: { fields: changed }
    });
    return readEnrolment(tx, patientId, enrolmentId);
  });
}

// src/modules/patients/hmo-enrolments.routes.ts
var tags9 = ["patients"];
var params2 = z38.object({ id: z38.uuid() });
var hmoEnrolmentRoutes = async (app2, { db }) => {
  app2.get(
    "/patients/:id/hmo-enrolments",
    {
      config: { access: { roles: PERMISSIONS["patients.read"] } },
      schema: { tags: tags9, params: params2, response: { 200: z38.object({ items: z38.array(hmoEnrolmentSchema) }) } }
    },
    async (request) => ({ items: await patientEnrolments(db, request.params.id) })
  );
  app2.post(
    "/patients/:id/hmo-enrolments",
    {
      config: { access: { roles: PERMISSIONS["patients.register"] } },
      schema: { tags: tags9, params: params2, body: hmoEnrolmentInputSchema, response: { 201: hmoEnrolmentSchema } }
    },
    async (request, reply) => {
      const created = await createEnrolment(db, request.params.id, request.body, auditContextOf(request));
      return reply.code(201).send(created);
    }
  );
  app2.patch(
    "/patients/:id/hmo-enrolments/:enrolmentId",
    {
      config: { access: { roles: PERMISSIONS["patients.register"] } },
      schema: {
        tags: tags9,
        params: params2.extend({ enrolmentId: z38.uuid() }),
        body: hmoEnrolmentPatchSchema,
        response: { 200: hmoEnrolmentSchema }
      }
    },
    async (request) => updateEnrolment(
      db,
      request.params.id,
      request.params.enrolmentId,
      request.body,
      auditContextOf(request)
    )
  );
};

// src/modules/patients/patient-record.service.ts
import { eq as eq36 } from "drizzle-orm";

// src/modules/patients/patient-duplicates.ts
import { and as and19, eq as eq35, or as or7, sql as sql34 } from "drizzle-orm";

// src/modules/patients/patient-view.ts
function toSummary(row) {
  return {
    id: row.id,
    mrn: row.mrn,
    firstName: row.firstName,
    middleName: row.middleName,
    lastName: row.lastName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    dateOfBirthEstimated: row.dateOfBirthEstimated,
    phone: row.phone,
    nationalId: row.nationalId,
    archivedAt: row.archivedAt?.toISOString() ?? null
  };
}
function toPatient(row, hmoEnrolments) {
  return {
    ...toSummary(row),
    email: row.email,
    address: row.address,
    nextOfKin: row.nextOfKin ?? null,
    allergies: row.allergies,
    bloodGroup: row.bloodGroup,
    hasPortalAccount: row.userId !== null,
    portalVerified: row.portalVerified,
    archiveReason: row.archiveReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    hmoEnrolments
  };
}
function displayName(p) {
  return [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ");
}

// src/modules/patients/patient-duplicates.ts
var MAX_CANDIDATES = 10;
async function findPossibleDuplicates(tx, probe, excludeId) {
  const samePhone = eq35(patients.phone, probe.phone);
  const sameNationalId = probe.nationalId ? eq35(patients.nationalId, probe.nationalId) : sql34`false`;
  const sameNameAndBirth = probe.dateOfBirth ? and19(
    eq35(patients.dateOfBirth, probe.dateOfBirth),
    sql34`lower(${patients.firstName}) = lower(${probe.firstName})`,
    sql34`lower(${patients.lastName}) = lower(${probe.lastName})`
  ) ?? sql34`false` : sql34`false`;
  const rows = await tx.select({
    id: patients.id,
    mrn: patients.mrn,
    firstName: patients.firstName,
    middleName: patients.middleName,
    lastName: patients.lastName,
    phone: patients.phone,
    dateOfBirth: patients.dateOfBirth,
    archivedAt: patients.archivedAt,
    samePhone: sql34`${samePhone}`,
    sameNationalId: sql34`coalesce(${sameNationalId}, false)`,
    sameNameAndBirth: sql34`coalesce(${sameNameAndBirth}, false)`
  }).from(patients).where(
    and19(
      or7(samePhone, sameNationalId, sameNameAndBirth),
      excludeId ? sql34`${patients.id} <> ${excludeId}` : void 0
    )
  ).orderBy(patients.lastName, patients.firstName, patients.id).limit(MAX_CANDIDATES);
  return rows.map((r) => {
    const reasons = [];
    if (r.samePhone) reasons.push("SAME_PHONE");
    if (r.sameNationalId) reasons.push("SAME_NATIONAL_ID");
    if (r.sameNameAndBirth) reasons.push("SAME_NAME_AND_DATE_OF_BIRTH");
    return {
      id: r.id,
      mrn: r.mrn,
      name: displayName(r),
      phone: r.phone,
      dateOfBirth: r.dateOfBirth,
      archived: r.archivedAt !== null,
      reasons
    };
  });
}
async function refuseTakenNationalId(tx, nationalId, excludeId) {
  const [holder] = await tx.select({ id: patients.id, mrn: patients.mrn }).from(patients).where(
    and19(eq35(patients.nationalId, nationalId), excludeId ? sql34`${patients.id} <> ${excludeId}` : void 0)
  );
  if (holder) throw nationalIdTaken(holder);
}
function nationalIdTaken(holder) {
  return new AppError("DUPLICATE", "Another patient record already has this national ID", {
    field: "body.nationalId",
    ...holder ? { patientId: holder.id, mrn: holder.mrn } : {}
  });
}
function isNationalIdViolation(err) {
  for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++) {
    const { code, constraint } = e;
    if (code === "23505" && constraint === "patients_national_id_key") return true;
  }
  return false;
}

// src/modules/patients/patient-input.ts
function invalid(path4, message) {
  return new AppError("VALIDATION_FAILED", "The request is invalid", [{ path: path4, message }]);
}
function clinicToday(now, timeZone) {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(now);
}
async function clinicContext(tx, now) {
  const { phoneRegion, timeZone } = await getSettings(tx);
  return { phoneRegion, today: clinicToday(now, timeZone) };
}
function phoneOrRefuse(raw, region, path4) {
  const e164 = normalisePhone(raw, region);
  if (!e164) throw invalid(path4, `is not a valid phone number for region ${region}`);
  return e164;
}
function nextOfKinOrRefuse(kin, region) {
  return kin.phone ? { ...kin, phone: phoneOrRefuse(kin.phone, region, "body.nextOfKin.phone") } : kin;
}
function normaliseFields(input2, ctx) {
  const out = {};
  if (input2.phone !== void 0) out.phone = phoneOrRefuse(input2.phone, ctx.phoneRegion, "body.phone");
  if (input2.nextOfKin !== void 0) {
    out.nextOfKin = input2.nextOfKin === null ? null : nextOfKinOrRefuse(input2.nextOfKin, ctx.phoneRegion);
  }
  if (input2.dateOfBirth !== void 0 || input2.estimatedAgeYears !== void 0) {
    const dob = resolveDateOfBirth(input2, ctx.today);
    if (!dob.ok) throw invalid(`body.${dob.path}`, dob.message);
    out.dateOfBirth = dob.dateOfBirth;
    out.dateOfBirthEstimated = dob.estimated;
  }
  return out;
}

// src/modules/patients/patient-record.service.ts
async function viewPatient(db, patientId, ctx) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(patients).where(eq36(patients.id, patientId));
    if (!row) throw notFound("Patient");
    await recordAudit(tx, ctx, {
      action: "patient.view",
      entityType: "patient",
      entityId: row.id,
      patientId
    });
    return toPatient(row, await listEnrolments(tx, patientId));
  });
}
var PLAIN_FIELDS = [
  "firstName",
  "middleName",
  "lastName",
  "sex",
  "email",
  "address",
  "nationalId",
  "allergies",
  "bloodGroup"
];
function sameValue2(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
async function updatePatient(db, patientId, patch, ctx, now) {
  try {
    return await inTransaction(db, async (tx) => {
      const current = await lockEditablePatient(tx, patientId);
      const next = {};
      for (const field of PLAIN_FIELDS) {
        if (patch[field] !== void 0) Object.assign(next, { [field]: patch[field] });
      }
      Object.assign(next, normaliseFields(patch, await clinicContext(tx, now)));
      const changed = Object.keys(next).filter(
        (k) => !sameValue2(next[k], current[k])
      );
      if (changed.length === 0) return toPatient(current, await listEnrolments(tx, patientId));
      if (changed.includes("nationalId") && next.nationalId) {
        await refuseTakenNationalId(tx, next.nationalId, patientId);
      }
      const [row] = await tx.update(patients).set({ ...next, updatedAt: now }).where(eq36(patients.id, patientId)).returning();
      if (!row) throw notFound("Patient");
      await recordAudit(tx, ctx, {
        action: "patient.update",
        entityType: "patient",
        entityId: patientId,
        patientId,
        metadata: { fields: changed }
      });
      return toPatient(row, await listEnrolments(tx, patientId));
    });
  } catch (err) {
    if (isNationalIdViolation(err)) throw nationalIdTaken();
    throw err;
  }
}
async function archivePatient(db, patientId, reason, ctx, now) {
  return inTransaction(db, async (tx) => {
    await lockEditablePatient(tx, patientId);
    const [row] = await tx.update(patients).set({ archivedAt: now, archivedBy: ctx.actorId, archiveReason: reason, updatedAt: now }).where(eq36(patients.id, patientId)).returning();
    if (!row) throw notFound("Patient");
    await recordAudit(tx, ctx, {
      action: "patient.archive",
      entityType: "patient",
      entityId: patientId,
      patientId
    });
    return toPatient(row, await listEnrolments(tx, patientId));
  });
}

// src/modules/patients/patient-registration.service.ts
async function registerPatient2(db, body, ctx, now) {
  try {
    return await inTransaction(db, async (tx) => {
      const fields = normaliseFields(body, await clinicContext(tx, now));
      const phone = fields.phone ?? body.phone;
      const nationalId = body.nationalId ?? null;
      if (nationalId) await refuseTakenNationalId(tx, nationalId);
      const possibleDuplicates = await findPossibleDuplicates(tx, {
        phone,
        nationalId,
        firstName: body.firstName,
        lastName: body.lastName,
        dateOfBirth: fields.dateOfBirth ?? null
      });
      const [row] = await tx.insert(patients).values({
        mrn: await nextMrn(tx),
        firstName: body.firstName,
        middleName: body.middleName ?? null,
        lastName: body.lastName,
        sex: body.sex,
        dateOfBirth: fields.dateOfBirth ?? null,
        dateOfBirthEstimated: fields.dateOfBirthEstimated ?? false,
        phone,
        email: body.email ?? null,
        address: body.address ?? null,
        nationalId,
        nextOfKin: fields.nextOfKin ?? null,
        allergies: body.allergies ?? [],
        bloodGroup: body.bloodGroup ?? null,
        createdBy: ctx.actorId,
        createdAt: now,
        updatedAt: now
      }).returning();
      if (!row) throw new Error("patient insert returned no row");
      await recordAudit(tx, ctx, {
        action: "patient.create",
        entityType: "patient",
        entityId: row.id,
        patientId: row.id,
        metadata: { possibleDuplicates: possibleDuplicates.length }
      });
      return { ...toPatient(row, []), possibleDuplicates };
    });
  } catch (err) {
    if (isNationalIdViolation(err)) throw nationalIdTaken();
    throw err;
  }
}

// src/modules/patients/patient-search.service.ts
import { and as and20, isNull as isNull4, or as or8, sql as sql35 } from "drizzle-orm";
var escapeLike = (s) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
function nameWordMatches(word) {
  const w = escapeLike(word);
  if (word.length >= 3) return sql35`${patients.searchName} like ${`%${w}%`}`;
  return sql35`(${patients.searchName} like ${`${w}%`} or ${patients.searchName} like ${`% ${w}%`})`;
}
function identifierMatches(t) {
  return or8(
    t.mrnExact ? sql35`${patients.mrn} = ${t.mrnExact}` : void 0,
    t.mrnPrefix ? sql35`${patients.mrn} like ${`${t.mrnPrefix}%`}` : void 0,
    t.phoneExact ? sql35`${patients.phone} = ${t.phoneExact}` : void 0,
    ...t.phonePrefixes.map((p) => sql35`${patients.phone} like ${`${p}%`}`),
    t.nationalId ? sql35`${patients.nationalId} = ${t.nationalId}` : void 0
  );
}
function identifierRank(t) {
  const exact = or8(
    t.mrnExact ? sql35`${patients.mrn} = ${t.mrnExact}` : void 0,
    t.phoneExact ? sql35`${patients.phone} = ${t.phoneExact}` : void 0,
    t.nationalId ? sql35`${patients.nationalId} = ${t.nationalId}` : void 0
  );
  return exact ? sql35`case when ${exact} then 0 else 1 end` : sql35`1`;
}
function capTotal(n) {
  return n > SEARCH_TOTAL_CAP ? { total: SEARCH_TOTAL_CAP, totalCapped: true } : { total: n, totalCapped: false };
}
var SUMMARY_SQL = sql35`p.id, p.mrn, p.first_name as "firstName", p.middle_name as "middleName",
  p.last_name as "lastName", p.sex, p.date_of_birth::text as "dateOfBirth",
  p.date_of_birth_estimated as "dateOfBirthEstimated", p.phone, p.national_id as "nationalId",
  to_char(p.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "archivedAt"`;
function toPage(rows, query) {
  const { total, totalCapped } = capTotal(rows[0]?.total ?? 0);
  return {
    items: rows.map(({ total: _total, ...summary }) => summary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize
  };
}
async function rankedSearch(tx, where, rank, query) {
  const rows = await queryRows(
    tx,
    sql35`with found as materialized (
          select ${patients.id} as id, ${rank} as rank, ${patients.lastName} as last_name,
                 ${patients.firstName} as first_name, ${patients.dateOfBirth} as date_of_birth
            from ${patients} where ${where} limit ${SEARCH_TOTAL_CAP + 1}),
        page as (
          select * from (select * from found limit ${SEARCH_TOTAL_CAP}) ranked
           order by rank, last_name, first_name, date_of_birth, id
           limit ${query.pageSize} offset ${pageOffset(query)})
        select ${SUMMARY_SQL}, (select count(*) from found)::int as total
          from page join ${patients} p on p.id = page.id
         order by page.rank, page.last_name, page.first_name, page.date_of_birth, page.id`
  );
  return rows.length > 0 || query.page === 1 ? toPage(rows, query) : emptyBeyondLastPage(tx, where, query);
}
async function emptyBeyondLastPage(tx, where, query) {
  const [row] = await queryRows(
    tx,
    sql35`select count(*)::int as n from (select 1 from ${patients} ${where ? sql35`where ${where}` : sql35``}
        limit ${SEARCH_TOTAL_CAP + 1}) matches`
  );
  return { items: [], ...capTotal(row?.n ?? 0), page: query.page, pageSize: query.pageSize };
}
async function listInNameOrder(tx, where, query) {
  const rows = await queryRows(
    tx,
    sql35`with page as (
          select ${patients.id} as id from ${patients} ${where ? sql35`where ${where}` : sql35``}
           order by ${patients.lastName}, ${patients.firstName}, ${patients.dateOfBirth}, ${patients.id}
           limit ${query.pageSize} offset ${pageOffset(query)})
        select ${SUMMARY_SQL},
               (select count(*) from (select 1 from ${patients} ${where ? sql35`where ${where}` : sql35``}
                 limit ${SEARCH_TOTAL_CAP + 1}) matches)::int as total
          from page join ${patients} p on p.id = page.id
         order by p.last_name, p.first_name, p.date_of_birth, p.id`
  );
  return rows.length > 0 || query.page === 1 ? toPage(rows, query) : emptyBeyondLastPage(tx, where, query);
}
async function searchPatients(db, query) {
  return inTransaction(db, async (tx) => {
    const terms = interpretSearch(query.q, await getSettings(tx));
    const active = query.includeArchived ? void 0 : isNull4(patients.archivedAt);
    if (terms.kind === "all") return listInNameOrder(tx, active, query);
    const matches = terms.kind === "name" ? terms.words.length > 0 ? and20(...terms.words.map(nameWordMatches)) : void 0 : identifierMatches(terms);
    const where = matches && and20(matches, active);
    if (!where)
      return { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
    const rank = terms.kind === "name" ? sql35`-similarity(${patients.searchName}, ${terms.text})` : identifierRank(terms);
    return rankedSearch(tx, where, rank, query);
  });
}

// src/modules/patients/patient-records.routes.ts
var tags10 = ["patients"];
var params3 = z39.object({ id: z39.uuid() });
var patientRecordRoutes = async (app2, deps) => {
  const { db, clock } = deps;
  app2.post(
    "/patients",
    {
      config: { access: { roles: PERMISSIONS["patients.register"] } },
      schema: { tags: tags10, body: patientRegistrationSchema, response: { 201: patientCreatedSchema } }
    },
    async (request, reply) => {
      const created = await registerPatient2(db, request.body, auditContextOf(request), clock());
      return reply.code(201).send(created);
    }
  );
  app2.get(
    "/patients",
    {
      config: { access: { roles: PERMISSIONS["patients.read"] } },
      schema: { tags: tags10, querystring: patientSearchQuerySchema, response: { 200: patientSearchPageSchema } }
    },
    async (request) => searchPatients(db, request.query)
  );
  app2.get(
    "/patients/:id",
    {
      config: { access: { roles: PERMISSIONS["patients.read"] } },
      schema: { tags: tags10, params: params3, response: { 200: patientSchema } }
    },
    async (request) => viewPatient(db, request.params.id, auditContextOf(request))
  );
  app2.patch(
    "/patients/:id",
    {
      config: { access: { roles: PERMISSIONS["patients.register"] } },
      schema: { tags: tags10, params: params3, body: patientPatchSchema, response: { 200: patientSchema } }
    },
    async (request) => updatePatient(db, request.params.id, request.body, auditContextOf(request), clock())
  );
  app2.post(
    "/patients/:id/archive",
    {
      config: { access: { roles: PERMISSIONS["patients.archive"] } },
      schema: { tags: tags10, params: params3, body: patientArchiveSchema, response: { 200: patientSchema } }
    },
    async (request) => archivePatient(db, request.params.id, request.body.reason, auditContextOf(request), clock())
  );
  await app2.register(hmoEnrolmentRoutes, deps);
};

// src/modules/patients/patients.routes.ts
import { eq as eq39 } from "drizzle-orm";
import { z as z40 } from "zod";

// src/modules/patients/portal.service.ts
import { eq as eq37 } from "drizzle-orm";
function portalVerifiedGate(db) {
  return async (request) => {
    const userId = request.principal?.userId;
    if (!userId) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
    const [p] = await db.select({ id: patients.id, verified: patients.portalVerified }).from(patients).where(eq37(patients.userId, userId));
    if (!p?.verified) {
      throw new AppError("PORTAL_NOT_VERIFIED", "The clinic has not verified your registration yet");
    }
    request.portalPatientId = p.id;
  };
}
function portalPatientId(request) {
  if (!request.portalPatientId) throw new Error("portal route is missing the portalVerified gate");
  return request.portalPatientId;
}

// src/modules/patients/portal-verification.service.ts
import { and as and21, desc as desc4, eq as eq38, isNotNull, sql as sql36 } from "drizzle-orm";
var pending = and21(isNotNull(patients.userId), eq38(patients.portalVerified, false));
async function listPendingRegistrations(db, page) {
  const [rows, [count4]] = await Promise.all([
    db.select({
      id: patients.id,
      firstName: patients.firstName,
      lastName: patients.lastName,
      phone: patients.phone,
      email: patients.email,
      dateOfBirth: patients.dateOfBirth,
      username: users.username,
      createdAt: patients.createdAt
    }).from(patients).innerJoin(users, eq38(users.id, patients.userId)).where(pending).orderBy(patients.createdAt, desc4(patients.id)).limit(page.pageSize).offset((page.page - 1) * page.pageSize),
    db.select({ n: sql36`count(*)::int` }).from(patients).where(pending)
  ]);
  return {
    items: rows.map(({ createdAt, ...r }) => ({ ...r, registeredAt: createdAt.toISOString() })),
    total: count4?.n ?? 0,
    ...page
  };
}
async function verifyPortalRegistration(db, patientId, ctx) {
  return inTransaction(db, async (tx) => {
    const [p] = await tx.select({ id: patients.id, userId: patients.userId, verified: patients.portalVerified }).from(patients).where(eq38(patients.id, patientId)).for("update");
    if (!p) throw notFound("Patient");
    if (!p.userId) throw conflict("This patient has no portal account to verify");
    if (p.verified) throw conflict("This registration is already verified");
    const now = /* @__PURE__ */ new Date();
    await tx.update(patients).set({ portalVerified: true, portalVerifiedAt: now, portalVerifiedBy: ctx.actorId, updatedAt: now }).where(eq38(patients.id, patientId));
    await recordAudit(tx, ctx, {
      action: "patient.portal.verify",
      entityType: "patient",
      entityId: patientId,
      patientId
    });
    return { id: patientId, portalVerified: true, verifiedAt: now.toISOString() };
  });
}

// src/modules/patients/patients.routes.ts
var patientPortalRoutes = async (app2, { db }) => {
  app2.decorateRequest("portalPatientId", null);
  app2.gates.set("portalVerified", portalVerifiedGate(db));
  app2.get(
    "/patients/pending-verification",
    {
      config: { access: { roles: PERMISSIONS["patients.verifyPortal"] } },
      schema: {
        tags: ["patients"],
        querystring: pageQuerySchema,
        response: { 200: pageSchema(pendingRegistrationSchema) }
      }
    },
    async (request) => listPendingRegistrations(db, request.query)
  );
  app2.post(
    "/patients/:id/verify",
    {
      config: { access: { roles: PERMISSIONS["patients.verifyPortal"] } },
      schema: {
        tags: ["patients"],
        params: z40.object({ id: z40.uuid() }),
        response: {
          200: z40.object({ id: z40.uuid(), portalVerified: z40.literal(true), verifiedAt: z40.string() })
        }
      }
    },
    async (request) => verifyPortalRegistration(db, request.params.id, auditContextOf(request))
  );
  app2.get(
    "/portal/profile",
    {
      config: { access: { roles: PERMISSIONS["portal.use"], gates: ["portalVerified"] } },
      schema: { tags: ["portal"], response: { 200: portalProfileSchema } }
    },
    async (request) => {
      const [p] = await db.select({
        id: patients.id,
        firstName: patients.firstName,
        lastName: patients.lastName,
        phone: patients.phone,
        email: patients.email,
        dateOfBirth: patients.dateOfBirth
      }).from(patients).where(eq39(patients.id, portalPatientId(request)));
      if (!p) throw notFound("Patient");
      return p;
    }
  );
};

// src/modules/settings/settings.routes.ts
var settingsRoutes = async (app2, { db }) => {
  app2.get(
    "/settings",
    {
      config: { access: { roles: STAFF_ROLES } },
      schema: { tags: ["settings"], response: { 200: clinicSettingsSchema } }
    },
    async () => getSettings(db)
  );
  app2.patch(
    "/settings",
    {
      config: { access: { roles: ["ADMIN"] } },
      schema: {
        tags: ["settings"],
        body: clinicSettingsPatchSchema,
        response: { 200: clinicSettingsSchema }
      }
    },
    async (request) => updateSettings(db, request.body, auditContextOf(request))
  );
};

// src/modules/till/end-of-day.service.ts
import { and as and22, asc as asc11, eq as eq41, gte as gte4, isNull as isNull5, lt as lt2, or as or9, sql as sql41 } from "drizzle-orm";

// src/modules/till/day-lock.ts
import { sql as sql37 } from "drizzle-orm";
var TILL_DAY_LOCK = 7345112040;
async function lockTillDay(tx) {
  await tx.execute(sql37`select pg_advisory_xact_lock(${TILL_DAY_LOCK})`);
}

// src/modules/till/end-of-day-lists.ts
import { sql as sql38 } from "drizzle-orm";
var PATIENT_NAME = sql38.raw(`pt.first_name || ' ' || coalesce(pt.middle_name || ' ', '') || pt.last_name`);
async function section2(tx, columns, body, amount) {
  const [summary, items] = await Promise.all([
    queryRows(
      tx,
      sql38`select count(*)::int as count, coalesce(sum(${amount}), 0)::text as total ${body}`
    ),
    queryRows(tx, sql38`select ${columns} ${body} order by ${amount} desc limit ${REPORT_LIST_LIMIT}`)
  ]);
  return { count: summary[0]?.count ?? 0, total: Number(summary[0]?.total ?? 0), items };
}
var iso = (v) => new Date(v).toISOString();
var isoOrNull = (v) => v == null ? null : iso(v);
async function listsOfDay(tx, to) {
  const end = sql38`${to.toISOString()}::timestamptz`;
  const [outstanding, receivables, leaks] = await Promise.all([
    section2(
      tx,
      sql38`v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", pt.mrn, v.payment_status as "paymentStatus",
          v.outstanding_minor::text as outstanding, v.opened_at as "openedAt"`,
      sql38`from visits v join patients pt on pt.id = v.patient_id
          where v.status = 'OPEN' and v.outstanding_minor > 0 and v.opened_at < ${end}`,
      sql38`v.outstanding_minor`
    ),
    section2(
      tx,
      sql38`v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", pt.mrn, vi.provider_id as "providerId",
          hp.name as "providerName", vi.authorization_code as "authorizationCode",
          vi.approved_at as "approvedAt", share.hmo_share::text as "hmoShare"`,
      sql38`from visit_insurance vi
          join visits v on v.id = vi.visit_id
          join patients pt on pt.id = v.patient_id
          join hmo_providers hp on hp.id = vi.provider_id
          join lateral (
            select coalesce(sum(c.hmo_share_minor), 0) as hmo_share from charges c
            where c.visit_id = v.id and c.status not in ('WAIVED', 'VOIDED')
          ) share on true
          where vi.status = 'APPROVED' and vi.remitted_at is null
            and vi.approved_at < ${end} and share.hmo_share > 0`,
      sql38`share.hmo_share`
    ),
    section2(
      tx,
      sql38`c.id as "chargeId", v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", c.service_code as "serviceCode", c.service_name as "serviceName",
          c.amount_minor::text as amount, c.patient_share_minor::text as "patientShare", c.status,
          v.emergency, c.rendered_at as "renderedAt"`,
      sql38`from charges c
          join visits v on v.id = c.visit_id
          join patients pt on pt.id = v.patient_id
          where c.rendered_at is not null and c.rendered_at < ${end}
            and not c.settled and c.status <> 'VOIDED'`,
      sql38`c.amount_minor`
    )
  ]);
  return {
    outstanding: {
      ...outstanding,
      items: outstanding.items.map((r) => ({
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        mrn: String(r.mrn),
        paymentStatus: r.paymentStatus,
        outstanding: Number(r.outstanding),
        openedAt: iso(r.openedAt)
      }))
    },
    hmoReceivables: {
      ...receivables,
      items: receivables.items.map((r) => ({
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        mrn: String(r.mrn),
        providerId: String(r.providerId),
        providerName: String(r.providerName),
        authorizationCode: r.authorizationCode == null ? null : String(r.authorizationCode),
        approvedAt: isoOrNull(r.approvedAt),
        hmoShare: Number(r.hmoShare)
      }))
    },
    revenueLeaks: {
      ...leaks,
      items: leaks.items.map((r) => ({
        chargeId: String(r.chargeId),
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        serviceCode: String(r.serviceCode),
        serviceName: String(r.serviceName),
        amount: Number(r.amount),
        patientShare: Number(r.patientShare),
        status: String(r.status),
        emergency: Boolean(r.emergency),
        renderedAt: iso(r.renderedAt)
      }))
    }
  };
}

// src/modules/till/end-of-day-money.ts
import { sql as sql39 } from "drizzle-orm";
var zero = () => ({ paymentCount: 0, payments: 0, refunds: 0, deposits: 0, net: 0 });
async function moneyOfDay(tx, from, to) {
  const [start, end] = [from.toISOString(), to.toISOString()];
  const [paid, refunded, deposited] = await Promise.all([
    queryRows(
      tx,
      sql39`select p.method, p.cashier_id as person, u.full_name as name,
                 sum(p.amount_minor)::text as total, count(*)::int as n
          from payments p left join users u on u.id = p.cashier_id
          where p.received_at >= ${start}::timestamptz and p.received_at < ${end}::timestamptz
          group by p.method, p.cashier_id, u.full_name`
    ),
    queryRows(
      tx,
      sql39`select p.method, coalesce(s.cashier_id, r.requested_by) as person, u.full_name as name,
                 sum(r.amount_minor)::text as total, count(*)::int as n
          from refunds r
          join payments p on p.id = r.payment_id
          left join till_shifts s on s.id = r.shift_id
          left join users u on u.id = coalesce(s.cashier_id, r.requested_by)
          where r.status = 'COMPLETED'
            and coalesce(r.decided_at, r.requested_at) >= ${start}::timestamptz
            and coalesce(r.decided_at, r.requested_at) < ${end}::timestamptz
          group by p.method, coalesce(s.cashier_id, r.requested_by), u.full_name`
    ),
    queryRows(
      tx,
      sql39`select w.method, w.created_by as person, u.full_name as name,
                 sum(w.amount_minor)::text as total, count(*)::int as n
          from wallet_entries w left join users u on u.id = w.created_by
          where w.kind = 'DEPOSIT' and w.created_at >= ${start}::timestamptz and w.created_at < ${end}::timestamptz
          group by w.method, w.created_by, u.full_name`
    )
  ]);
  const byMethod = new Map(PAYMENT_METHODS.map((m) => [m, zero()]));
  const byCashier = /* @__PURE__ */ new Map();
  const targetsOf = (r) => {
    const m = byMethod.get(r.method);
    if (r.method === "WALLET") return m ? [m] : [];
    const key = r.person ?? "";
    let c = byCashier.get(key);
    if (!c) {
      c = { cashierId: r.person, cashierName: r.name, ...zero() };
      byCashier.set(key, c);
    }
    return m ? [m, c] : [c];
  };
  for (const r of paid) {
    for (const t of targetsOf(r)) {
      t.payments = addMinor(t.payments, Number(r.total));
      t.paymentCount += r.n;
    }
  }
  for (const r of refunded) for (const t of targetsOf(r)) t.refunds = addMinor(t.refunds, Number(r.total));
  for (const r of deposited) for (const t of targetsOf(r)) t.deposits = addMinor(t.deposits, Number(r.total));
  const withNet = (t) => ({
    ...t,
    net: addMinor(subMinor(t.payments, t.refunds), t.deposits)
  });
  const methods = PAYMENT_METHODS.map((method) => ({ method, ...withNet(byMethod.get(method) ?? zero()) }));
  const moving = methods.filter((m) => m.method !== "WALLET");
  const sum = (f) => moving.reduce((acc, m) => addMinor(acc, m[f]), 0);
  return {
    totals: {
      paymentCount: sum("paymentCount"),
      payments: sum("payments"),
      refunds: sum("refunds"),
      deposits: sum("deposits"),
      net: sum("net"),
      walletPayments: methods.find((m) => m.method === "WALLET")?.payments ?? 0
    },
    byMethod: methods,
    byCashier: [...byCashier.values()].map(withNet).sort((a, b) => (a.cashierName ?? "\uFFFF").localeCompare(b.cashierName ?? "\uFFFF"))
  };
}

// src/modules/till/shift-view.ts
import { eq as eq40, getTableColumns } from "drizzle-orm";

// src/modules/till/shift-movements.ts
import { sql as sql40 } from "drizzle-orm";
function empty() {
  return {
    payments: { ...ZERO_TILL },
    refunds: { ...ZERO_TILL },
    deposits: { ...ZERO_TILL },
    walletPayments: 0,
    paymentCount: 0
  };
}
function isTillMethod(method) {
  return TILL_METHODS.includes(method);
}
async function shiftMovements(db, shiftIds) {
  const result2 = new Map(shiftIds.map((id) => [id, empty()]));
  if (shiftIds.length === 0) return result2;
  const ids = sql40.join(
    shiftIds.map((id) => sql40`${id}::uuid`),
    sql40`, `
  );
  const [paid, refunded, deposited] = await Promise.all([
    queryRows(
      db,
      sql40`select shift_id, method, sum(amount_minor)::text as total, count(*)::int as n
          from payments where shift_id in (${ids}) group by shift_id, method`
    ),
    queryRows(
      db,
      sql40`select r.shift_id, p.method, sum(r.amount_minor)::text as total, count(*)::int as n
          from refunds r join payments p on p.id = r.payment_id
          where r.shift_id in (${ids}) and r.status = 'COMPLETED' group by r.shift_id, p.method`
    ),
    queryRows(
      db,
      sql40`select shift_id, method, sum(amount_minor)::text as total, count(*)::int as n
          from wallet_entries where shift_id in (${ids}) and kind = 'DEPOSIT' group by shift_id, method`
    )
  ]);
  for (const r of paid) {
    const m = result2.get(r.shift_id);
    if (!m) continue;
    m.paymentCount += r.n;
    if (isTillMethod(r.method)) m.payments[r.method] = addMinor(m.payments[r.method], Number(r.total));
    else if (r.method === "WALLET") m.walletPayments = addMinor(m.walletPayments, Number(r.total));
  }
  for (const r of refunded) {
    const m = result2.get(r.shift_id);
    if (m && isTillMethod(r.method)) m.refunds[r.method] = addMinor(m.refunds[r.method], Number(r.total));
  }
  for (const r of deposited) {
    const m = result2.get(r.shift_id);
    if (m && isTillMethod(r.method)) m.deposits[r.method] = addMinor(m.deposits[r.method], Number(r.total));
  }
  return result2;
}

// src/modules/till/shift-view.ts
function selectShifts(db, where) {
  return db.select({ ...getTableColumns(tillShifts), cashierName: users.fullName }).from(tillShifts).innerJoin(users, eq40(users.id, tillShifts.cashierId)).where(where);
}
function stored(amounts) {
  return { CASH: amounts.CASH ?? 0, POS: amounts.POS ?? 0, TRANSFER: amounts.TRANSFER ?? 0 };
}
async function toShiftViews(db, rows) {
  const movements = await shiftMovements(
    db,
    rows.map((r) => r.id)
  );
  return rows.map((row) => {
    const moved = movements.get(row.id);
    if (!moved) throw new Error("movements missing for a shift");
    const frozen = row.expected && row.counted ? { expected: stored(row.expected), counted: stored(row.counted) } : null;
    return {
      id: row.id,
      cashierId: row.cashierId,
      cashierName: row.cashierName,
      status: row.status,
      openingFloat: row.openingFloatMinor,
      openedAt: row.openedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      movements: moved,
      expected: frozen ? tillTotals(frozen.expected) : expectedTill(row.openingFloatMinor, moved),
      counted: frozen ? tillTotals(frozen.counted) : null,
      variance: frozen ? tillVariance(frozen.expected, frozen.counted) : null,
      note: row.closingNote
    };
  });
}

// src/modules/till/end-of-day.service.ts
function overlapping(from, to) {
  return and22(lt2(tillShifts.openedAt, to), or9(isNull5(tillShifts.closedAt), gte4(tillShifts.closedAt, from)));
}
async function buildReport(tx, date3, timeZone, now) {
  const { start, end } = localDayRange(date3, timeZone);
  const [money, lists, shiftRows] = await Promise.all([
    moneyOfDay(tx, start, end),
    listsOfDay(tx, end),
    selectShifts(tx, overlapping(start, end)).orderBy(asc11(tillShifts.openedAt), asc11(tillShifts.id))
  ]);
  return {
    date: date3,
    timeZone,
    from: start.toISOString(),
    to: end.toISOString(),
    generatedAt: now.toISOString(),
    ...money,
    shifts: await toShiftViews(tx, shiftRows),
    ...lists,
    finalised: false,
    finalisedAt: null,
    finalisedBy: null,
    finalisedByName: null
  };
}
async function storedReport(db, date3) {
  const [row] = await db.select({ report: endOfDayReports, finalisedByName: users.fullName }).from(endOfDayReports).innerJoin(users, eq41(users.id, endOfDayReports.finalisedBy)).where(eq41(endOfDayReports.reportDate, date3));
  if (!row) return null;
  return {
    ...endOfDayReportSchema.parse(row.report.snapshot),
    finalised: true,
    finalisedAt: row.report.finalisedAt.toISOString(),
    finalisedBy: row.report.finalisedBy,
    finalisedByName: row.finalisedByName
  };
}
async function getEndOfDay(db, clock, date3) {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql41`set transaction isolation level repeatable read`);
    const stored2 = await storedReport(tx, date3);
    if (stored2) return stored2;
    return buildReport(tx, date3, (await getSettings(tx)).timeZone, clock());
  });
}
async function finaliseEndOfDay(db, clock, date3, ctx) {
  const actorId = ctx.actorId;
  if (!actorId) throw new AppError("NOT_AUTHENTICATED", "Sign in to finalise a report");
  return inTransaction(db, async (tx) => {
    await lockTillDay(tx);
    const now = clock();
    const { timeZone } = await getSettings(tx);
    const today = localDateOf(now, timeZone);
    if (date3 > today) {
      throw new AppError("UNPROCESSABLE", `${date3} has not started yet in the clinic's time zone`, { today });
    }
    if (await storedReport(tx, date3)) {
      throw new AppError("IMMUTABLE_RECORD", `The end-of-day report for ${date3} is already finalised`);
    }
    const { start, end } = localDayRange(date3, timeZone);
    const open2 = await tx.select({ id: tillShifts.id }).from(tillShifts).where(and22(overlapping(start, end), eq41(tillShifts.status, "OPEN")));
    if (open2.length > 0) {
      throw new AppError("SHIFTS_STILL_OPEN", "Close every shift of the day before finalising it", {
        shiftIds: open2.map((s) => s.id)
      });
    }
    const report = await buildReport(tx, date3, timeZone, now);
    const [row] = await tx.insert(endOfDayReports).values({ reportDate: date3, timeZone, snapshot: report, finalisedBy: actorId, finalisedAt: now }).onConflictDoNothing().returning({ date: endOfDayReports.reportDate });
    if (!row)
      throw new AppError("IMMUTABLE_RECORD", `The end-of-day report for ${date3} is already finalised`);
    await recordAudit(tx, ctx, {
      action: "report.end_of_day.finalise",
      entityType: "end_of_day_report",
      entityId: date3,
      metadata: {
        date: date3,
        net: report.totals.net,
        outstanding: report.outstanding.total,
        revenueLeaks: report.revenueLeaks.count
      }
    });
    const stored2 = await storedReport(tx, date3);
    if (!stored2) throw new Error("finalised report not readable");
    return stored2;
  });
}

// src/modules/till/shifts.service.ts
import { and as and23, desc as desc5, eq as eq42, gte as gte5, lt as lt3, sql as sql42 } from "drizzle-orm";
async function viewOf(db, where) {
  const rows = await selectShifts(db, where);
  const [view3] = await toShiftViews(db, rows);
  return view3 ?? null;
}
async function openShift(db, clock, cashierId, openingFloat, ctx) {
  const id = await inTransaction(db, async (tx) => {
    await lockTillDay(tx);
    const now = clock();
    const today = localDateOf(now, (await getSettings(tx)).timeZone);
    const [finalised] = await tx.select({ date: endOfDayReports.reportDate }).from(endOfDayReports).where(eq42(endOfDayReports.reportDate, today));
    if (finalised) {
      throw new AppError(
        "DAY_FINALISED",
        `The end-of-day report for ${today} is finalised; no new shift today`,
        {
          date: today
        }
      );
    }
    const [row] = await tx.insert(tillShifts).values({ cashierId, openingFloatMinor: openingFloat, openedAt: now }).onConflictDoNothing().returning({ id: tillShifts.id });
    if (!row) {
      const [open2] = await tx.select({ id: tillShifts.id }).from(tillShifts).where(and23(eq42(tillShifts.cashierId, cashierId), eq42(tillShifts.status, "OPEN")));
      throw new AppError("SHIFT_ALREADY_OPEN", "You already have an open shift; close it first", {
        shiftId: open2?.id
      });
    }
    await recordAudit(tx, ctx, {
      action: "till.shift.open",
      entityType: "till_shift",
      entityId: row.id,
      metadata: { openingFloat }
    });
    return row.id;
  });
  const view3 = await viewOf(db, eq42(tillShifts.id, id));
  if (!view3) throw notFound("Shift");
  return view3;
}
async function currentShift(db, cashierId) {
  const view3 = await viewOf(
    db,
    and23(eq42(tillShifts.cashierId, cashierId), eq42(tillShifts.status, "OPEN"))
  );
  if (!view3) throw new AppError("NOT_FOUND", "You have no open shift");
  return view3;
}
async function closeShift(db, clock, cashierId, request, ctx) {
  const id = await inTransaction(db, async (tx) => {
    const [shift] = await tx.select().from(tillShifts).where(and23(eq42(tillShifts.cashierId, cashierId), eq42(tillShifts.status, "OPEN"))).for("update");
    if (!shift) throw new AppError("SHIFT_NOT_OPEN", "You have no open shift to close");
    const moved = (await shiftMovements(tx, [shift.id])).get(shift.id);
    if (!moved) throw new Error("movements missing for the shift");
    const { total: expectedTotal, ...expected } = expectedTill(shift.openingFloatMinor, moved);
    const variance = tillVariance(expected, request.counted);
    await tx.update(tillShifts).set({
      status: "CLOSED",
      closedAt: clock(),
      expected,
      counted: request.counted,
      varianceMinor: variance.total,
      closingNote: request.note ?? null
    }).where(eq42(tillShifts.id, shift.id));
    await recordAudit(tx, ctx, {
      action: "till.shift.close",
      entityType: "till_shift",
      entityId: shift.id,
      // Audit metadata is flat: totals and the per-method variance are what a reviewer looks for.
      metadata: {
        expected: expectedTotal,
        counted: variance.total + expectedTotal,
        variance: variance.total,
        varianceCash: variance.CASH,
        variancePos: variance.POS,
        varianceTransfer: variance.TRANSFER
      }
    });
    return shift.id;
  });
  const view3 = await viewOf(db, eq42(tillShifts.id, id));
  if (!view3) throw notFound("Shift");
  return view3;
}
async function listShifts(db, caller, query) {
  const reviewer = can(caller.roles, "till.review");
  if (!reviewer && query.cashierId !== void 0 && query.cashierId !== caller.userId) {
    throw new AppError("FORBIDDEN", "You may list only your own shifts");
  }
  const cashierId = reviewer ? query.cashierId : caller.userId;
  const conditions = [];
  if (cashierId) conditions.push(eq42(tillShifts.cashierId, cashierId));
  if (query.from) conditions.push(gte5(tillShifts.openedAt, query.from));
  if (query.to) conditions.push(lt3(tillShifts.openedAt, query.to));
  if (query.status) conditions.push(eq42(tillShifts.status, query.status));
  const where = conditions.length > 0 ? and23(...conditions) : void 0;
  const [rows, [count4]] = await Promise.all([
    selectShifts(db, where).orderBy(desc5(tillShifts.openedAt), desc5(tillShifts.id)).limit(query.pageSize).offset(pageOffset(query)),
    db.select({ n: sql42`count(*)::int` }).from(tillShifts).where(where)
  ]);
  return {
    items: await toShiftViews(db, rows),
    total: count4?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize
  };
}

// src/modules/till/till.routes.ts
var tags11 = ["till"];
function callerOf(request) {
  if (!request.principal) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
  return request.principal;
}
var tillRoutes = async (app2, { db, clock }) => {
  app2.post(
    "/shifts/open",
    {
      config: { access: { roles: PERMISSIONS["till.operate"] } },
      schema: { tags: tags11, body: shiftOpenRequestSchema, response: { 201: shiftSchema } }
    },
    async (request, reply) => {
      const shift = await openShift(
        db,
        clock,
        callerOf(request).userId,
        request.body.openingFloat,
        auditContextOf(request)
      );
      return reply.code(201).send(shift);
    }
  );
  app2.get(
    "/shifts/current",
    {
      config: { access: { roles: PERMISSIONS["till.operate"] } },
      schema: { tags: tags11, response: { 200: shiftSchema } }
    },
    async (request) => currentShift(db, callerOf(request).userId)
  );
  app2.post(
    "/shifts/close",
    {
      config: { access: { roles: PERMISSIONS["till.operate"] } },
      schema: { tags: tags11, body: shiftCloseRequestSchema, response: { 200: shiftSchema } }
    },
    async (request) => closeShift(db, clock, callerOf(request).userId, request.body, auditContextOf(request))
  );
  app2.get(
    "/shifts",
    {
      config: { access: { roles: [...PERMISSIONS["till.operate"], ...PERMISSIONS["till.review"]] } },
      schema: { tags: tags11, querystring: shiftListQuerySchema, response: { 200: pageSchema(shiftSchema) } }
    },
    async (request) => listShifts(db, callerOf(request), request.query)
  );
  app2.get(
    "/reports/end-of-day",
    {
      config: { access: { roles: PERMISSIONS["reports.read"] } },
      schema: { tags: tags11, querystring: endOfDayQuerySchema, response: { 200: endOfDayReportSchema } }
    },
    async (request) => getEndOfDay(db, clock, request.query.date)
  );
  app2.post(
    "/reports/end-of-day/finalise",
    {
      config: { access: { roles: PERMISSIONS["reports.finalise"] } },
      schema: { tags: tags11, body: endOfDayFinaliseRequestSchema, response: { 201: endOfDayReportSchema } }
    },
    async (request, reply) => {
      const report = await finaliseEndOfDay(db, clock, request.body.date, auditContextOf(request));
      return reply.code(201).send(report);
    }
  );
};

// src/modules/worklists/worklists.service.ts
import { and as and24, asc as asc12, desc as desc6, eq as eq44, gte as gte6, inArray as inArray6, isNull as isNull6, lt as lt4, ne as ne2, or as or10 } from "drizzle-orm";

// src/modules/visits/visit-items.ts
import { eq as eq43, sql as sql43 } from "drizzle-orm";
async function pageOfVisitItems(db, where, orderBy, page) {
  const [rows, [count4]] = await Promise.all([
    db.select({
      visit: {
        id: visits.id,
        number: visits.number,
        patientId: visits.patientId,
        type: visits.type,
        payer: visits.payer,
        emergency: visits.emergency,
        status: visits.status,
        paymentStatus: visits.paymentStatus,
        outstanding: visits.outstandingMinor,
        assignedDoctorId: visits.assignedDoctorId,
        openedAt: visits.openedAt,
        closedAt: visits.closedAt
      },
      firstName: patients.firstName,
      middleName: patients.middleName,
      lastName: patients.lastName,
      mrn: patients.mrn,
      doctorName: users.fullName,
      consultationStatus: consultations.status
    }).from(visits).innerJoin(patients, eq43(patients.id, visits.patientId)).leftJoin(users, eq43(users.id, visits.assignedDoctorId)).leftJoin(consultations, eq43(consultations.visitId, visits.id)).where(where).orderBy(...orderBy, visits.id).limit(page.pageSize).offset(pageOffset(page)),
    db.select({ n: sql43`count(*)::int` }).from(visits).leftJoin(consultations, eq43(consultations.visitId, visits.id)).where(where)
  ]);
  const items = rows.map(
    (r) => ({
      ...r.visit,
      patientName: [r.firstName, r.middleName, r.lastName].filter(Boolean).join(" "),
      mrn: r.mrn,
      paymentCleared: isCleared(r.visit.paymentStatus),
      assignedDoctorName: r.doctorName,
      consultationStatus: r.consultationStatus,
      openedAt: r.visit.openedAt.toISOString(),
      closedAt: r.visit.closedAt ? r.visit.closedAt.toISOString() : null
    })
  );
  return { items, total: count4?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

// src/modules/worklists/worklists.service.ts
var CLEARED2 = VISIT_PAYMENT_STATUSES.filter(isCleared);
var NOT_CLEARED = VISIT_PAYMENT_STATUSES.filter((s) => !isCleared(s));
async function receptionWorklist(db, now, page) {
  const { timeZone } = await getSettings(db);
  const { start, end } = localDayRange(localDateOf(now, timeZone), timeZone);
  return pageOfVisitItems(
    db,
    and24(gte6(visits.openedAt, start), lt4(visits.openedAt, end)),
    [asc12(visits.openedAt)],
    page
  );
}
async function cashierWorklist(db, page) {
  return pageOfVisitItems(
    db,
    and24(eq44(visits.status, "OPEN"), inArray6(visits.paymentStatus, NOT_CLEARED)),
    [asc12(visits.openedAt)],
    page
  );
}
async function doctorWorklist(db, query, doctorId) {
  return pageOfVisitItems(
    db,
    and24(
      eq44(visits.status, "OPEN"),
      or10(inArray6(visits.paymentStatus, CLEARED2), eq44(visits.emergency, true)),
      or10(isNull6(consultations.status), ne2(consultations.status, "COMPLETED")),
      query.mine ? eq44(visits.assignedDoctorId, doctorId) : void 0
    ),
    [desc6(visits.emergency), asc12(visits.openedAt)],
    query
  );
}

// src/modules/worklists/worklists.routes.ts
var tags12 = ["worklists"];
var response = { 200: pageSchema(visitListItemSchema) };
var worklistRoutes = async (app2, { db, clock }) => {
  app2.get(
    "/worklists/reception",
    {
      config: { access: { roles: PERMISSIONS["worklists.reception"] } },
      schema: { tags: tags12, querystring: pageQuerySchema, response }
    },
    async (request) => receptionWorklist(db, clock(), request.query)
  );
  app2.get(
    "/worklists/cashier",
    {
      config: { access: { roles: PERMISSIONS["worklists.cashier"] } },
      schema: { tags: tags12, querystring: pageQuerySchema, response }
    },
    async (request) => cashierWorklist(db, request.query)
  );
  app2.get(
    "/worklists/doctor",
    {
      config: { access: { roles: PERMISSIONS["worklists.doctor"] } },
      schema: { tags: tags12, querystring: doctorWorklistQuerySchema, response }
    },
    async (request) => {
      const doctorId = request.principal?.userId;
      if (!doctorId) throw new Error("the access layer lets only signed-in doctors here");
      return doctorWorklist(db, request.query, doctorId);
    }
  );
};

// src/modules/visits/close-visit.service.ts
import { eq as eq46 } from "drizzle-orm";

// src/modules/visits/visit-view.ts
import { eq as eq45 } from "drizzle-orm";
var iso2 = (d) => d ? d.toISOString() : null;
function insuranceView(row, provider) {
  return {
    id: row.id,
    providerId: row.providerId,
    providerCode: provider.code,
    providerName: provider.name,
    policyNumber: row.policyNumber,
    coverage: row.coverage,
    coveragePercent: row.coveragePercent,
    status: row.status,
    authorizationCode: row.authorizationCode,
    approvedAmount: row.approvedMinor,
    approvedAt: iso2(row.approvedAt),
    rejectionReason: row.rejectionReason,
    rejectedAt: iso2(row.rejectedAt),
    remittedAt: iso2(row.remittedAt),
    createdAt: row.createdAt.toISOString()
  };
}
async function readInsuranceView(db, visitId) {
  const [row] = await db.select({ cover: visitInsurance, code: hmoProviders.code, name: hmoProviders.name }).from(visitInsurance).innerJoin(hmoProviders, eq45(hmoProviders.id, visitInsurance.providerId)).where(eq45(visitInsurance.visitId, visitId));
  return row ? insuranceView(row.cover, row) : null;
}
async function readVisit(db, visitId) {
  const [row] = await db.select({ visit: visits, patient: patients, doctorName: users.fullName }).from(visits).innerJoin(patients, eq45(patients.id, visits.patientId)).leftJoin(users, eq45(users.id, visits.assignedDoctorId)).where(eq45(visits.id, visitId));
  if (!row) throw notFound("visit");
  const { visit, patient } = row;
  const billing = await readVisitBilling(db, visit);
  const insurance = await readInsuranceView(db, visitId);
  const [consultation] = await db.select({
    id: consultations.id,
    status: consultations.status,
    doctorId: consultations.doctorId,
    startedAt: consultations.startedAt,
    completedAt: consultations.completedAt
  }).from(consultations).where(eq45(consultations.visitId, visitId));
  return {
    id: visit.id,
    number: visit.number,
    patientId: visit.patientId,
    patient: {
      id: patient.id,
      mrn: patient.mrn,
      firstName: patient.firstName,
      middleName: patient.middleName,
      lastName: patient.lastName,
      sex: patient.sex,
      dateOfBirth: patient.dateOfBirth,
      phone: patient.phone
    },
    type: visit.type,
    payer: visit.payer,
    emergency: visit.emergency,
    emergencyReason: visit.emergencyReason,
    assignedDoctorId: visit.assignedDoctorId,
    assignedDoctorName: row.doctorName,
    chiefComplaint: visit.chiefComplaint,
    status: visit.status,
    // The stored status is what the gates decide on; every money change keeps it current.
    paymentStatus: visit.paymentStatus,
    paymentCleared: isCleared(visit.paymentStatus),
    summary: billing.result.summary,
    insurance,
    consultation: consultation ? {
      id: consultation.id,
      status: consultation.status,
      doctorId: consultation.doctorId,
      startedAt: consultation.startedAt.toISOString(),
      completedAt: iso2(consultation.completedAt)
    } : null,
    balanceDeferred: visit.deferredAt !== null,
    deferredAt: iso2(visit.deferredAt),
    deferralReason: visit.deferralReason,
    invoiceNumber: visit.invoiceNumber,
    openedAt: visit.openedAt.toISOString(),
    openedBy: visit.openedBy,
    closedAt: iso2(visit.closedAt),
    closedBy: visit.closedBy
  };
}

// src/modules/visits/close-visit.service.ts
function refusalError(refusal, outstanding) {
  switch (refusal) {
    case "VISIT_CLOSED":
      return visitClosed();
    case "CONSULTATION_REQUIRED":
      return new AppError("CONSULTATION_REQUIRED", "Complete the consultation before closing the visit");
    case "INSURANCE_PENDING":
      return new AppError("INSURANCE_PENDING", "The HMO has not yet approved or rejected the cover");
    case "OUTSTANDING_BALANCE":
      return new AppError(
        "OUTSTANDING_BALANCE",
        "The patient still owes money: take payment, or ask a cashier to defer the balance",
        { outstanding }
      );
  }
}
async function closeVisit(db, visitId, now, ctx) {
  return inTransaction(db, async (tx) => {
    const locked = await lockVisit(tx, visitId);
    if (locked.status === "CLOSED") throw visitClosed();
    const billing = await recomputeVisitBilling(tx, visitId);
    const { visit } = billing;
    const [consultation] = await tx.select({ status: consultations.status }).from(consultations).where(eq46(consultations.visitId, visitId));
    const { outstanding } = billing.result.summary;
    const refusal = closeVisitRefusal({
      status: visit.status,
      consultationCompleted: consultation?.status === "COMPLETED",
      insuranceStatus: billing.insurance?.status ?? null,
      outstanding,
      balanceDeferred: visit.deferredAt !== null
    });
    if (refusal) throw refusalError(refusal, outstanding);
    assertVisitTransition(visit.status, "CLOSED");
    await tx.update(visits).set({ status: "CLOSED", closedAt: now, closedBy: ctx.actorId, updatedAt: now }).where(eq46(visits.id, visitId));
    await recordAudit(tx, ctx, {
      action: "visit.close",
      entityType: "visit",
      entityId: visitId,
      patientId: visit.patientId,
      visitId,
      metadata: {
        paymentStatus: visit.paymentStatus,
        outstanding,
        balanceDeferred: visit.deferredAt !== null
      }
    });
    return readVisit(tx, visitId);
  });
}
async function deferBalance(db, visitId, reason, now, ctx) {
  return inTransaction(db, async (tx) => {
    const locked = await lockVisit(tx, visitId);
    if (locked.status === "CLOSED") throw visitClosed();
    const billing = await recomputeVisitBilling(tx, visitId);
    const { outstanding } = billing.result.summary;
    if (outstanding <= 0) {
      throw new AppError("CONFLICT", "Nothing is outstanding on this visit", { outstanding });
    }
    await tx.update(visits).set({ deferredAt: now, deferredBy: ctx.actorId, deferralReason: reason, updatedAt: now }).where(eq46(visits.id, visitId));
    await recordAudit(tx, ctx, {
      action: "visit.defer_balance",
      entityType: "visit",
      entityId: visitId,
      patientId: locked.patientId,
      visitId,
      metadata: { reason, outstanding, replacesEarlier: locked.deferredAt !== null }
    });
    return readVisit(tx, visitId);
  });
}

// src/modules/visits/gates.ts
import { eq as eq47 } from "drizzle-orm";
function visitIdOf(request) {
  const id = request.params.id;
  if (typeof id !== "string") throw new Error("visit gates need an :id route parameter naming a visit");
  return id;
}
async function gateVisit(db, request) {
  const [visit] = await db.select({ status: visits.status, paymentStatus: visits.paymentStatus, emergency: visits.emergency }).from(visits).where(eq47(visits.id, visitIdOf(request)));
  if (!visit) throw notFound("visit");
  return visit;
}
function visitOpenGate(db) {
  return async (request) => {
    const visit = await gateVisit(db, request);
    if (visit.status === "CLOSED") throw visitClosed();
  };
}
function paymentClearedGate(db) {
  return async (request) => {
    const decision = consultationGate(await gateVisit(db, request));
    if (!decision.allowed) throw paymentNotCleared(decision.paymentStatus);
  };
}
function registerVisitGates(app2, db) {
  app2.gates.set("visitOpen", visitOpenGate(db));
  app2.gates.set("paymentCleared", paymentClearedGate(db));
}

// src/modules/visits/open-visit.service.ts
import { and as and25, asc as asc13, eq as eq49 } from "drizzle-orm";

// src/modules/visits/hmo-provider-check.ts
import { eq as eq48 } from "drizzle-orm";
async function requireActiveProvider2(tx, providerId, path4) {
  const [provider] = await tx.select({ active: hmoProviders.active }).from(hmoProviders).where(eq48(hmoProviders.id, providerId));
  if (!provider) {
    throw new AppError("VALIDATION_FAILED", "Unknown HMO provider", [
      { path: path4, message: "no such HMO provider" }
    ]);
  }
  if (!provider.active) {
    throw new AppError("CONFLICT", "The HMO provider is inactive; the clinic no longer bills it", {
      providerId
    });
  }
}

// src/modules/visits/unique-violation.ts
function isUniqueViolation(err, constraint) {
  for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++) {
    const { code, constraint: name } = e;
    if (code === "23505") return name === constraint;
  }
  return false;
}

// src/modules/visits/open-visit.service.ts
async function findOpenVisit(db, patientId) {
  const [open2] = await db.select({ id: visits.id, number: visits.number }).from(visits).where(and25(eq49(visits.patientId, patientId), eq49(visits.status, "OPEN")));
  return open2 ?? null;
}
function visitAlreadyOpen(open2) {
  return new AppError(
    "VISIT_ALREADY_OPEN",
    "The patient already has an open visit; close it before opening another",
    open2 ? { visitId: open2.id, number: open2.number } : void 0
  );
}
async function requireActiveDoctor(tx, userId) {
  const [user] = await tx.select({ roles: users.roles, active: users.active }).from(users).where(eq49(users.id, userId));
  if (!user?.active || !user.roles.includes("DOCTOR")) {
    throw new AppError("VALIDATION_FAILED", "The assigned doctor must be an active doctor", [
      { path: "body.assignedDoctorId", message: "must be an active doctor" }
    ]);
  }
}
async function coverFor(tx, input2, today) {
  if (input2.payer === "CASH") return null;
  const cover = input2.insurance ?? await findActiveEnrolment(tx, input2.patientId, today);
  if (!cover) {
    throw new AppError(
      "VALIDATION_FAILED",
      "An HMO visit needs cover: send the insurance details, or enrol the patient with an HMO first",
      [{ path: "body.insurance", message: "required: the patient has no active HMO enrolment" }]
    );
  }
  await requireActiveProvider2(tx, cover.providerId, "body.insurance.providerId");
  return cover;
}
async function autoBilledServices(tx, firstVisit) {
  const services = await tx.select().from(serviceCatalog).where(and25(eq49(serviceCatalog.active, true), eq49(serviceCatalog.autoBill, true))).orderBy(asc13(serviceCatalog.department), asc13(serviceCatalog.code));
  return services.filter((s) => firstVisit || s.department !== "REGISTRATION");
}
async function openVisit(db, input2, now, ctx) {
  const actorId = ctx.actorId;
  if (!actorId) throw new Error("opening a visit needs a signed-in user");
  try {
    return await inTransaction(db, async (tx) => {
      const [patient] = await tx.select({ id: patients.id, archivedAt: patients.archivedAt }).from(patients).where(eq49(patients.id, input2.patientId));
      if (!patient) throw notFound("patient");
      if (patient.archivedAt) {
        throw new AppError("CONFLICT", "The patient record is archived; restore it before opening a visit");
      }
      const open2 = await findOpenVisit(tx, input2.patientId);
      if (open2) throw visitAlreadyOpen(open2);
      if (input2.assignedDoctorId) await requireActiveDoctor(tx, input2.assignedDoctorId);
      const { timeZone } = await getSettings(tx);
      const today = localDateOf(now, timeZone);
      const cover = await coverFor(tx, input2, today);
      const [earlier] = await tx.select({ id: visits.id }).from(visits).where(eq49(visits.patientId, input2.patientId)).limit(1);
      const number = await nextDocumentNumber(tx, "visit", Number(today.slice(0, 4)));
      const [visit] = await tx.insert(visits).values({
        number,
        patientId: input2.patientId,
        type: input2.type,
        payer: input2.payer,
        emergency: input2.emergency,
        emergencyReason: input2.emergencyReason ?? null,
        assignedDoctorId: input2.assignedDoctorId ?? null,
        chiefComplaint: input2.chiefComplaint ?? null,
        openedBy: actorId,
        openedAt: now,
        updatedAt: now
      }).returning();
      if (!visit) throw new Error("visit insert returned no row");
      if (cover) await tx.insert(visitInsurance).values({ visitId: visit.id, ...cover, createdBy: actorId });
      const fees = await autoBilledServices(tx, earlier === void 0);
      for (const service of fees) {
        await insertCharge(tx, { visit, service, quantity: 1, createdBy: actorId, autoBilled: true });
      }
      const billing = await recomputeVisitBilling(tx, visit.id);
      const ids = { entityType: "visit", entityId: visit.id, patientId: visit.patientId, visitId: visit.id };
      await recordAudit(tx, ctx, {
        action: "visit.open",
        ...ids,
        metadata: {
          number,
          type: visit.type,
          payer: visit.payer,
          coverFrom: cover ? input2.insurance ? "REQUEST" : "ENROLMENT" : null,
          autoBilled: fees.map((s) => s.code),
          paymentStatus: billing.paymentStatus
        }
      });
      if (visit.emergency) {
        await recordAudit(tx, ctx, {
          action: "visit.emergency",
          ...ids,
          metadata: { reason: visit.emergencyReason }
        });
      }
      return readVisit(tx, visit.id);
    });
  } catch (err) {
    if (isUniqueViolation(err, "visits_one_open_per_patient")) {
      throw visitAlreadyOpen(await findOpenVisit(db, input2.patientId));
    }
    throw err;
  }
}

// src/modules/visits/visit-insurance.service.ts
import { eq as eq50 } from "drizzle-orm";
async function lockCover(tx, visitId, options) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === "CLOSED" && !options.closedAllowed) throw visitClosed();
  const [cover] = await tx.select().from(visitInsurance).where(eq50(visitInsurance.visitId, visitId));
  if (!cover) throw notFound("HMO cover on this visit");
  return { visit, cover };
}
async function finish2(tx, ctx, visit, event) {
  const billing = await recomputeVisitBilling(tx, visit.id);
  const cover = await readInsuranceView(tx, visit.id);
  if (!cover) throw new Error("cover vanished inside its own transaction");
  await recordAudit(tx, ctx, {
    ...event,
    entityType: "visit_insurance",
    entityId: cover.id,
    patientId: visit.patientId,
    visitId: visit.id,
    metadata: { ...event.metadata, paymentStatus: billing.paymentStatus }
  });
  return { ...cover, visit: visitMoneyState(billing) };
}
async function attachCover(db, visitId, input2, now, ctx) {
  const actorId = ctx.actorId;
  if (!actorId) throw new Error("attaching cover needs a signed-in user");
  return inTransaction(db, async (tx) => {
    const visit = await lockVisit(tx, visitId);
    if (visit.status === "CLOSED") throw visitClosed();
    const [existing] = await tx.select({ id: visitInsurance.id, status: visitInsurance.status }).from(visitInsurance).where(eq50(visitInsurance.visitId, visitId));
    if (existing) {
      throw new AppError("CONFLICT", `The visit already has HMO cover (${existing.status})`, {
        insuranceId: existing.id,
        status: existing.status
      });
    }
    await requireActiveProvider2(tx, input2.providerId, "body.providerId");
    await tx.insert(visitInsurance).values({ visitId, ...input2, createdBy: actorId, createdAt: now, updatedAt: now });
    if (visit.payer !== "HMO") {
      await tx.update(visits).set({ payer: "HMO", updatedAt: now }).where(eq50(visits.id, visitId));
    }
    return finish2(tx, ctx, visit, {
      action: "insurance.attach",
      metadata: {
        providerId: input2.providerId,
        coverage: input2.coverage,
        coveragePercent: input2.coveragePercent,
        previousPayer: visit.payer
      }
    });
  });
}
async function approveCover(db, visitId, input2, now, ctx) {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: false });
    const billing = await readVisitBilling(tx, visit);
    const amount = input2.approvedAmount ?? defaultApprovedAmount(billing.result.summary.net, cover);
    const topUp = cover.status === "APPROVED";
    const previous = cover.approvedMinor ?? 0;
    assertInsuranceTransition(
      cover.status,
      "APPROVED",
      topUp ? { approvedAmount: { current: previous, next: amount } } : {}
    );
    await tx.update(visitInsurance).set({
      status: "APPROVED",
      authorizationCode: input2.authorizationCode,
      approvedMinor: amount,
      approvedBy: ctx.actorId,
      approvedAt: now,
      updatedAt: now
    }).where(eq50(visitInsurance.id, cover.id));
    return finish2(tx, ctx, visit, {
      action: topUp ? "insurance.top_up" : "insurance.approve",
      metadata: {
        authorizationCode: input2.authorizationCode,
        approvedAmount: amount,
        defaulted: input2.approvedAmount === void 0,
        previousAmount: topUp ? previous : null,
        previousAuthorizationCode: topUp ? cover.authorizationCode : null
      }
    });
  });
}
async function rejectCover(db, visitId, reason, now, ctx) {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: false });
    assertInsuranceTransition(cover.status, "REJECTED");
    await tx.update(visitInsurance).set({
      status: "REJECTED",
      rejectionReason: reason,
      rejectedBy: ctx.actorId,
      rejectedAt: now,
      updatedAt: now
    }).where(eq50(visitInsurance.id, cover.id));
    await tx.update(visits).set({ payer: "CASH", updatedAt: now }).where(eq50(visits.id, visitId));
    return finish2(tx, ctx, visit, {
      action: "insurance.reject",
      metadata: { reason, providerId: cover.providerId }
    });
  });
}
async function remitCover(db, visitId, input2, now, ctx) {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: true });
    if (cover.status !== "APPROVED") {
      throw new AppError("CONFLICT", `Only approved cover is remitted; this one is ${cover.status}`, {
        status: cover.status
      });
    }
    if (cover.remittedAt) {
      throw new AppError("CONFLICT", "The HMO remittance is already recorded", {
        remittedAt: cover.remittedAt.toISOString()
      });
    }
    const { hmoCovered } = (await readVisitBilling(tx, visit)).result.summary;
    if (hmoCovered === 0) {
      throw new AppError("CONFLICT", "The HMO owes nothing on this visit", { hmoCovered });
    }
    await tx.update(visitInsurance).set({ remittedAt: now, updatedAt: now }).where(eq50(visitInsurance.id, cover.id));
    return finish2(tx, ctx, visit, {
      action: "insurance.remit",
      metadata: { amount: hmoCovered, reference: input2.reference ?? null }
    });
  });
}

// src/modules/visits/visit-insurance.routes.ts
var tags13 = ["visits", "hmo"];
var access2 = { roles: PERMISSIONS["hmo.authorise"], gates: ["visitOpen"] };
var response2 = { 200: visitInsuranceChangedSchema };
var visitInsuranceRoutes = async (app2, { db, clock }) => {
  app2.post(
    "/visits/:id/insurance",
    {
      config: { access: access2 },
      schema: {
        tags: tags13,
        params: visitIdParamsSchema,
        body: insuranceCoverSchema,
        response: { 201: visitInsuranceChangedSchema }
      }
    },
    async (request, reply) => {
      const cover = await attachCover(db, request.params.id, request.body, clock(), auditContextOf(request));
      return reply.code(201).send(cover);
    }
  );
  app2.post(
    "/visits/:id/insurance/approve",
    {
      config: { access: access2 },
      schema: { tags: tags13, params: visitIdParamsSchema, body: insuranceApproveRequestSchema, response: response2 }
    },
    async (request) => approveCover(db, request.params.id, request.body, clock(), auditContextOf(request))
  );
  app2.post(
    "/visits/:id/insurance/reject",
    {
      config: { access: access2 },
      schema: { tags: tags13, params: visitIdParamsSchema, body: insuranceRejectRequestSchema, response: response2 }
    },
    async (request) => rejectCover(db, request.params.id, request.body.reason, clock(), auditContextOf(request))
  );
  app2.post(
    "/visits/:id/insurance/remit",
    {
      config: { access: { roles: PERMISSIONS["hmo.authorise"] } },
      schema: { tags: tags13, params: visitIdParamsSchema, body: insuranceRemitRequestSchema, response: response2 }
    },
    async (request) => remitCover(db, request.params.id, request.body, clock(), auditContextOf(request))
  );
};

// src/modules/visits/visit-read.service.ts
import { and as and26, desc as desc7, eq as eq51, gte as gte7, lt as lt5 } from "drizzle-orm";
async function viewVisit(db, visitId, ctx) {
  return inTransaction(db, async (tx) => {
    const visit = await readVisit(tx, visitId);
    await recordAudit(tx, ctx, {
      action: "visit.view",
      entityType: "visit",
      entityId: visit.id,
      patientId: visit.patientId,
      visitId: visit.id
    });
    return visit;
  });
}
async function listVisits(db, query) {
  const conditions = [];
  if (query.status) conditions.push(eq51(visits.status, query.status));
  if (query.paymentStatus) conditions.push(eq51(visits.paymentStatus, query.paymentStatus));
  if (query.patientId) conditions.push(eq51(visits.patientId, query.patientId));
  if (query.doctorId) conditions.push(eq51(visits.assignedDoctorId, query.doctorId));
  if (query.date) {
    const { timeZone } = await getSettings(db);
    const { start, end } = localDayRange(query.date, timeZone);
    conditions.push(gte7(visits.openedAt, start), lt5(visits.openedAt, end));
  }
  return pageOfVisitItems(db, and26(...conditions), [desc7(visits.openedAt)], query);
}

// src/modules/visits/visits.routes.ts
var tags14 = ["visits"];
var visitRoutes = async (app2, deps) => {
  const { db, clock } = deps;
  registerVisitGates(app2, db);
  app2.post(
    "/visits",
    {
      config: { access: { roles: PERMISSIONS["visits.open"] } },
      schema: { tags: tags14, body: openVisitRequestSchema, response: { 201: visitSchema } }
    },
    async (request, reply) => {
      const visit = await openVisit(db, request.body, clock(), auditContextOf(request));
      return reply.code(201).send(visit);
    }
  );
  app2.get(
    "/visits",
    {
      config: { access: { roles: PERMISSIONS["visits.read"] } },
      schema: { tags: tags14, querystring: visitListQuerySchema, response: { 200: pageSchema(visitListItemSchema) } }
    },
    async (request) => listVisits(db, request.query)
  );
  app2.get(
    "/visits/:id",
    {
      config: { access: { roles: PERMISSIONS["visits.read"] } },
      schema: { tags: tags14, params: visitIdParamsSchema, response: { 200: visitSchema } }
    },
    async (request) => viewVisit(db, request.params.id, auditContextOf(request))
  );
  app2.post(
    "/visits/:id/close",
    {
      config: { access: { roles: PERMISSIONS["visits.close"], gates: ["visitOpen"] } },
      schema: { tags: tags14, params: visitIdParamsSchema, response: { 200: visitSchema } }
    },
    async (request) => closeVisit(db, request.params.id, clock(), auditContextOf(request))
  );
  app2.post(
    "/visits/:id/defer-balance",
    {
      config: { access: { roles: PERMISSIONS["visits.defer"], gates: ["visitOpen"] } },
      schema: {
        tags: tags14,
        params: visitIdParamsSchema,
        body: deferBalanceRequestSchema,
        response: { 200: visitSchema }
      }
    },
    async (request) => deferBalance(db, request.params.id, request.body.reason, clock(), auditContextOf(request))
  );
  await app2.register(visitInsuranceRoutes, deps);
  await app2.register(worklistRoutes, deps);
};

// src/modules/wallet/wallet.routes.ts
import { z as z41 } from "zod";

// src/modules/wallet/wallet-deposit.service.ts
import { eq as eq53 } from "drizzle-orm";

// src/modules/wallet/wallet-ledger.service.ts
import { count as count3, desc as desc8, eq as eq52 } from "drizzle-orm";
function walletEntryView(row, createdByName) {
  return {
    id: row.id,
    kind: row.kind,
    amount: row.amountMinor,
    balanceAfter: row.balanceAfterMinor,
    method: row.method,
    reference: row.reference,
    receiptNumber: row.receiptNumber,
    paymentId: row.paymentId,
    createdByName,
    createdAt: row.createdAt.toISOString()
  };
}
async function requirePatient2(db, patientId) {
  const [row] = await db.select({ archivedAt: patients.archivedAt }).from(patients).where(eq52(patients.id, patientId));
  if (!row) throw notFound("patient");
  return { archived: row.archivedAt !== null };
}
async function readWallet(tx, patientId, query) {
  await requirePatient2(tx, patientId);
  const [balance, [total], rows] = await Promise.all([
    walletBalance(tx, patientId),
    tx.select({ n: count3() }).from(walletEntries).where(eq52(walletEntries.patientId, patientId)),
    tx.select({ entry: walletEntries, createdByName: users.fullName }).from(walletEntries).leftJoin(users, eq52(users.id, walletEntries.createdBy)).where(eq52(walletEntries.patientId, patientId)).orderBy(desc8(walletEntries.createdAt), desc8(walletEntries.id)).limit(query.pageSize).offset(pageOffset(query))
  ]);
  return {
    patientId,
    balance,
    transactions: {
      items: rows.map((r) => walletEntryView(r.entry, r.createdByName)),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize
    }
  };
}

// src/modules/wallet/wallet-deposit.service.ts
async function depositToWallet(tx, patientId, request, actor, now) {
  const { archived } = await requirePatient2(tx, patientId);
  if (archived) throw new AppError("CONFLICT", "This patient record is archived; it takes no deposits");
  const shift = await requireOpenShift(tx, actor.userId);
  const receiptNumber = await nextDocumentNumber(tx, "receipt", await clinicYear(tx, now));
  const movement = await creditWallet(tx, {
    patientId,
    amount: request.amount,
    kind: "DEPOSIT",
    method: request.method,
    ...request.reference ? { reference: request.reference } : {},
    createdBy: actor.userId,
    shiftId: shift.id,
    receiptNumber
  });
  await recordAudit(tx, actor.ctx, {
    action: "wallet.deposit",
    entityType: "wallet_entry",
    entityId: movement.entryId,
    patientId,
    metadata: {
      receiptNumber,
      method: request.method,
      amount: request.amount,
      balanceAfter: movement.balanceAfter
    }
  });
  const [row] = await tx.select({ entry: walletEntries, createdByName: users.fullName }).from(walletEntries).leftJoin(users, eq53(users.id, walletEntries.createdBy)).where(eq53(walletEntries.id, movement.entryId));
  if (!row) throw new Error("wallet entry vanished inside its own transaction");
  return {
    entry: walletEntryView(row.entry, row.createdByName),
    balance: movement.balanceAfter,
    receiptNumber
  };
}

// src/modules/wallet/wallet.routes.ts
var tags15 = ["wallet"];
var patientParams = z41.object({ id: z41.uuid() });
var idempotencyHeaders3 = z41.object({ "idempotency-key": z41.string().optional() });
var walletRoutes = async (app2, { db, clock }) => {
  app2.get(
    "/patients/:id/wallet",
    {
      config: { access: { roles: PERMISSIONS["wallet.read"] } },
      schema: {
        tags: tags15,
        params: patientParams,
        querystring: pageQuerySchema,
        response: { 200: walletViewSchema }
      }
    },
    async (request) => inTransaction(db, (tx) => readWallet(tx, request.params.id, request.query))
  );
  app2.post(
    "/patients/:id/wallet",
    {
      config: { access: { roles: PERMISSIONS["wallet.deposit"] } },
      schema: {
        tags: tags15,
        params: patientParams,
        headers: idempotencyHeaders3,
        body: walletDepositRequestSchema,
        response: { 201: walletDepositCreatedSchema }
      }
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result2 = await runIdempotent(
        db,
        request,
        201,
        (tx) => depositToWallet(tx, request.params.id, request.body, actor, clock())
      );
      markReplay(reply, result2.replayed);
      return reply.code(201).send(result2.body);
    }
  );
};

// src/http/access.ts
var UNDECLARED_PREFIXES = ["/api/docs"];
function isApiRoute(url) {
  return url === "/api" || url.startsWith("/api/");
}
function needsDeclaration(url) {
  return isApiRoute(url) && !UNDECLARED_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`));
}
function registerAccessControl(app2, authenticate) {
  app2.decorate("routeTable", []);
  app2.decorate("gates", /* @__PURE__ */ new Map());
  app2.decorateRequest("principal", null);
  app2.addHook("onRoute", (route) => {
    const access3 = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app2.routeTable.push({ method, url: route.url, access: access3 });
    if (needsDeclaration(route.url) && !access3) {
      throw new Error(`Route ${methods.join(",")} ${route.url} declares no access; add config.access`);
    }
    const gates = access3 && "roles" in access3 ? access3.gates ?? [] : [];
    if (gates.length > 0) {
      const existing = route.preHandler ? [route.preHandler].flat() : [];
      route.preHandler = [...existing, ...gates.map((name) => runGate(app2, name))];
    }
  });
  app2.addHook("onRequest", async (request) => {
    const access3 = request.routeOptions.config.access;
    if (!access3 || "public" in access3) return;
    const principal = await authenticate(request);
    if (!principal) throw new AppError("NOT_AUTHENTICATED", "Sign in to continue");
    request.principal = principal;
    if (!access3.roles.some((r) => principal.roles.includes(r))) {
      throw new AppError("FORBIDDEN", "Your role does not allow this");
    }
    if (principal.mustChangePassword && !access3.allowWithTemporaryPassword) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED", "Change your temporary password first");
    }
    if (principal.mfaEnrolmentRequired && !access3.allowDuringMfaEnrolment) {
      throw new AppError("MFA_ENROLMENT_REQUIRED", "Set up two-factor authentication first");
    }
  });
}
function runGate(app2, name) {
  return async (request) => {
    const gate = app2.gates.get(name);
    if (!gate) throw new Error(`gate "${name}" is declared but not registered`);
    await gate(request);
  };
}

// src/http/logger.ts
var REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.newPassword",
  "*.currentPassword",
  "*.token",
  "*.accessToken",
  "*.refreshToken",
  "*.totp",
  "*.recoveryCode",
  "*.secret",
  "*.nationalId",
  "*.phone",
  "*.email",
  "*.firstName",
  "*.lastName",
  "*.middleName",
  "*.dateOfBirth",
  "*.policyNumber"
];
function pathOnly(url) {
  if (!url) return "/";
  const q = url.indexOf("?");
  return q === -1 ? url : `${url.slice(0, q)}?[redacted]`;
}
function loggerOptions(config2, stream) {
  if (config2.logLevel === "silent") return false;
  return {
    ...stream ? { stream } : {},
    level: config2.logLevel,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: {
      req: (req) => ({
        id: req.id,
        method: req.method,
        url: pathOnly(req.url),
        ip: req.ip
      })
    }
  };
}

// src/http/request-id.ts
import { randomUUID } from "node:crypto";
var SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;
function requestId(req) {
  const incoming = req.headers["x-request-id"];
  return typeof incoming === "string" && SAFE_ID.test(incoming) ? incoming : randomUUID();
}

// src/http/security.ts
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";

// src/http/path-guard.ts
function isMaliciousTarget(rawUrl) {
  let current = rawUrl;
  for (let round = 0; round < 4; round++) {
    if (/\0/.test(current)) return true;
    const normalised = current.replaceAll("\\", "/");
    if (/(^|[/?&=])\.\.(\/|$|[?&#])/.test(normalised)) return true;
    let decoded;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return round === 0;
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return true;
}

// src/http/security.ts
var ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
function contentSecurityPolicy(production) {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", "data:", "blob:"],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    ...production ? { upgradeInsecureRequests: [] } : {}
  };
}
var PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
async function registerSecurity(app2, config2) {
  await app2.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config2.isProduction) },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    // HSTS only when served over TLS in production; on plain-HTTP development it would pin localhost.
    strictTransportSecurity: config2.isProduction ? { maxAge: 31536e3, includeSubDomains: true, preload: true } : false,
    hidePoweredBy: true
  });
  app2.addHook("onRequest", async (_request, reply) => {
    reply.header("permissions-policy", PERMISSIONS_POLICY);
  });
  app2.addHook("onRequest", async (request, reply) => {
    if (isMaliciousTarget(request.raw.url ?? "/")) {
      return sendError(reply, 400, "MALFORMED_PATH", "The request path is not allowed");
    }
    if (!ALLOWED_METHODS.includes(request.method)) {
      reply.header("allow", ALLOWED_METHODS.join(", "));
      return sendError(reply, 405, "METHOD_NOT_ALLOWED", `Method ${request.method} is not allowed`);
    }
  });
  await app2.register(cors, {
    // No origins configured means no cross-origin access at all (same-origin web app only).
    origin: config2.corsOrigins.length > 0 ? config2.corsOrigins : false,
    credentials: true,
    methods: [...ALLOWED_METHODS],
    allowedHeaders: ["Content-Type", "Authorization", "Idempotency-Key", "X-CSRF-Token", "X-Request-Id"],
    exposedHeaders: ["X-Request-Id", "Retry-After", "RateLimit-Remaining", "RateLimit-Reset"],
    maxAge: 600
  });
}

// src/http/web-app.ts
import { existsSync as existsSync3 } from "node:fs";
import path3 from "node:path";
import fastifyStatic from "@fastify/static";
var ALWAYS_REVALIDATE = /* @__PURE__ */ new Set(["index.html", "sw.js", "registerSW.js", "manifest.webmanifest"]);
async function registerWebApp(app2, distDir) {
  const hasBuild = existsSync3(path3.join(distDir, "index.html"));
  if (hasBuild) {
    await app2.register(fastifyStatic, {
      root: distDir,
      wildcard: true,
      index: "index.html",
      // The dist tree is ours; never list or follow anything outside it.
      allowedPath: (pathName) => !pathName.includes("\0"),
      setHeaders: (res, filePath) => {
        const name = path3.basename(filePath);
        if (ALWAYS_REVALIDATE.has(name)) res.header("cache-control", "no-cache");
        else if (filePath.includes(`${path3.sep}assets${path3.sep}`)) {
          res.header("cache-control", "public, max-age=31536000, immutable");
        } else res.header("cache-control", "public, max-age=3600");
      }
    });
  }
  app2.setNotFoundHandler((request, reply) => {
    const url = request.raw.url ?? "/";
    const wantsPage = (request.method === "GET" || request.method === "HEAD") && !isApiRoute(url.split("?")[0] ?? "/");
    if (hasBuild && wantsPage) {
      return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
    }
    return sendError(reply, 404, "NOT_FOUND", "No such resource");
  });
}

// src/http/app.ts
function trustProxyOption(value) {
  return typeof value === "number" ? (_address, hop) => hop < value : value;
}
async function buildApp({
  config: config2,
  database: database2,
  authenticate,
  clock = systemClock,
  logStream
}) {
  const app2 = Fastify({
    logger: loggerOptions(config2, logStream),
    genReqId: requestId,
    trustProxy: trustProxyOption(config2.trustProxy),
    bodyLimit: config2.bodyLimitBytes,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
    forceCloseConnections: "idle"
  });
  app2.setValidatorCompiler(validatorCompiler);
  app2.setSerializerCompiler(serializerCompiler);
  app2.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  registerErrorHandler(app2);
  await registerSecurity(app2, config2);
  const identity = createIdentity({ db: database2.db, config: config2, clock });
  registerAccessControl(app2, authenticate ?? identity.authenticate);
  await app2.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Modern EMR API", version: "1" },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
      security: [{ bearer: [] }]
    },
    transform: jsonSchemaTransform
  });
  await app2.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: false });
  await app2.register(healthRoutes, { prefix: "/api", database: database2 });
  await app2.register(
    async (v1) => {
      await v1.register(settingsRoutes, { db: database2.db });
      await v1.register(catalogRoutes, { db: database2.db });
      await v1.register(auditRoutes, { db: database2.db });
      await v1.register(authRoutes, { identity });
      await v1.register(usersRoutes, { identity });
      await v1.register(patientPortalRoutes, { db: database2.db });
      const deps = { db: database2.db, config: config2, clock };
      await v1.register(patientRecordRoutes, deps);
      await v1.register(hmoRoutes, deps);
      await v1.register(visitRoutes, deps);
      await v1.register(consultationRoutes, deps);
      await v1.register(billingRoutes, deps);
      await v1.register(onlinePaymentRoutes, deps);
      await v1.register(walletRoutes, deps);
      await v1.register(tillRoutes, deps);
      await v1.register(documentRoutes, deps);
    },
    { prefix: "/api/v1" }
  );
  await registerWebApp(app2, config2.webDistDir ?? DEFAULT_WEB_DIST);
  return app2;
}

// src/seed/demo-users.ts
var DEMO_USERS = [
  { username: "admin", fullName: "Adaeze Okafor (Admin)", role: "ADMIN" },
  { username: "reception", fullName: "Bola Adeyemi (Reception)", role: "RECEPTIONIST" },
  { username: "cashier", fullName: "Chinedu Eze (Cashier)", role: "CASHIER" },
  { username: "doctor", fullName: "Dr. Funmi Balogun", role: "DOCTOR" },
  { username: "nurse", fullName: "Ngozi Nwosu (Nurse)", role: "NURSE" },
  { username: "lab", fullName: "Kunle Ajayi (Lab)", role: "LAB_TECH" },
  { username: "radiology", fullName: "Halima Bello (Radiology)", role: "RADIOLOGY_TECH" },
  { username: "pharmacy", fullName: "Tunde Oladipo (Pharmacy)", role: "PHARMACIST" }
];

// src/seed/starter-catalog.ts
var naira = (n) => n * 100;
var STARTER_CATALOG = [
  {
    code: "REG-NEW",
    name: "Registration (new patient)",
    department: "REGISTRATION",
    workflowType: "REGISTRATION_FEE",
    price: naira(2e3),
    requiresVisit: true,
    requiresConsultation: false,
    autoBill: true,
    billTiming: "BEFORE",
    orderableBy: ["RECEPTIONIST"],
    active: true
  },
  {
    code: "CONS-GP",
    name: "General consultation",
    department: "CONSULTATION",
    workflowType: "CONSULTATION_FEE",
    price: naira(5e3),
    requiresVisit: true,
    requiresConsultation: false,
    autoBill: true,
    billTiming: "BEFORE",
    orderableBy: ["RECEPTIONIST"],
    active: true
  },
  {
    code: "CONS-SPEC",
    name: "Specialist consultation",
    department: "CONSULTATION",
    workflowType: "CONSULTATION_FEE",
    price: naira(1e4),
    requiresVisit: true,
    requiresConsultation: false,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["RECEPTIONIST"],
    active: true
  },
  {
    code: "LAB-FBC",
    name: "Full blood count",
    department: "LAB",
    workflowType: "LAB_TEST",
    price: naira(4500),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "LAB-MP",
    name: "Malaria parasite (microscopy)",
    department: "LAB",
    workflowType: "LAB_TEST",
    price: naira(2e3),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "LAB-FBS",
    name: "Fasting blood sugar",
    department: "LAB",
    workflowType: "LAB_TEST",
    price: naira(1500),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "LAB-UA",
    name: "Urinalysis",
    department: "LAB",
    workflowType: "LAB_TEST",
    price: naira(1500),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "RAD-CXR",
    name: "Chest X-ray (PA view)",
    department: "RADIOLOGY",
    workflowType: "RADIOLOGY_STUDY",
    price: naira(12e3),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "RAD-USS-ABD",
    name: "Abdominal ultrasound",
    department: "RADIOLOGY",
    workflowType: "RADIOLOGY_STUDY",
    price: naira(15e3),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "DRUG-PCM500",
    name: "Paracetamol 500 mg tablet",
    department: "PHARMACY",
    workflowType: "DRUG",
    price: naira(50),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "DRUG-AMOX500",
    name: "Amoxicillin 500 mg capsule",
    department: "PHARMACY",
    workflowType: "DRUG",
    price: naira(150),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "DRUG-AL2080",
    name: "Artemether/lumefantrine 20/120 mg (course of 24)",
    department: "PHARMACY",
    workflowType: "DRUG",
    price: naira(2500),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "PROC-DRESS",
    name: "Wound dressing",
    department: "PROCEDURE",
    workflowType: "PROCEDURE",
    price: naira(3e3),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "BEFORE",
    orderableBy: ["DOCTOR"],
    active: true
  },
  {
    code: "NURS-INJ",
    name: "Injection administration",
    department: "NURSING",
    workflowType: "NURSING_SERVICE",
    price: naira(500),
    requiresVisit: true,
    requiresConsultation: true,
    autoBill: false,
    billTiming: "AFTER",
    orderableBy: ["DOCTOR", "NURSE"],
    active: true
  }
];

// src/seed/seed.ts
async function seedDemoData(db, options) {
  const passwordHash = await hashPassword(options.demoPassword);
  return inTransaction(db, async (tx) => {
    await tx.insert(clinicSettings).values({
      id: 1,
      ...DEFAULT_CLINIC_SETTINGS,
      clinicName: "Modern EMR Demo Clinic",
      address: "12 Awolowo Road, Ikoyi, Lagos"
    }).onConflictDoNothing();
    const added = await tx.insert(serviceCatalog).values(STARTER_CATALOG.map(({ price, ...item }) => ({ ...item, priceMinor: price }))).onConflictDoNothing({ target: serviceCatalog.code }).returning({ id: serviceCatalog.id });
    const usersAdded = await tx.insert(users).values(
      DEMO_USERS.map((u) => ({
        username: u.username,
        fullName: u.fullName,
        roles: [u.role],
        passwordHash,
        mustChangePassword: false
      }))
    ).onConflictDoNothing({ target: users.username }).returning({ id: users.id });
    await tx.insert(securityPolicy).values({ id: 1, mfaRequiredRoles: [] }).onConflictDoNothing();
    return { catalogItemsAdded: added.length, usersAdded: usersAdded.length };
  });
}

// src/main.ts
var SHUTDOWN_GRACE_MS = 1e4;
function configOrExit() {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Modern EMR will not start. ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}
var config = configOrExit();
var secretKey = resolveSecretKey(config);
var database = await openDatabase(config, (err) => console.error(`database pool error: ${err.name}`));
await database.migrate();
if (config.seedDemo) await seedDemoData(database.db, { demoPassword: config.demoPassword });
var app = await buildApp({ config: { ...config, secretKey }, database });
app.log.info({ database: database.kind, production: config.isProduction }, "starting");
await app.listen({ port: config.port, host: config.host });
var stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down: no new connections, finishing requests in flight");
  const force = setTimeout(() => {
    app.log.error("requests still running after the grace period; exiting");
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  try {
    await app.close();
    await database.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ errType: err.name }, "shutdown failed");
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
