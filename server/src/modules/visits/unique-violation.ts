/**
 * True when `err` is PostgreSQL's unique violation (23505) on the named constraint or index. Drizzle
 * wraps the driver's error, so the SQLSTATE and constraint may sit on a `cause`.
 */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return name === constraint;
  }
  return false;
}
