import { createHash } from 'node:crypto';

/** The content a row's hash covers, in a fixed order; null and missing are the same. */
export interface HashedContent {
  createdAt: Date;
  actorId: string | null;
  actorRoles: readonly string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  patientId: string | null;
  visitId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  metadata: Record<string, unknown>;
}

/** The hash before the first row: a fixed anchor so the first row is chained too. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so jsonb's own key reordering never changes a hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function chainHash(previousHash: string, row: HashedContent): string {
  const content = canonical([
    row.createdAt.toISOString(),
    row.actorId,
    [...row.actorRoles],
    row.action,
    row.entityType,
    row.entityId,
    row.patientId,
    row.visitId,
    row.outcome,
    row.ip,
    row.userAgent,
    row.requestId,
    row.metadata,
  ]);
  return createHash('sha256').update(previousHash).update('\n').update(content).digest('hex');
}
