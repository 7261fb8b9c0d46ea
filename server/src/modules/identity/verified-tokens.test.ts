import { describe, expect, it } from 'vitest';
import type { VerifiedAccessToken } from './access-tokens';
import { VerifiedTokens } from './verified-tokens';

const token = (expiresAtMs: number): VerifiedAccessToken => ({
  claims: {
    sub: '00000000-0000-4000-8000-000000000001',
    sid: '00000000-0000-4000-8000-000000000002',
    tv: 0,
    roles: ['NURSE'],
  },
  expiresAtMs,
});

describe('verified access tokens', () => {
  it('are remembered until their expiry and forgotten from then on', () => {
    const cache = new VerifiedTokens();
    cache.remember('a', token(1_000));
    expect(cache.get('a', 999)?.expiresAtMs).toBe(1_000);
    expect(cache.get('a', 1_000)).toBeUndefined();
    expect(cache.get('a', 0)).toBeUndefined();
  });

  it('never grow past their bound: the oldest goes first', () => {
    const cache = new VerifiedTokens(2);
    cache.remember('a', token(10));
    cache.remember('b', token(10));
    cache.remember('c', token(10));
    expect(cache.get('a', 0)).toBeUndefined();
    expect(cache.get('b', 0)).toBeDefined();
    expect(cache.get('c', 0)).toBeDefined();
  });
});
