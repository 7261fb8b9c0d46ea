import { describe, expect, it } from 'vitest';
import { acceptTotp, currentTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-03-02T08:00:10Z');

  it('accepts the current code and one step either side, and refuses older ones', () => {
    const step = Math.floor(now.getTime() / 30_000);
    expect(acceptTotp(secret, currentTotp(secret, now), now, null)).toBe(step);
    const prev = new Date(now.getTime() - 30_000);
    expect(acceptTotp(secret, currentTotp(secret, prev), now, null)).toBe(step - 1);
    const old = new Date(now.getTime() - 90_000);
    expect(acceptTotp(secret, currentTotp(secret, old), now, null)).toBeNull();
  });

  it('refuses a code from a step already used', () => {
    const code = currentTotp(secret, now);
    const step = acceptTotp(secret, code, now, null);
    expect(acceptTotp(secret, code, now, step)).toBeNull();
  });

  it('makes ten distinct recovery codes that normalise without case or dash', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(normaliseRecoveryCode(' ABCDE-fghij ')).toBe('abcdefghij');
  });
});
