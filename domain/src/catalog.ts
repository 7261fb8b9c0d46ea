import { z } from 'zod';
import { roleSchema } from './roles';

export const DEPARTMENTS = [
  'REGISTRATION',
  'CONSULTATION',
  'LAB',
  'RADIOLOGY',
  'PHARMACY',
  'PROCEDURE',
  'NURSING',
  'ADMISSION',
  'OTHER',
] as const;
export const departmentSchema = z.enum(DEPARTMENTS);
export type Department = z.infer<typeof departmentSchema>;

/** Which clinical workflow renders the service; decides which station's worklist it lands on. */
export const WORKFLOW_TYPES = [
  'REGISTRATION_FEE',
  'CONSULTATION_FEE',
  'LAB_TEST',
  'RADIOLOGY_STUDY',
  'DRUG',
  'PROCEDURE',
  'NURSING_SERVICE',
  'BED_DAY',
  'OTHER',
] as const;
export const workflowTypeSchema = z.enum(WORKFLOW_TYPES);
export type WorkflowType = z.infer<typeof workflowTypeSchema>;

/** BEFORE: must be settled before it is rendered. AFTER: may be rendered first and paid later. */
export const billTimingSchema = z.enum(['BEFORE', 'AFTER']);
export type BillTiming = z.infer<typeof billTimingSchema>;

/** Integer minor units (kobo); never a float. Upper bound keeps sums far inside Number.MAX_SAFE_INTEGER. */
export const minorAmountSchema = z.number().int().nonnegative().max(1_000_000_000_000);

export const catalogItemInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, '2–32 capital letters, digits, dashes or underscores'),
  name: z.string().trim().min(2).max(200),
  department: departmentSchema,
  workflowType: workflowTypeSchema,
  price: minorAmountSchema,
  requiresVisit: z.boolean().default(true),
  requiresConsultation: z.boolean().default(false),
  autoBill: z.boolean().default(false),
  billTiming: billTimingSchema.default('BEFORE'),
  orderableBy: z.array(roleSchema).default([]),
  active: z.boolean().default(true),
});
export type CatalogItemInput = z.infer<typeof catalogItemInputSchema>;
