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
      return true; // a malformed escape is never a legitimate target
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return true; // still decoding after four rounds: deliberately obfuscated
}
