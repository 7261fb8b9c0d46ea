/**
 * Every role in the product (domain.md, "Roles"). A staff account may hold several. Kept apart
 * from roles.ts (the zod schema) so that code needing only the names, such as the permission
 * table on the web's sign-in page, does not bring zod with it.
 */
export const ROLES = [
  'ADMIN',
  'RECEPTIONIST',
  'CASHIER',
  'DOCTOR',
  'NURSE',
  'LAB_TECH',
  'RADIOLOGY_TECH',
  'PHARMACIST',
  'PATIENT',
] as const;

export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'PATIENT');
