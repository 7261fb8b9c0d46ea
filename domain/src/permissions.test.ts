import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, permissionsOf } from './permissions';
import { ROLES } from './roles';

describe('permission table', () => {
  it('names only known roles and leaves no permission without a role', () => {
    for (const [name, roles] of Object.entries(PERMISSIONS)) {
      expect(roles.length, name).toBeGreaterThan(0);
      for (const r of roles) expect(ROLES, name).toContain(r);
    }
  });

  it('keeps users and the audit log with ADMIN alone, and the portal with PATIENT alone', () => {
    expect(PERMISSIONS['users.manage']).toEqual(['ADMIN']);
    expect(PERMISSIONS['audit.read']).toEqual(['ADMIN']);
    expect(PERMISSIONS['portal.use']).toEqual(['PATIENT']);
    expect(PERMISSIONS['patients.verifyPortal']).toEqual(['RECEPTIONIST']);
  });

  it('ROLE-3: does not make ADMIN a clinician or a cashier', () => {
    expect(can(['ADMIN'], 'consultation.write')).toBe(false);
    expect(can(['ADMIN'], 'billing.pay')).toBe(false);
    expect(can(['ADMIN'], 'portal.use')).toBe(false);
  });

  it('combines the roles of a multi-role account', () => {
    expect(can(['RECEPTIONIST', 'CASHIER'], 'billing.pay')).toBe(true);
    expect(can(['RECEPTIONIST'], 'billing.pay')).toBe(false);
    const both = permissionsOf(['RECEPTIONIST', 'CASHIER']);
    expect(both).toContain('visits.open');
    expect(both).toContain('till.operate');
    expect(permissionsOf(['PATIENT'])).toEqual(['account.self', 'portal.use']);
  });
});
