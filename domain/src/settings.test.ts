import { describe, expect, it } from 'vitest';
import { clinicSettingsPatchSchema, clinicSettingsSchema, DEFAULT_CLINIC_SETTINGS } from './settings';

describe('clinic settings', () => {
  it('accepts the defaults', () => {
    expect(clinicSettingsSchema.parse(DEFAULT_CLINIC_SETTINGS)).toEqual(DEFAULT_CLINIC_SETTINGS);
  });

  it('refuses an unknown time zone and a lowercase currency', () => {
    const r = clinicSettingsSchema.safeParse({
      ...DEFAULT_CLINIC_SETTINGS,
      timeZone: 'Mars/Base',
      currency: 'ngn',
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['currency', 'timeZone']);
  });

  it('refuses an empty patch', () => {
    expect(clinicSettingsPatchSchema.safeParse({}).success).toBe(false);
    expect(clinicSettingsPatchSchema.safeParse({ clinicName: 'Ade Clinic' }).success).toBe(true);
  });
});
