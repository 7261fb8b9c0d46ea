import { can, type Permission, type Role } from '@modern-emr/domain';
import type { SessionUser } from '../../features/auth/session';
import { paths } from './paths';

/** A role's home page ("station"); the order decides where a multi-role user lands. */
export interface Station {
  path: string;
  /** Nav label and the page's heading. */
  label: string;
  permission: Permission;
  role: Role;
}

export const STATIONS: readonly Station[] = [
  { path: paths.admin, label: 'Administration', permission: 'users.manage', role: 'ADMIN' },
  { path: paths.reception, label: 'Reception', permission: 'patients.register', role: 'RECEPTIONIST' },
  { path: paths.cashier, label: 'Cashier', permission: 'till.operate', role: 'CASHIER' },
  { path: paths.doctor, label: 'Consulting room', permission: 'consultation.write', role: 'DOCTOR' },
  { path: paths.nurse, label: 'Nursing station', permission: 'nursing.write', role: 'NURSE' },
  { path: paths.lab, label: 'Laboratory', permission: 'lab.work', role: 'LAB_TECH' },
  { path: paths.radiology, label: 'Radiology', permission: 'radiology.work', role: 'RADIOLOGY_TECH' },
  { path: paths.pharmacy, label: 'Pharmacy', permission: 'pharmacy.dispense', role: 'PHARMACIST' },
  { path: paths.portal, label: 'My health record', permission: 'portal.use', role: 'PATIENT' },
];

/** The permission each guarded page needs (the server refuses the same roles). */
export const PAGE_PERMISSIONS: readonly { path: string; permission: Permission }[] = [
  { path: paths.adminUsers, permission: 'users.manage' },
  { path: paths.adminAuditLog, permission: 'audit.read' },
  { path: '/patients', permission: 'patients.read' },
  ...STATIONS.map(({ path, permission }) => ({ path, permission })),
];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  RECEPTIONIST: 'Receptionist',
  CASHIER: 'Cashier',
  DOCTOR: 'Doctor',
  NURSE: 'Nurse',
  LAB_TECH: 'Lab technician',
  RADIOLOGY_TECH: 'Radiology technician',
  PHARMACIST: 'Pharmacist',
  PATIENT: 'Patient',
};

/** Where a user lands after signing in. */
export function homeFor(roles: readonly Role[]): string {
  return STATIONS.find((s) => can(roles, s.permission))?.path ?? paths.account;
}

/** False when the page at this path needs a permission none of the roles has. */
export function canVisit(pathname: string, roles: readonly Role[]): boolean {
  const needed = PAGE_PERMISSIONS.filter((p) => pathname === p.path || pathname.startsWith(`${p.path}/`));
  return needed.every((p) => can(roles, p.permission));
}

/** The first page after signing in: a forced step if one is due, else `next` if allowed, else home. */
export function destinationAfterSignIn(user: SessionUser, next: string | null): string {
  if (user.mustChangePassword) {
    return next ? `${paths.changePassword}?next=${encodeURIComponent(next)}` : paths.changePassword;
  }
  if (user.mfaEnrolmentRequired) return paths.account;
  if (next && next !== paths.home && canVisit(new URL(next, 'http://x').pathname, user.roles)) return next;
  return homeFor(user.roles);
}
