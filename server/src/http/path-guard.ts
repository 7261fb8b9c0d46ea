/**
 * Whether a raw request target (path and query, as sent) tries directory traversal or smuggles
 * a NUL byte. Decodes up to three times so `%252e%252e%252f` is caught like `../`.
 */
export function isMaliciousTarget(rawUrl: string): boolean {
  let current = rawUrl;
  for (let round = 0; round < 4; round++) {
    if (/\0/.test(current)) return true;
    const normalised = current.replaceAll('\\', '/');
    if (/(^|[/?&=])\.\.(\/|$|[?&#])/.test(normalised)) return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      // A bad escape in what the client sent is malformed; after a decode it is just a literal "%"
      // (a search for "50%" arrives as 50%25), and that text was already checked above.
      return round === 0;
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return true; // still decoding after four rounds: deliberately obfuscated
}
