import {
  billTimingSchema,
  catalogItemInputSchema,
  departmentSchema,
  pageQuerySchema,
  roleSchema,
  workflowTypeSchema,
} from '@modern-emr/domain';
import { z } from 'zod';

/** What the API returns for a catalogue entry; `price` is kobo (the price_minor column). */
export const catalogItemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  department: departmentSchema,
  workflowType: workflowTypeSchema,
  price: z.number().int(),
  requiresVisit: z.boolean(),
  requiresConsultation: z.boolean(),
  autoBill: z.boolean(),
  billTiming: billTimingSchema,
  orderableBy: z.array(roleSchema),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const catalogListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the code or the name, any case. */
  q: z.string().trim().max(100).optional(),
  department: departmentSchema.optional(),
  workflowType: workflowTypeSchema.optional(),
  /** Only active entries unless asked: retired services should not be offered for new charges. */
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export type CatalogListQuery = z.infer<typeof catalogListQuerySchema>;

const input = catalogItemInputSchema.shape;

/**
 * Every field optional and, unlike `catalogItemInputSchema.partial()`, without defaults: zod 4
 * applies defaults inside optional fields, which would quietly reset omitted flags on PATCH.
 * `code` is accepted only so a client may send the whole item back; changing it is refused.
 * Strict, so a misspelt field is an error rather than a silent no-op.
 */
export const catalogItemPatchSchema = z
  .object({
    code: input.code.optional(),
    name: input.name.optional(),
    department: input.department.optional(),
    workflowType: input.workflowType.optional(),
    price: input.price.optional(),
    requiresVisit: input.requiresVisit.unwrap().optional(),
    requiresConsultation: input.requiresConsultation.unwrap().optional(),
    autoBill: input.autoBill.unwrap().optional(),
    billTiming: input.billTiming.unwrap().optional(),
    orderableBy: input.orderableBy.unwrap().optional(),
    active: input.active.unwrap().optional(),
  })
  .strict();
export type CatalogItemPatch = z.infer<typeof catalogItemPatchSchema>;

export const catalogIdParamsSchema = z.object({ id: z.uuid() });

export const catalogImportQuerySchema = z.object({
  /** Validate and count without writing anything. */
  dryRun: z.enum(['true', 'false']).default('false'),
});

export const catalogImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  dryRun: z.boolean(),
});
export type CatalogImportResult = z.infer<typeof catalogImportResultSchema>;

export const catalogExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
