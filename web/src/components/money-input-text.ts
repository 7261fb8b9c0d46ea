import { formatMoney, MAX_MINOR_AMOUNT, minorDigits, parseMajorToMinor } from '@modern-emr/domain';

export interface MoneyLimits {
  currency: string;
  required: boolean;
  /** Zero is refused unless allowed (an HMO approval of 0 means "no cover"; a payment of 0 is a slip). */
  allowZero: boolean;
  /** Inclusive ceiling in minor units, e.g. what is left to refund. */
  max?: number | undefined;
}

export type MoneyReading = { minor: number | null; problem: null } | { minor: null; problem: string };

function unitName(currency: string): string {
  return currency === 'NGN' ? 'naira' : currency;
}

/**
 * What the person typed, read as minor units, or the sentence that says what to fix. Empty text
 * is "no amount" (null) unless the field is required.
 */
export function readMoneyText(text: string, limits: MoneyLimits): MoneyReading {
  const parsed = parseMajorToMinor(text, limits.currency);
  if (!parsed.ok) {
    switch (parsed.error) {
      case 'EMPTY':
        return limits.required
          ? { minor: null, problem: 'Enter an amount.' }
          : { minor: null, problem: null };
      case 'NEGATIVE':
        return { minor: null, problem: 'Enter the amount without a minus sign.' };
      case 'TOO_MANY_DECIMALS': {
        const digits = minorDigits(limits.currency);
        return {
          minor: null,
          problem:
            digits === 0
              ? `Enter whole ${unitName(limits.currency)} only.`
              : `Use at most ${digits} decimal places.`,
        };
      }
      case 'TOO_LARGE':
        return {
          minor: null,
          problem: `The amount cannot be more than ${formatMoney(MAX_MINOR_AMOUNT, limits.currency)}.`,
        };
      case 'INVALID':
        return {
          minor: null,
          problem: `Enter an amount in ${unitName(limits.currency)}, for example 12,500.00.`,
        };
    }
  }
  if (parsed.minor === 0 && !limits.allowZero) {
    return { minor: null, problem: 'The amount must be more than zero.' };
  }
  if (limits.max !== undefined && parsed.minor > limits.max) {
    return {
      minor: null,
      problem: `The amount cannot be more than ${formatMoney(limits.max, limits.currency)}.`,
    };
  }
  return { minor: parsed.minor, problem: null };
}

/** "12,500.00": the formatted amount without its symbol, for putting back into the field. */
export function minorToMajorText(minor: number, currency: string): string {
  const formatted = formatMoney(minor, currency);
  // formatMoney's layout is fixed: symbol, one space, digits.
  return formatted.slice(formatted.indexOf(' ') + 1);
}

/** "₦" for the field's left section. */
export function currencySymbol(currency: string): string {
  const formatted = formatMoney(0, currency);
  return formatted.slice(0, formatted.indexOf(' '));
}
