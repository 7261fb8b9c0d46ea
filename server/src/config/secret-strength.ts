/**
 * Why a SECRET_KEY is unfit for production, or null when it is fit.
 * The key signs every access token, so a guessable one lets anyone mint an ADMIN session.
 */
// Words of six letters or more: a random 48-character key contains one by chance with odds near 1e-8.
const PLACEHOLDER_FRAGMENTS = [
  'change',
  'example',
  'placeholder',
  'secret',
  'password',
  'default',
  'replace',
  'insecure',
];

export const MIN_SECRET_LENGTH = 32;

export function secretKeyWeakness(key: string | undefined): string | null {
  if (!key) return 'is required in production';
  if (key.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters`;
  const lower = key.toLowerCase();
  const fragment = PLACEHOLDER_FRAGMENTS.find((f) => lower.includes(f));
  if (fragment) return `looks like a placeholder (contains "${fragment}")`;
  if (/[<>\s]/.test(key)) return 'looks like a placeholder (contains <, > or spaces)';
  if (new Set(key).size < 12 || shannonBitsPerChar(key) < 3) {
    return 'is low-entropy; generate one with `openssl rand -base64 48`';
  }
  // spec: AUTH-KEY-2 — varied enough by the counts above, yet typed rather than generated.
  if (predictableShare(key) >= TYPED_SHARE) {
    return 'looks typed (a keyboard walk, a sequence or a repeated pattern); generate one with `openssl rand -base64 48`';
  }
  return null;
}

/** Rows of a US keyboard, unshifted; shifted symbols are mapped onto them below. */
const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./'];
const SHIFTED = '~!@#$%^&*()_+{}|:"<>?';
const UNSHIFTED = "`1234567890-=[]\\;',./";
const KEY_POSITION = new Map<string, { row: number; col: number }>();
KEYBOARD_ROWS.forEach((keys, row) => {
  [...keys].forEach((k, col) => {
    KEY_POSITION.set(k, { row, col });
  });
});

/** A character as its unshifted, lower-case key, so `Qwerty`, `QWERTY` and `!@#$` walk too. */
function keyOf(ch: string): string {
  const i = SHIFTED.indexOf(ch);
  return i >= 0 ? (UNSHIFTED[i] ?? ch) : ch.toLowerCase();
}

/**
 * The same key, next in the alphabet or digits (`ab`, `98`), or a neighbouring key: along a row
 * (`qw`, `90`) or straight down or up a column (`1qaz`, `zaq1`; the digit row sits half a key right).
 */
function predictableStep(a: string, b: string): boolean {
  const [x, y] = [keyOf(a), keyOf(b)];
  if (x === y || Math.abs(x.charCodeAt(0) - y.charCodeAt(0)) === 1) return true;
  const [p, q] = [KEY_POSITION.get(x), KEY_POSITION.get(y)];
  if (p === undefined || q === undefined) return false;
  if (p.row === q.row) return Math.abs(p.col - q.col) === 1;
  const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
  return lower.row - upper.row === 1 && lower.col === upper.col - (upper.row === 0 ? 1 : 0);
}

/**
 * Refused from this share up. Over 300,000 random keys of 32 characters (hex and base64) the most
 * was 0.56; walks and sequences reach 1, a pattern repeated four times 0.75.
 */
const TYPED_SHARE = 0.6;
/** A run must be this long to count: shorter ones occur by chance in random keys. */
const MIN_RUN = 4;
const MAX_PERIOD = 16;

/**
 * The share of characters inside a walk or sequence of at least MIN_RUN characters, or inside a
 * stretch repeating the MAX_PERIOD or fewer characters before it (`Xk9!Xk9!…`).
 */
export function predictableShare(key: string): number {
  const chars = [...key];
  const covered = new Array<boolean>(chars.length).fill(false);
  const mark = (from: number, to: number) => {
    if (to - from >= MIN_RUN) covered.fill(true, from, to);
  };
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || !predictableStep(chars[i - 1] ?? '', chars[i] ?? '')) {
      mark(start, i);
      start = i;
    }
  }
  // A stretch counts from its first repeated character: the first copy of the pattern is new.
  for (let period = 1; period <= MAX_PERIOD; period++) {
    let from = -1;
    for (let i = period; i <= chars.length; i++) {
      const repeats = i < chars.length && chars[i] === chars[i - period];
      if (repeats && from < 0) from = i;
      if (!repeats && from >= 0) {
        mark(from, i);
        from = -1;
      }
    }
  }
  return chars.length === 0 ? 0 : covered.filter(Boolean).length / chars.length;
}

function shannonBitsPerChar(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
