import { createHmac, timingSafeEqual } from 'node:crypto';

/** Paystack signs each webhook with HMAC-SHA512 of the raw body under the secret key, sent as hex. */
export function paystackSignature(secretKey: string, rawBody: string): string {
  return createHmac('sha512', secretKey).update(rawBody, 'utf8').digest('hex');
}

// spec: BILL-PAY-2
/**
 * True when `signature` is the body's signature. Compared in constant time over the decoded bytes, so
 * response timing tells a forger nothing about how much of a guess was right; anything that is not a
 * 128-digit hex string is simply wrong.
 */
export function isValidPaystackSignature(secretKey: string, rawBody: string, signature: string): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  const expected = Buffer.from(paystackSignature(secretKey, rawBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
