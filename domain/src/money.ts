/**
 * Exact arithmetic on integer minor units (kobo for NGN). Money never passes through a float:
 * every operation checks that its inputs and its result are safe integers and throws otherwise,
 * because a silently wrong total on a bill is worse than a failed request.
 */

/**
 * The largest amount any request may carry (₦10bn); sums of many such amounts stay far inside
 * Number.MAX_SAFE_INTEGER. Kept equal to the ceiling of `minorAmountSchema`.
 */
export const MAX_MINOR_AMOUNT = 1_000_000_000_000;

export class MoneyError extends RangeError {
  override name = 'MoneyError';
}

// spec: MONEY-1
export function assertMinor(value: number, label = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${label} must be a safe integer number of minor units, got ${value}`);
  }
}

export function assertNonNegativeMinor(value: number, label = 'amount'): void {
  assertMinor(value, label);
  if (value < 0) throw new MoneyError(`${label} must not be negative, got ${value}`);
}

function checked(result: number): number {
  assertMinor(result, 'result');
  return result;
}

export function addMinor(a: number, b: number): number {
  assertMinor(a);
  assertMinor(b);
  return checked(a + b);
}

export function subMinor(a: number, b: number): number {
  assertMinor(a);
  assertMinor(b);
  return checked(a - b);
}

/** A unit price times a whole quantity (a charge's amount). */
export function mulMinor(unitPrice: number, quantity: number): number {
  assertMinor(unitPrice, 'unit price');
  if (!Number.isSafeInteger(quantity))
    throw new MoneyError(`quantity must be a whole number, got ${quantity}`);
  return checked(unitPrice * quantity);
}

export function sumMinor(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total = addMinor(total, v);
  return total;
}

/**
 * `percent`% of `amount`, rounded half up to the minor unit (12.5 kobo → 13 kobo).
 * The percentage is a whole number 0–100 (HMO coverage is configured that way), and the product is
 * taken in BigInt so even the largest safe amount is exact. Callers that split an amount in two take
 * this share and derive the other by subtraction (see `splitByPercent`), so the parts always add up.
 */
export function percentOf(amount: number, percent: number): number {
  assertNonNegativeMinor(amount);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new MoneyError(`percent must be a whole number from 0 to 100, got ${percent}`);
  }
  return Number((BigInt(amount) * BigInt(percent) + 50n) / 100n);
}

/** `share` = percentOf(amount, percent); `rest` = amount − share, so share + rest === amount exactly. */
export function splitByPercent(amount: number, percent: number): { share: number; rest: number } {
  const share = percentOf(amount, percent);
  return { share, rest: amount - share };
}

const digitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (2 for NGN, 0 for JPY), from the runtime's ISO 4217 data,
 * so format, parse and words agree on what "one minor unit" is.
 */
export function minorDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  const result = digits ?? 2;
  digitsCache.set(currency, result);
  return result;
}
