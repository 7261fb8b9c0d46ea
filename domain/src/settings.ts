import { z } from 'zod';
import { DEFAULT_CLINIC_DISPLAY } from './clinic-display';

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

/** A BCP 47 tag the runtime can format in, such as en-NG (day first, 24-hour clock). */
const localeSchema = z.string().refine((tag) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}, 'must be a locale such as en-NG');

export const clinicSettingsSchema = z.object({
  clinicName: z.string().trim().min(1).max(200),
  address: z.string().trim().max(500),
  phone: z.string().trim().max(40),
  email: z.union([z.literal(''), z.email().max(254)]),
  currency: currencySchema,
  timeZone: timeZoneSchema,
  /** How dates, times and numbers are written on screen, e.g. en-NG: 03/12/2026, 17:29. */
  locale: localeSchema,
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
  ...DEFAULT_CLINIC_DISPLAY,
  phoneRegion: 'NG',
  mrnPrefix: 'MRN-',
  refundApprovalThresholdMinor: 5_000_000,
};

/** The clinic's time zone, locale and currency; see ClinicDisplay (clinic-display.ts). */
export const clinicDisplaySchema = clinicSettingsSchema.pick({
  timeZone: true,
  locale: true,
  currency: true,
});
