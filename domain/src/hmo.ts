import { z } from 'zod';
import { minorAmountSchema } from './catalog';
import { pageQuerySchema } from './pagination';

/** Upper-cased before checking, so "hyg-01" and "HYG-01" are one code and cannot both exist. */
export const hmoCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, '2–32 letters, digits, dashes or underscores');

/** Optional contact text: an empty form field means "none", stored as null. */
function contactText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
}

const contactFields = {
  contactName: contactText(200),
  phone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, 'must be a phone number'),
    ])
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  email: z
    .union([z.literal(''), z.email().max(254)])
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  address: contactText(500),
};

export const hmoProviderInputSchema = z
  .object({ name: z.string().trim().min(2).max(200), code: hmoCodeSchema, ...contactFields })
  .strict();
export type HmoProviderInput = z.input<typeof hmoProviderInputSchema>;
/** As validated: code upper-cased, empty contact fields null. */
export type HmoProviderCreate = z.output<typeof hmoProviderInputSchema>;

/**
 * Strict, so a misspelt field is an error rather than a silent no-op. `code` is accepted only so a
 * client may send the whole provider back; changing it is refused (visits and claims quote it).
 * There is no delete: `active: false` retires a provider and its visits keep pointing at it.
 */
export const hmoProviderPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    code: hmoCodeSchema.optional(),
    ...contactFields,
    active: z.boolean().optional(),
  })
  .strict();
export type HmoProviderPatch = z.output<typeof hmoProviderPatchSchema>;

export const hmoProviderSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HmoProvider = z.infer<typeof hmoProviderSchema>;

/** `PUT /hmo-providers/:id/tariffs/:serviceId` sets (and re-activates) the provider's price. */
export const tariffPutSchema = z.object({ price: minorAmountSchema }).strict();
export type TariffPut = z.infer<typeof tariffPutSchema>;

/** `active: false` retires a tariff (the catalogue price applies again); history stays in the table. */
export const tariffPatchSchema = z
  .object({ price: minorAmountSchema.optional(), active: z.boolean().optional() })
  .strict()
  .refine((v) => v.price !== undefined || v.active !== undefined, 'send price or active');
export type TariffPatch = z.infer<typeof tariffPatchSchema>;

/** A provider's tariff with the catalogue entry it overrides; `price` and `cataloguePrice` are kobo. */
export const hmoTariffSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  serviceId: z.uuid(),
  serviceCode: z.string(),
  serviceName: z.string(),
  cataloguePrice: z.number().int(),
  price: z.number().int(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type HmoTariff = z.infer<typeof hmoTariffSchema>;

export const hmoProviderListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the code or the name, any case. */
  q: z.string().trim().max(100).optional(),
  /** Only active providers unless asked: a retired HMO should not be offered for new visits. */
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export type HmoProviderListQuery = z.infer<typeof hmoProviderListQuerySchema>;

export const hmoTariffListQuerySchema = pageQuerySchema.extend({
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export type HmoTariffListQuery = z.infer<typeof hmoTariffListQuerySchema>;
