import { ROLES, type Role, STAFF_ROLES } from './role-names';

// spec: ROLE-3, ROLE-4
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
  /** Providers and tariffs are picked when opening HMO visits and shown on bills. */
  'hmo.read': STAFF_ROLES,
  'patients.register': ['RECEPTIONIST'],
  'patients.read': ['RECEPTIONIST', 'CASHIER', 'DOCTOR', 'NURSE', 'LAB_TECH', 'RADIOLOGY_TECH', 'PHARMACIST'],
  'patients.verifyPortal': ['RECEPTIONIST'],
  /** A soft delete with a reason: the desk retires its own duplicates; ADMIN as a records override. */
  'patients.archive': ['RECEPTIONIST', 'ADMIN'],
  'visits.open': ['RECEPTIONIST'],
  /** Colleagues' names to pick from (e.g. the doctor assigned to a visit); /users stays ADMIN-only. */
  'staff.directory': ['RECEPTIONIST', 'CASHIER', 'DOCTOR', 'NURSE'],
  'visits.close': ['DOCTOR'],
  /** The visit list and a visit's detail: every station that works on visits. */
  'visits.read': ['RECEPTIONIST', 'CASHIER', 'DOCTOR', 'NURSE', 'LAB_TECH', 'RADIOLOGY_TECH', 'PHARMACIST'],
  /** Letting a patient leave owing, with a reason, so the doctor can close the visit. */
  'visits.defer': ['CASHIER', 'ADMIN'],
  'worklists.reception': ['RECEPTIONIST'],
  'worklists.cashier': ['CASHIER'],
  'worklists.doctor': ['DOCTOR'],
  'appointments.manage': ['RECEPTIONIST'],
  'billing.charge': ['CASHIER'],
  'billing.pay': ['CASHIER'],
  'billing.waive': ['CASHIER', 'ADMIN'],
  'billing.refund': ['CASHIER'],
  /** Bills, payments and refunds of a visit: the desk tells patients what they owe, the doctor why a visit is locked. */
  'billing.read': ['CASHIER', 'RECEPTIONIST', 'DOCTOR', 'ADMIN'],
  /** Refunds above the clinic's threshold wait for an administrator. */
  'refunds.approve': ['ADMIN'],
  'hmo.authorise': ['CASHIER'],
  'wallet.read': ['CASHIER'],
  'wallet.deposit': ['CASHIER'],
  /** Receipts, invoices and statements; printing an invoice the first time assigns its number. */
  'documents.billing': ['CASHIER'],
  /** Starts a gateway transaction; only the signed webhook turns it into a payment. */
  'onlinePayments.initialise': ['CASHIER'],
  'till.operate': ['CASHIER'],
  /** Every cashier's shifts, not only one's own. */
  'till.review': ['ADMIN'],
  'reports.read': ['CASHIER', 'ADMIN'],
  'reports.finalise': ['CASHIER', 'ADMIN'],
  'consultation.write': ['DOCTOR'],
  /** Nurses read the doctor's notes (plan, diagnoses) to carry out care. */
  'consultation.read': ['DOCTOR', 'NURSE'],
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
