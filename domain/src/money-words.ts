import { assertNonNegativeMinor, MoneyError, minorDigits } from './money';

interface UnitNames {
  major: [one: string, many: string];
  minor: [one: string, many: string];
}

/** Names used on receipts. Currencies not listed read as generic "units" and "cents". */
const CURRENCY_NAMES: Record<string, UnitNames> = {
  NGN: { major: ['naira', 'naira'], minor: ['kobo', 'kobo'] },
  GHS: { major: ['cedi', 'cedis'], minor: ['pesewa', 'pesewas'] },
  KES: { major: ['shilling', 'shillings'], minor: ['cent', 'cents'] },
  UGX: { major: ['shilling', 'shillings'], minor: ['cent', 'cents'] },
  ZAR: { major: ['rand', 'rand'], minor: ['cent', 'cents'] },
  USD: { major: ['dollar', 'dollars'], minor: ['cent', 'cents'] },
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
  GBP: { major: ['pound', 'pounds'], minor: ['penny', 'pence'] },
};
const GENERIC_NAMES: UnitNames = { major: ['unit', 'units'], minor: ['cent', 'cents'] };

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Short scale; the largest safe kobo amount is about ninety trillion naira.
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const unit = n % 10;
  const tens = TENS[(n - unit) / 10] ?? '';
  return unit === 0 ? tens : `${tens}-${ONES[unit]}`;
}

function belowThousand(n: number): string {
  const rest = n % 100;
  const hundreds = (n - rest) / 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ONES[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${belowHundred(rest)}`;
}

/**
 * British usage, as on Nigerian cheques and receipts: "one hundred and five",
 * "one thousand and five", "twelve thousand five hundred".
 */
export function integerInWords(n: number): string {
  assertNonNegativeMinor(n, 'number');
  if (n === 0) return ONES[0] ?? 'zero';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = (rest - (rest % 1000)) / 1000) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    const scale = SCALES[i];
    if (scale === undefined) throw new MoneyError(`${n} is too large to write in words`);
    // The last group joins with "and" when it has no hundreds and something bigger precedes it.
    const joiner = i === 0 && group < 100 && words.length > 0 ? 'and ' : '';
    words.push(`${joiner}${belowThousand(group)}${scale ? ` ${scale}` : ''}`);
  }
  return words.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Twelve thousand five hundred naira and fifty kobo only" for 1250050 kobo. A zero major part is
 * left out when there are minor units ("One kobo only"); zero itself reads "Zero naira only".
 * Negative amounts are refused: a receipt states money received or returned, never a sign.
 */
export function amountInWords(minor: number, currency = 'NGN'): string {
  assertNonNegativeMinor(minor);
  const names = CURRENCY_NAMES[currency] ?? GENERIC_NAMES;
  const scale = 10 ** minorDigits(currency);
  const minorPart = minor % scale;
  const majorPart = (minor - minorPart) / scale;
  const name = (n: number, [one, many]: [string, string]) => `${integerInWords(n)} ${n === 1 ? one : many}`;
  const pieces: string[] = [];
  if (majorPart > 0 || minorPart === 0) pieces.push(name(majorPart, names.major));
  if (minorPart > 0) pieces.push(name(minorPart, names.minor));
  return `${capitalise(pieces.join(' and '))} only`;
}
