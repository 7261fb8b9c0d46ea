import { z } from 'zod';

/** ISO 4217 code: the clinic's currency; amounts are always integer minor units of it. */
const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code');

/** IANA zone names such as Africa/Lagos; checked against the runtime's own zone database. */
const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Africa/Lagos');

export const clinicSettingsSchema = z.object({
  clinicName: z.string().trim().min(1).max(200),
  address: z.string().trim().max(500),
  phone: z.string().trim().max(40),
  email: z.union([z.literal(''), z.email().max(254)]),
  currency: currencySchema,
  timeZone: timeZoneSchema,
  /** Region used to read local phone numbers (ISO 3166-1 alpha-2), e.g. NG for 0803… */
  phoneRegion: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  mrnPrefix: z.string().regex(/^[A-Z0-9-]{0,10}$/, 'up to 10 capital letters, digits or dashes'),
  /** A refund above this (kobo) waits for an administrator's approval; at or below, the cashier's reason suffices. */
  refundApprovalThresholdMinor: z.number().int().nonnegative().max(1_000_000_000_000),
});
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

export const clinicSettingsPatchSchema = clinicSettingsSchema
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type ClinicSettingsPatch = z.infer<typeof clinicSettingsPatchSchema>;

export const DEFAULT_CLINIC_SETTINGS: ClinicSettings = {
  clinicName: 'Modern EMR Clinic',
  address: '',
  phone: '',
  email: '',
  currency: 'NGN',
  timeZone: 'Africa/Lagos',
  phoneRegion: 'NG',
  mrnPrefix: 'MRN-',
  refundApprovalThresholdMinor: 5_000_000,
};
