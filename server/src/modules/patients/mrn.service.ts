import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { queryRows } from '../../db/rows';
import { getSettings } from '../settings';

// spec: PAT-MRN-1
/**
 * A new MRN: the clinic's prefix and the next value of `patient_mrn_seq`, zero-padded to six
 * digits (MRN-000042). A sequence may skip a number on rollback, which is fine for an identifier
 * that only has to be unique; documents that must be gapless use `nextDocumentNumber`.
 */
export async function nextMrn(tx: Tx): Promise<string> {
  const { mrnPrefix } = await getSettings(tx);
  const rows = await queryRows<{ n: string }>(tx, sql`select nextval('patient_mrn_seq')::text as n`);
  const n = rows[0]?.n;
  if (n === undefined) throw new Error('patient_mrn_seq returned no value');
  return `${mrnPrefix}${n.padStart(6, '0')}`;
}
