import { describe, expect, it } from 'vitest';
import { escapeLike, prefixRange } from './like-pattern';

/** What `~>=~ from and ~<~ below` keeps, compared the way PostgreSQL's text_pattern_ops compares: by UTF-8 bytes. */
function inRange(value: string, range: { from: string; below: string | null }): boolean {
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  if (Buffer.compare(bytes(value), bytes(range.from)) < 0) return false;
  return range.below === null || Buffer.compare(bytes(value), bytes(range.below)) < 0;
}

describe('LIKE patterns', () => {
  it('make wildcards literal', () => {
    expect(escapeLike('10%_a\\b')).toBe('10\\%\\_a\\\\b');
  });

  it('give a prefix range holding exactly the strings that start with the prefix', () => {
    const values = ['oka', 'okafor', 'okb', 'ok', 'okz', 'okaé', 'ade', '+234803', '+234804', 'ọ̀kà', 'ọ̀kb'];
    for (const prefix of ['oka', 'ok', '+234803', 'ọ̀k', 'é']) {
      const range = prefixRange(prefix);
      for (const value of values)
        expect(inRange(value, range), `${value} in ${prefix}`).toBe(value.startsWith(prefix));
    }
  });

  it('carry past the last code point, and have no upper end when nothing sorts after', () => {
    expect(prefixRange('a\u{10ffff}')).toEqual({ from: 'a\u{10ffff}', below: 'b' });
    expect(prefixRange('\u{d7ff}').below).toBe('\u{e000}');
    expect(prefixRange('\u{10ffff}').below).toBeNull();
  });
});
