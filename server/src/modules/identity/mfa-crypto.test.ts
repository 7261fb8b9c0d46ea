import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from './mfa-crypto';

describe('sealed TOTP secrets', () => {
  const key = randomBytes(32);

  it('round-trip, never contain the plaintext, and differ each time', () => {
    const a = seal(key, 'JBSWY3DPEHPK3PXP');
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'JBSWY3DPEHPK3PXP')).not.toBe(a);
    expect(unseal(key, a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuse a wrong key and a tampered value', () => {
    const a = seal(key, 'JBSWY3DPEHPK3PXP');
    expect(() => unseal(randomBytes(32), a)).toThrow();
    const parts = a.split('.');
    parts[2] = Buffer.from('tampered').toString('base64url');
    expect(() => unseal(key, parts.join('.'))).toThrow();
  });
});
