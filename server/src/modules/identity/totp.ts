import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Modern EMR';
const PERIOD_SECONDS = 30;

/** A new 160-bit secret, base32 (RFC 4226's recommended length for HMAC-SHA1). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export function provisioningUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

export function qrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/**
 * The time step the code belongs to when it is valid now (±1 step for clock drift), else null.
 * A step at or before `lastStep` is refused, so a code seen over a shoulder cannot be replayed.
 */
export function acceptTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const delta = totp(secret, 'check').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code, for tests and for nothing else. */
export function currentTotp(secret: string, now: Date): string {
  return totp(secret, 'check').generate({ timestamp: now.getTime() });
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Ten codes like `k3d7q-m2xpa` (50 random bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => BASE32[b & 31]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace('-', '');
}
