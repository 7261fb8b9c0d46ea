import { describe, expect, test } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  test('key order does not matter, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { y: [1, { d: 1, c: 2 }], x: null } })).toBe(
      canonicalJson({ a: { x: null, y: [1, { c: 2, d: 1 }] }, b: 1 }),
    );
  });

  test('values, array order and missing keys do matter', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 1, b: 0 }));
    // A parsed body can hold a `__proto__` key; it is data and must count like any other.
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1}}'))).not.toBe(canonicalJson({}));
  });
});
