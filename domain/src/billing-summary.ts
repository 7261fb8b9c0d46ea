import { oldestFirst } from './charge-order';
import type { ChargeStatus } from './charge-status';
import type { CoverageType, InsuranceStatus } from './insurance-status';
import { assertNonNegativeMinor, MoneyError, percentOf, subMinor, sumMinor } from './money';

export interface BillableCharge {
  id: string;
  /** quantity × unit price, in minor units, as copied onto the charge. */
  amount: number;
  /** Only WAIVED and VOIDED are read; the money statuses are recomputed and returned. */
  status: ChargeStatus;
  createdAt: Date;
  /** Sum of the payment allocations recorded against the charge (see `allocatePayment`). */
  allocated: number;
}

export interface VisitInsurance {
  status: InsuranceStatus;
  coverage: CoverageType;
  /** PARTIAL: the HMO's whole-number percentage. FULL: ignored (always 100). */
  coveragePercent: number | null;
  /** Required when APPROVED; 0 means zero cover, never "unlimited". */
  approvedAmount: number | null;
}

export interface MoneyEntry {
  amount: number;
}

export interface BillingInput {
  charges: readonly BillableCharge[];
  /** Amounts applied to this visit (a payment's leftover that went to the wallet is not included). */
  payments: readonly MoneyEntry[];
  refunds: readonly MoneyEntry[];
  /** null for a cash visit. A REJECTED cover bills exactly like cash. */
  insurance: VisitInsurance | null;
}

/** The numbers of domain.md's billing summary, plus `net`. Only `outstanding` can be negative (credit). */
export interface BillingSummary {
  charges: number;
  waived: number;
  net: number;
  hmoCovered: number;
  hmoPending: number;
  patientShare: number;
  paid: number;
  outstanding: number;
}

export interface ChargeBilling {
  id: string;
  createdAt: Date;
  amount: number;
  /** The status to store: WAIVED/VOIDED as given, otherwise derived from what the patient paid. */
  status: ChargeStatus;
  /** Approved or awaited HMO part of this charge. */
  hmoShare: number;
  patientShare: number;
  /** The part of `paid` attributed to this charge. */
  patientPaid: number;
  /** patientShare − patientPaid: what a new payment may still allocate here. */
  patientDue: number;
  /** May the service be rendered: waived, or patient part paid and any HMO part approved. */
  settled: boolean;
}

export interface BillingResult {
  summary: BillingSummary;
  /** Every input charge, oldest first (voided ones with zero shares). */
  charges: ChargeBilling[];
}

/** FULL is 100%; PARTIAL carries its own percentage. */
export function coveragePercentOf(cover: Pick<VisitInsurance, 'coverage' | 'coveragePercent'>): number {
  if (cover.coverage === 'FULL') return 100;
  const percent = cover.coveragePercent;
  if (percent === null || !Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new MoneyError(`PARTIAL cover needs a whole-number percentage, got ${percent}`);
  }
  return percent;
}

/** The HMO's share of `net` before any approval cap; the default approved amount (domain.md). */
export function defaultApprovedAmount(
  net: number,
  cover: Pick<VisitInsurance, 'coverage' | 'coveragePercent'>,
): number {
  return percentOf(net, coveragePercentOf(cover));
}

/**
 * The HMO's part of each active charge, oldest first. Each charge gets the rounded cumulative share
 * minus the rounded share before it, so the parts add up to exactly percentOf(net) whatever the
 * rounding; the cap (an approved amount) is then used up oldest first, which is how later charges
 * "fall to the patient until a top-up authorisation raises it".
 */
