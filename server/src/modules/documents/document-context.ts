import type { Db, Tx } from '../../db/database';
import { getSettings } from '../settings';
import type { ClinicLetterhead, DocumentBase } from './documents.types';
import { letterheadFromSettings } from './letterhead-from-settings';

/** What every printed document takes from the clinic's settings: who issues it and in which money. */
export interface DocumentContext extends DocumentBase {
  clinic: ClinicLetterhead;
}

export async function documentContext(db: Db | Tx): Promise<DocumentContext> {
  const settings = await getSettings(db);
  return {
    clinic: letterheadFromSettings(settings),
    currency: settings.currency,
    timeZone: settings.timeZone,
  };
}

/** "First Middle Last", as printed on documents. */
export function patientName(p: { firstName: string; middleName: string | null; lastName: string }): string {
  return [p.firstName, p.middleName, p.lastName].filter((part) => part).join(' ');
}
