/**
 * What every screen needs to show dates, times and amounts as the clinic reads them
 * (spec: WEB-FMT-1). Zod-free, so the web's sign-in bundle can hold the defaults without zod.
 */
export interface ClinicDisplay {
  /** IANA zone, e.g. Africa/Lagos. */
  timeZone: string;
  /** BCP 47 tag, e.g. en-NG: 03/12/2026, 17:29. */
  locale: string;
  /** ISO 4217, e.g. NGN. */
  currency: string;
}

export const DEFAULT_CLINIC_DISPLAY: ClinicDisplay = {
  timeZone: 'Africa/Lagos',
  locale: 'en-NG',
  currency: 'NGN',
};
