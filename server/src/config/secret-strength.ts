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
  return null;
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
