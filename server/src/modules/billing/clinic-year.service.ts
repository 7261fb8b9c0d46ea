import { localDateOf } from '@modern-emr/domain';
import type { Tx } from '../../db/database';
import { getSettings } from '../settings';

/**
 * The calendar year of `instant` in the clinic's time zone: receipt and refund numbers restart each
 * clinic year, so a payment at 00:30 in Lagos on 1 January is numbered in the new year although it
 * is still 31 December in UTC.
 */
export async function clinicYear(tx: Tx, instant: Date): Promise<number> {
  const { timeZone } = await getSettings(tx);
  return Number(localDateOf(instant, timeZone).slice(0, 4));
}
