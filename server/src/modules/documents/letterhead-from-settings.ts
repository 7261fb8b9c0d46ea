import type { ClinicSettings } from '@modern-emr/domain';
import type { ClinicLetterhead } from './documents.types';

/** The letterhead is the clinic's current identity; only the fields printed are copied. */
export function letterheadFromSettings(settings: ClinicSettings, logoPng?: Buffer): ClinicLetterhead {
  const { clinicName, address, phone, email } = settings;
  return logoPng ? { clinicName, address, phone, email, logoPng } : { clinicName, address, phone, email };
}
