import type pg from 'pg';
import { FIRST_NAMES, LAST_NAMES, MOBILE_PREFIXES } from './nigerian-names';

const BATCH = 100_000;
/** Rebuilding secondary indexes once beats maintaining them row by row for a large load. */
const REBUILD_INDEXES_ABOVE = 200_000;

/**
 * One batch generated inside PostgreSQL (no rows cross the wire): names from the lists, a mobile
 * number, a date of birth 1940–2024, a national ID for 30% of patients and 2% archived.
 * National IDs are `10^10 + n·(2^31−1) mod 9·10^10`: 2^31−1 is prime and shares no factor with
 * 9·10^10, so distinct row numbers never collide on the unique index, across reruns too.
 */
const INSERT_BATCH = `
  insert into patients (mrn, first_name, middle_name, last_name, sex, date_of_birth, phone, national_id,
                        archived_at, archive_reason)
  select $4 || lpad(seq, greatest(6, length(seq)), '0'),
         f[1 + floor(random() * cardinality(f))::int],
         case when random() < 0.4 then f[1 + floor(random() * cardinality(f))::int] end,
         l[1 + floor(random() * cardinality(l))::int],
         (case when random() < 0.5 then 'FEMALE' else 'MALE' end)::sex,
         date '1940-01-01' + floor(random() * 31000)::int,
         '+234' || p[1 + floor(random() * cardinality(p))::int] || lpad(floor(random() * 1e7)::int::text, 7, '0'),
         case when random() < 0.3 then (10000000000 + (n * 2147483647) % 90000000000)::text end,
         case when archived then now() end,
         case when archived then 'Duplicate record' end
  from (select n, random() < 0.02 as archived, nextval('patient_mrn_seq')::text as seq
          from generate_series($5::bigint, $6::bigint) n) rows
  cross join (select $1::text[] f, $2::text[] l, $3::text[] p) lists`;

export interface SeedResult {
  existing: number;
  inserted: number;
  seconds: number;
}

/** Tops the patients table up to `target` rows; rows already there (an earlier run) are kept. */
export async function seedBenchPatients(
  pool: pg.Pool,
  target: number,
  mrnPrefix: string,
  progress: (done: number, total: number) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const { rows } = await pool.query<{ n: string }>('select count(*)::text as n from patients');
  const existing = Number(rows[0]?.n ?? 0);
  const missing = Math.max(0, target - existing);
  if (missing === 0) return { existing, inserted: 0, seconds: 0 };

  // One transaction: a run stopped half-way leaves neither rows nor a table missing its indexes.
  const client = await pool.connect();
  try {
    await client.query('begin');
    const rebuild = missing > REBUILD_INDEXES_ABOVE ? await dropSecondaryIndexes(client) : [];
    for (let from = existing + 1; from <= target; from += BATCH) {
      const to = Math.min(target, from + BATCH - 1);
      await client.query(INSERT_BATCH, [FIRST_NAMES, LAST_NAMES, MOBILE_PREFIXES, mrnPrefix, from, to]);
      progress(to - existing, missing);
    }
    for (const definition of rebuild) await client.query(definition);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
  await pool.query('vacuum analyze patients');
  return { existing, inserted: missing, seconds: (performance.now() - started) / 1000 };
}

/**
 * Drops the non-unique indexes of `patients` and returns their definitions to recreate them as they
 * were (read from the catalogue, so a later migration's index comes back exactly as it defines it).
 * Unique ones stay: they are what keeps MRNs and national IDs unique while the rows go in.
 */
async function dropSecondaryIndexes(client: pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
       from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = 'patients'::regclass and not x.indisunique`,
  );
  for (const r of rows) await client.query(`drop index if exists "${r.name}"`);
  return rows.map((r) => r.definition);
}
