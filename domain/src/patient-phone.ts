import {
  AsYouType,
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';

function regionOf(region: string): CountryCode | undefined {
  return isSupportedCountry(region) ? region : undefined;
}

/** A full phone number in E.164 (+2348031234567), reading local numbers (0803…) in `region`; null if invalid. */
export function normalisePhone(raw: string, region: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, regionOf(region));
  return parsed?.isValid() ? parsed.number : null;
}

/** Fewer national digits than this is more likely an MRN or a typo than the start of a phone number. */
export const PHONE_SEARCH_MIN_DIGITS = 6;

/** The E.164 prefix of a partly typed number, when enough of its national part is there. */
function prefixOf(typed: string, country: CountryCode): string | null {
  const typing = new AsYouType(country);
  typing.input(typed);
  const value = typing.getNumberValue();
  return value && typing.getNationalNumber().length >= PHONE_SEARCH_MIN_DIGITS ? value : null;
}

/**
 * E.164 prefixes a search box entry may be the start of: "0803 123" → +234803123 (the region's trunk
 * prefix dropped), "+234 803 123" and "00234803123" → +234803123; digits that begin with the region's
 * calling code are read both ways (234803123 → +234803123). At least PHONE_SEARCH_MIN_DIGITS digits of
 * the national number are needed, so a short entry does not match a tenth of the register.
 */
export function phoneSearchPrefixes(query: string, region: string): string[] {
  const trimmed = query.trim();
  const country = regionOf(region);
  if (!country || !/^\+?[0-9 ()./-]+$/.test(trimmed)) return [];
  const digits = trimmed.replace(/\D/g, '');
  const candidates = trimmed.startsWith('+')
    ? [`+${digits}`]
    : digits.startsWith('00')
      ? [`+${digits.slice(2)}`]
      : [digits, ...(digits.startsWith(getCountryCallingCode(country)) ? [`+${digits}`] : [])];
  const prefixes = candidates.map((c) => prefixOf(c, country)).filter((p): p is string => p !== null);
  return [...new Set(prefixes)];
}
