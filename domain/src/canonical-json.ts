/**
 * JSON with object keys sorted at every level, so two bodies that differ only in key order (as
 * different clients serialise them) fingerprint the same, and any real difference does not.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // No prototype, so a `__proto__` key is kept as data instead of being swallowed by the setter.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
