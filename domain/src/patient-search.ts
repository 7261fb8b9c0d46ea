import { normalisePhone, phoneSearchPrefixes } from './patient-phone';

/** National IDs are compared without spaces or dashes and in capitals, so "1234 5678-901" is 12345678901. */
export function normaliseNationalId(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** Typing the start of an MRN matches by prefix from this many digits; fewer is an exact number. */
export const MRN_PREFIX_MIN_DIGITS = 4;
/** An MRN is the clinic prefix and at least this many digits (MRN-000042). */
export const MRN_DIGITS = 6;

/**
 * What a search box entry can mean. An entry with a digit is an identifier (MRN, phone, national ID);
 * one without is a name, split into words that may be typed in any order.
 */
export type PatientSearchTerms =
  | { kind: 'all' }
  | { kind: 'name'; words: string[]; text: string }
  | {
      kind: 'identifier';
      mrnExact: string | null;
      mrnPrefix: string | null;
      phoneExact: string | null;
      phonePrefixes: string[];
      nationalId: string | null;
    };

function mrnTerms(upper: string, mrnPrefix: string): { mrnExact: string | null; mrnPrefix: string | null } {
  const rest = mrnPrefix && upper.startsWith(mrnPrefix) ? upper.slice(mrnPrefix.length) : upper;
  if (!/^\d+$/.test(rest)) return { mrnExact: null, mrnPrefix: null };
  return {
    mrnExact: `${mrnPrefix}${rest.padStart(MRN_DIGITS, '0')}`,
    mrnPrefix: rest.length >= MRN_PREFIX_MIN_DIGITS ? `${mrnPrefix}${rest}` : null,
  };
}

/**
 * Reads one search box entry: "chioma oka" (name words, any order), "MRN-000123", "mrn-0001" or
 * "123" (MRN exact, or by prefix from four digits), "0803 123 4567" or "+234803…" (phone in E.164,
 * by prefix from six national digits) and "12345678901" (national ID, exact).
 * A name needs two letters; a shorter entry matches nothing rather than everyone.
 */
export function interpretSearch(
  q: string | undefined,
  settings: { mrnPrefix: string; phoneRegion: string },
): PatientSearchTerms {
  const text = (q ?? '').trim();
  if (text === '') return { kind: 'all' };
  if (/\d/.test(text)) {
    const nationalId = normaliseNationalId(text);
    return {
      kind: 'identifier',
      ...mrnTerms(text.toUpperCase().replace(/\s/g, ''), settings.mrnPrefix),
      // Only digits and phone punctuation can be a phone, so an MRN ("MRN-…") skips the phone parse,
      // the costliest step of reading an entry on the front desk's most frequent request.
      phoneExact: /^\+?[0-9 ()./-]+$/.test(text) ? normalisePhone(text, settings.phoneRegion) : null,
      phonePrefixes: phoneSearchPrefixes(text, settings.phoneRegion),
      nationalId: /^[A-Z0-9]{4,30}$/.test(nationalId) ? nationalId : null,
    };
  }
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}\p{M}'.-]+/gu) ?? [];
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return {
    kind: 'name',
    words: letters.length >= 2 ? words : [],
    text: words.join(' '),
  };
}
