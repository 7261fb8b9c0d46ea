/**
 * Text PostgreSQL cannot store as given. A NUL character is refused by every text column (the
 * driver fails the whole statement); a lone UTF-16 surrogate is not Unicode at all, so the driver
 * would silently store U+FFFD instead, and what was saved (and hashed into the audit chain) would
 * differ from what was sent. Both are refused at the door, naming the field.
 */
// spec: INPUT-1
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

export const UNSTORABLE_TEXT_MESSAGE =
  'contains a character that cannot be stored (NUL or a broken surrogate)';

/**
 * The path of the first string (value or object key) in a parsed JSON value that cannot be stored,
 * or undefined when all of it can.
 */
export function findUnstorableText(
  value: unknown,
  at: (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...at, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!isStorableText(key)) return [...at, key];
      const found = findUnstorableText(child, [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}
