import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalAuditRow, chainHash, GENESIS_HASH, type HashedContent } from './audit-hash';
import { deriveAuditKeys } from './audit-keys';

const row: HashedContent = {
  createdAt: new Date('2026-11-23T10:00:00.123Z'),
  actorId: null,
  actorRoles: ['ADMIN'],
  action: 'settings.update',
  entityType: 'clinic_settings',
  entityId: '1',
  patientId: null,
  visitId: null,
  outcome: 'SUCCESS',
  ip: '127.0.0.1',
  userAgent: 'test',
  requestId: 'r1',
  metadata: { b: 1, a: [1, 2] },
};
const key = deriveAuditKeys('Tq8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJaGeUiOk7Yw').chain;
const UPPER = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11';
const LOWER = UPPER.toLowerCase();

describe('chainHash', () => {
  it('does not depend on the order jsonb returns keys in', () => {
    expect(chainHash(GENESIS_HASH, row, key)).toBe(
      chainHash(GENESIS_HASH, { ...row, metadata: { a: [1, 2], b: 1 } }, key),
    );
  });

  it('changes with any field, with the previous hash and with the key', () => {
    const base = chainHash(GENESIS_HASH, row, key);
    expect(chainHash(GENESIS_HASH, { ...row, outcome: 'FAILURE' }, key)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...row, metadata: { b: 2, a: [1, 2] } }, key)).not.toBe(base);
    expect(
      chainHash(GENESIS_HASH, { ...row, createdAt: new Date('2026-11-23T10:00:00.124Z') }, key),
    ).not.toBe(base);
    expect(chainHash(base, row, key)).not.toBe(base);
    expect(
      chainHash(GENESIS_HASH, row, deriveAuditKeys('another-secret-key-of-enough-length').chain),
    ).not.toBe(base);
  });

  it('AUDIT-CHAIN-2: is not a plain SHA-256 that anyone with the rows could recompute', () => {
    const unkeyed = createHash('sha256')
      .update(GENESIS_HASH)
      .update('\n')
      .update(JSON.stringify(row))
      .digest('hex');
    expect(chainHash(GENESIS_HASH, row, key)).not.toBe(unkeyed);
    expect(chainHash(GENESIS_HASH, row, key)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('canonicalAuditRow', () => {
  it('AUDIT-CHAIN-1: writes uuids as PostgreSQL returns them, whatever case or form they were typed in', () => {
    const canonical = canonicalAuditRow({
      ...row,
      actorId: UPPER,
      patientId: `{${UPPER}}`,
      visitId: UPPER.replaceAll('-', ''),
      entityId: UPPER,
    });
    expect(canonical).toMatchObject({ actorId: LOWER, patientId: LOWER, visitId: LOWER, entityId: LOWER });
    expect(chainHash(GENESIS_HASH, canonical, key)).toBe(
      chainHash(
        GENESIS_HASH,
        { ...row, actorId: LOWER, patientId: LOWER, visitId: LOWER, entityId: LOWER },
        key,
      ),
    );
  });

  it('AUDIT-CHAIN-1: leaves an entity id that is not a uuid as it is', () => {
    expect(canonicalAuditRow({ ...row, entityId: 'RCPT-0001' }).entityId).toBe('RCPT-0001');
  });

  it('AUDIT-CHAIN-1: replaces what PostgreSQL cannot store as it would, and is idempotent', () => {
    const odd = canonicalAuditRow({
      ...row,
      userAgent: 'agent\u0000x\uD800',
      metadata: {
        when: new Date('2026-11-23T10:00:00Z'),
        skip: undefined,
        n: Number.NaN,
        '\uDC00k': ['\uD83D'],
      },
    });
    expect(odd.userAgent).toBe('agent\uFFFDx\uFFFD');
    expect(odd.metadata).toEqual({ when: '2026-11-23T10:00:00.000Z', n: null, '\uFFFDk': ['\uFFFD'] });
    expect(canonicalAuditRow(odd)).toEqual(odd);
    // A well-formed pair (an emoji) is left alone.
    expect(canonicalAuditRow({ ...row, userAgent: '\uD83D\uDE00' }).userAgent).toBe('\uD83D\uDE00');
  });
});
