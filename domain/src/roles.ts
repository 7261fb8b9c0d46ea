import { z } from 'zod';

/** Every role in the product (domain.md, "Roles"). A staff account may hold several. */
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

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'PATIENT');