function hmoShares(amounts: readonly number[], percent: number, cap: number): number[] {
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

/**
 * Spreads what the patient has paid over the charges: each charge first keeps what was allocated to
 * it (up to its patient share), oldest first while money lasts; whatever is then unattributed — money
 * freed by a top-up, by cover attached after a cash payment, or left after a refund — fills the
 * remaining dues oldest first. Refunds therefore "unpay" the newest charges first, and the charges are
 * all paid exactly when the visit's outstanding is zero or a credit.
 */
function distributePaid(shares: readonly number[], allocated: readonly number[], paid: number): number[] {
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

function moneyStatus(patientShare: number, patientPaid: number): ChargeStatus {
  if (patientPaid === 0) return 'PENDING';
  return patientPaid >= patientShare ? 'PAID' : 'PARTIALLY_PAID';
}

// spec: BILL-SUM-1, HMO-COVER-3
/**
 * THE billing computation (domain.md, "Billing summary"); nothing else may derive these numbers.
 *   charges − waived = net
 *   hmoCovered  = APPROVED ? min(approvedAmount, coverage% × net) : 0
 *   hmoPending  = PENDING  ? coverage% × net : 0
 *   patientShare = net − hmoCovered − hmoPending
 *   paid = payments − refunds;  outstanding = patientShare − paid  (negative = credit)
 * Voided charges count nowhere; waived charges count in `charges` and `waived`. coverage% × net is
 * rounded half up to the kobo once, on the visit's net, and split over the charges so every column
 * of the per-charge table adds up to its total exactly.
 */
export function computeBilling(input: BillingInput): BillingResult {
  for (const c of input.charges) {
    assertNonNegativeMinor(c.amount, `amount of charge ${c.id}`);
    assertNonNegativeMinor(c.allocated, `allocated on charge ${c.id}`);
  }
  if (new Set(input.charges.map((c) => c.id)).size !== input.charges.length) {
    throw new MoneyError('each charge may appear only once');
  }
  for (const e of [...input.payments, ...input.refunds])
    assertNonNegativeMinor(e.amount, 'payment or refund');

  const ordered = oldestFirst(input.charges);
  const counted = ordered.filter((c) => c.status !== 'VOIDED');
  const active = counted.filter((c) => c.status !== 'WAIVED');

  const charges = sumMinor(counted.map((c) => c.amount));
  const waived = sumMinor(counted.filter((c) => c.status === 'WAIVED').map((c) => c.amount));
  const net = subMinor(charges, waived);

  const insurance = input.insurance;
  const covers = insurance !== null && insurance.status !== 'REJECTED';
  const percent = covers ? coveragePercentOf(insurance) : 0;
  const hmoFull = percentOf(net, percent);
  let hmoCovered = 0;
  let hmoPending = 0;
  if (insurance?.status === 'APPROVED') {
    if (insurance.approvedAmount === null)
      throw new MoneyError('an APPROVED cover needs its approved amount');
    assertNonNegativeMinor(insurance.approvedAmount, 'approved amount');
    hmoCovered = Math.min(insurance.approvedAmount, hmoFull);
  } else if (insurance?.status === 'PENDING') {
    hmoPending = hmoFull;
  }
  const patientShare = net - hmoCovered - hmoPending;

  const paid = subMinor(
    sumMinor(input.payments.map((p) => p.amount)),
    sumMinor(input.refunds.map((r) => r.amount)),
  );
  if (paid < 0) throw new MoneyError(`refunds exceed payments by ${-paid}`);
  const outstanding = patientShare - paid;

  const hmo = hmoShares(
    active.map((c) => c.amount),
    percent,
    hmoCovered + hmoPending,
  );
  const shares = active.map((c, i) => c.amount - (hmo[i] ?? 0));
  const attributed = distributePaid(
    shares,
    active.map((c) => c.allocated),
    paid,
  );
  const approved = insurance?.status === 'APPROVED';

  const perActive = new Map<string, ChargeBilling>();
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
      settled: patientDue === 0 && (hmoShare === 0 || approved),
    });
  });

  const perCharge = ordered.map(
    (c): ChargeBilling =>
      perActive.get(c.id) ?? {
        id: c.id,
        createdAt: c.createdAt,
        amount: c.amount,
        status: c.status,
        hmoShare: 0,
        patientShare: 0,
        patientPaid: 0,
        patientDue: 0,
        settled: c.status === 'WAIVED',
      },
  );

  return {
    summary: { charges, waived, net, hmoCovered, hmoPending, patientShare, paid, outstanding },
    charges: perCharge,
  };
}
