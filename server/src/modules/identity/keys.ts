import { createHash, createHmac, hkdfSync } from 'node:crypto';

/**
 * Independent keys derived from SECRET_KEY, one per purpose, so a key used to sign tokens is
 * never also used to encrypt or to hash. Rotating SECRET_KEY signs everyone out and makes
 * enrolled TOTP secrets unreadable (an administrator then resets MFA for those users).
 */
export interface IdentityKeys {
  accessToken: Uint8Array;
  mfaSeal: Buffer;
  lookup: Buffer;
}

export function deriveIdentityKeys(secretKey: string): IdentityKeys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', secretKey, 'modern-emr/identity', info, 32));
  return {
    accessToken: new Uint8Array(derive('access-token/v1')),
    mfaSeal: derive('mfa-seal/v1'),
    lookup: derive('lookup-hmac/v1'),
  };
}

/** Keyed hash for short secrets and identifiers (recovery codes, usernames in the lockout table). */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('base64url');
}

/** Plain SHA-256 for 256-bit random tokens, which need neither salt nor stretching. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}
