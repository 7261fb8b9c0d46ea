/** `text` with LIKE's wildcards (% and _) and its escape character made literal: a search for "10%" means the text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An ILIKE pattern matching `text` anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/**
 * The range of strings that start with `prefix`, in byte order (text_pattern_ops, `~>=~` / `~<~`):
 * the same rows as LIKE 'prefix%', but as two parameters a prepared statement's generic plan can
 * still use a btree for. `below` is null when nothing sorts after the prefix's strings.
 */
export function prefixRange(prefix: string): { from: string; below: string | null } {
  const points = [...prefix].map((c) => c.codePointAt(0) ?? 0);
  while (points.length > 0) {
    const last = points.pop() ?? 0;
    if (last >= 0x10ffff) continue;
    // UTF-8 has no surrogates: the code point after U+D7FF is U+E000.
    points.push(last + 1 === 0xd800 ? 0xe000 : last + 1);
    return { from: prefix, below: String.fromCodePoint(...points) };
  }
  return { from: prefix, below: null };
}
