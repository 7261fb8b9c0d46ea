import { createHmac } from 'node:crypto';
import { canonicalJson } from '@modern-emr/domain';

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

/** The hash before the first keyed row: a fixed anchor so the first row is chained too. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Version 2: HMAC-SHA256 keyed from SECRET_KEY over canonical values. Version 1 (plain SHA-256
 * over values as typed) is only ever met on rows written before the upgrade; see docs/spec/audit-rules.md.
 */
export const AUDIT_HASH_VERSION = 2;

const UUID_DIGITS = /^[0-9a-f]{32}$/i;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Lone UTF-16 surrogates are written as U+FFFD by the driver's UTF-8 encoder, and NUL is refused
// by PostgreSQL; both are replaced before hashing so what is hashed is what is stored.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A uuid column's value as PostgreSQL prints it back: lower case, hyphenated, no braces. */
function canonicalUuid(value: string | null): string | null {
  if (value === null) return null;
  const digits = value.replace(/^\{(.*)\}$/, '$1').replaceAll('-', '');
  if (!UUID_DIGITS.test(digits)) return value; // not a uuid: the insert refuses it, nothing is hashed
  const d = digits.toLowerCase();
  return `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`;
}

function storableText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD');
}

function storableTextOrNull(value: string | null): string | null {
  return value === null ? null : storableText(value);
}

/** A JSON value with every string and key storable (jsonb keeps them as they then are). */
function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v)]));
  }
  return value;
}

/**
 * The row exactly as the database will store and return it. Written rows go through this before
 * both the INSERT and the hash, so verification re-derives the hash from what it reads back.
 */
// spec: AUDIT-CHAIN-1
export function canonicalAuditRow<T extends HashedContent>(row: T): T {
  // jsonb holds what JSON.stringify makes of the value (toJSON applied, undefined dropped, NaN null).
  const metadata = JSON.parse(JSON.stringify(row.metadata)) as unknown;
  return {
    ...row,
    // timestamptz(3) keeps milliseconds, which is all a Date holds: the instant survives as is.
    createdAt: new Date(row.createdAt.getTime()),
    actorId: canonicalUuid(row.actorId),
    actorRoles: row.actorRoles.map(storableText),
    action: storableText(row.action),
    entityType: storableTextOrNull(row.entityType),
    // entity_id is text: only an id that is a uuid is lower-cased, so the same entity reads the same.
    entityId:
      row.entityId !== null && UUID_TEXT.test(row.entityId)
        ? row.entityId.toLowerCase()
        : storableTextOrNull(row.entityId),
    patientId: canonicalUuid(row.patientId),
    visitId: canonicalUuid(row.visitId),
    outcome: storableText(row.outcome),
    ip: storableTextOrNull(row.ip),
    userAgent: storableTextOrNull(row.userAgent),
    requestId: storableTextOrNull(row.requestId),
    metadata: storableJson(metadata ?? {}) as Record<string, unknown>,
  };
}

/**
 * HMAC of the previous hash and the row's content. Without the key, which never enters the
 * database, a row edited behind the trigger cannot be given a hash that verifies.
 */
// spec: AUDIT-CHAIN-2
export function chainHash(previousHash: string, row: HashedContent, key: Buffer): string {
  const content = canonicalJson([
    AUDIT_HASH_VERSION,
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
  return createHmac('sha256', key).update(previousHash).update('\n').update(content).digest('hex');
}
