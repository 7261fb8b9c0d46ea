import { describe, expect, it } from 'vitest';
import { chainHash, GENESIS_HASH, type HashedContent } from './audit-hash';

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

describe('chainHash', () => {
  it('does not depend on the order jsonb returns keys in', () => {
    expect(chainHash(GENESIS_HASH, row)).toBe(
      chainHash(GENESIS_HASH, { ...row, metadata: { a: [1, 2], b: 1 } }),
    );
  });

  it('changes with any field or with the previous hash', () => {
    const base = chainHash(GENESIS_HASH, row);
    expect(chainHash(GENESIS_HASH, { ...row, outcome: 'FAILURE' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...row, metadata: { b: 2, a: [1, 2] } })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...row, createdAt: new Date('2026-11-23T10:00:00.124Z') })).not.toBe(
      base,
    );
    expect(chainHash(base, row)).not.toBe(base);
  });
});
