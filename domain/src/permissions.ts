import { ROLES, type Role, STAFF_ROLES } from './roles';

/**
 * Who may do what, in one table shared by server and web: the server's route declarations read
 * their roles from here, and the web app hides what the server would refuse.
 * ADMIN is deliberately not implied anywhere (domain.md: not a clinician, not a cashier).
 */
export const PERMISSIONS = {
  /** Own account: "me", change password, MFA enrolment, logout. */
  'account.self': ROLES,
  'users.manage': ['ADMIN'],
  'mfaPolicy.manage': ['ADMIN'],
  'settings.read': STAFF_ROLES,
  'settings.update': ['ADMIN'],
  'audit.read': ['ADMIN'],
  'catalog.read': STAFF_ROLES,
  'catalog.manage': ['ADMIN'],
  'hmo.manage': ['ADMIN'],
  'patients.register': ['RECEPTIONIST'],
  'patients.read': ['RECEPTIONIST', 'CASHIER', 'DOCTOR', 'NURSE', 'LAB_TECH', 'RADIOLOGY_TECH', 'PHARMACIST'],
  'patients.verifyPortal': ['RECEPTIONIST'],
  'visits.open': ['RECEPTIONIST'],
  'visits.close': ['DOCTOR'],
  'appointments.manage': ['RECEPTIONIST'],
  'billing.charge': ['CASHIER'],
  'billing.pay': ['CASHIER'],
  'billing.waive': ['CASHIER', 'ADMIN'],
  'billing.refund': ['CASHIER'],
  'hmo.authorise': ['CASHIER'],
  'till.operate': ['CASHIER'],
  'consultation.write': ['DOCTOR'],
  'orders.create': ['DOCTOR'],
  'prescriptions.write': ['DOCTOR'],
  'vitals.write': ['NURSE', 'DOCTOR'],
  'nursing.write': ['NURSE'],
  'lab.work': ['LAB_TECH'],
  'radiology.work': ['RADIOLOGY_TECH'],
  'pharmacy.dispense': ['PHARMACIST'],
  'pharmacy.stock': ['PHARMACIST'],
  'portal.use': ['PATIENT'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

/** True when any of the roles grants the permission. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(roles, p));
}
