import { assertMinor, MAX_MINOR_AMOUNT, minorDigits } from './money';

const symbolCache = new Map<string, string>();

/** The narrow symbol (₦, $, GH₵), or the ISO code where the runtime has none (KES). */
function currencySymbol(currency: string): string {
  const cached = symbolCache.get(currency);
  if (cached !== undefined) return cached;
  const parts = new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
  symbolCache.set(currency, symbol);
  return symbol;
}

const grouping = new Intl.NumberFormat('en', { maximumFractionDigits: 0, useGrouping: true });

/**
 * "₦ 12,500.00": symbol, one ordinary space, the amount with comma grouping and every minor digit.
 * The layout is fixed (not the runtime locale's) so screen, receipt and test agree; a negative
 * amount (a credit) reads "-₦ 500.00". The split into major and minor units is integer arithmetic,
 * so no amount is ever rounded through a float.
 */
export function formatMoney(minor: number, currency = 'NGN'): string {
  assertMinor(minor);
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const abs = Math.abs(minor);
  const fraction = abs % scale;
  const major = (abs - fraction) / scale;
  const sign = minor < 0 ? '-' : '';
  const decimals = digits > 0 ? `.${String(fraction).padStart(digits, '0')}` : '';
  return `${sign}${currencySymbol(currency)} ${grouping.format(major)}${decimals}`;
}

export type ParseMoneyError = 'EMPTY' | 'NEGATIVE' | 'INVALID' | 'TOO_MANY_DECIMALS' | 'TOO_LARGE';
export type ParseMoneyResult = { ok: true; minor: number } | { ok: false; error: ParseMoneyError };

// Either plain digits or correctly placed thousands commas ("12,500", not "1,25,00"), then decimals.
const MAJOR_TEXT = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;

/**
 * Reads an amount typed in major units ("12,500.50" naira) into minor units (1250050 kobo).
 * Accepts surrounding spaces, thousands commas, ".5" and "5."; refuses signs, symbols, more
 * decimals than the currency has (no silent rounding of typed money) and amounts above the
 * product's ceiling.
 */
export function parseMajorToMinor(text: string, currency = 'NGN'): ParseMoneyResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'EMPTY' };
  if (/^[-−]/.test(trimmed)) return { ok: false, error: 'NEGATIVE' };
  const match = MAJOR_TEXT.exec(trimmed);
  const whole = match?.[1];
  const decimals = match?.[2] ?? '';
  if (!match || (whole === undefined && decimals === '')) return { ok: false, error: 'INVALID' };
  const digits = minorDigits(currency);
  if (decimals.length > digits) return { ok: false, error: 'TOO_MANY_DECIMALS' };
  const minor = BigInt(`${(whole ?? '0').replaceAll(',', '')}${decimals.padEnd(digits, '0')}`);
  if (minor > BigInt(MAX_MINOR_AMOUNT)) return { ok: false, error: 'TOO_LARGE' };
  return { ok: true, minor: Number(minor) };
}
