import type { VerifiedAccessToken } from './access-tokens';

/**
 * Access tokens whose signature already checked out, kept until they expire. The front desk sends
 * one search per keystroke with the same token, and re-checking an HMAC through WebCrypto was about
 * a tenth of the server's CPU per request (docs/performance.md). Only the signature check is
 * remembered: the session, the user's state and roles are still read on every request, so logout
 * and deactivation take effect at once. Oldest entries go first once `maxEntries` is reached.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedAccessToken>();

  constructor(private readonly maxEntries = 10_000) {}

  /** The verified token if it is known and has not expired at `nowMs`. */
  get(token: string, nowMs: number): VerifiedAccessToken | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.expiresAtMs > nowMs) return hit;
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, verified: VerifiedAccessToken): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, verified);
  }
}
