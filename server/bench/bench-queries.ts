import type pg from 'pg';
import type { BenchQuery } from './load';

interface Sample {
  first_name: string;
  last_name: string;
  mrn: string;
  phone: string;
  national_id: string | null;
}

/** A deterministic pseudo-random sequence, so two runs send the same queries in the same order. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/**
 * What reception types, drawn from real rows so most queries find someone:
 * - name: a 3–5 letter start of a first name (broad: "chi" matches a fifth of the register), a first
 *   name and the start of a surname ("chioma oka"), a fragment from inside a surname, a full surname;
 * - mrn: the full MRN, the number without prefix or zeros, the MRN in lower case;
 * - phone: local (0803…), international (+234 803 …), the first seven local digits;
 * - nationalId: the exact number.
 */
export async function benchQueries(pool: pg.Pool, count: number): Promise<BenchQuery[]> {
  const { rows } = await pool.query<Sample>(
    `select first_name, last_name, mrn, phone, national_id
       from patients tablesample system (1) repeatable (42)
      where archived_at is null limit 2000`,
  );
  const withNationalId = rows.filter((r) => r.national_id);
  const random = seeded(7);
  const pick = <T>(list: T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('no sample rows: seed the database first');
    return item;
  };
  const local = (phone: string) => `0${phone.slice(4)}`;
  const makers: [string, number, () => string][] = [
    [
      'name',
      40,
      () => {
        const r = pick(rows);
        const style = Math.floor(random() * 4);
        if (style === 0) return r.first_name.slice(0, 3 + Math.floor(random() * 3));
        if (style === 1) return `${r.first_name} ${r.last_name.slice(0, 3)}`;
        if (style === 2) return r.last_name.slice(1, 5);
        return r.last_name;
      },
    ],
    [
      'mrn',
      20,
      () => {
        const r = pick(rows);
        const style = Math.floor(random() * 3);
        if (style === 0) return r.mrn;
        if (style === 1) return String(Number(r.mrn.replace(/\D/g, '')));
        return r.mrn.toLowerCase();
      },
    ],
    [
      'phone',
      25,
      () => {
        const r = pick(rows);
        const style = Math.floor(random() * 3);
        if (style === 0) return local(r.phone);
        if (style === 1) return `+234 ${r.phone.slice(4, 7)} ${r.phone.slice(7, 10)} ${r.phone.slice(10)}`;
        return local(r.phone).slice(0, 7);
      },
    ],
    ['nationalId', 15, () => pick(withNationalId).national_id ?? ''],
  ];
  const totalWeight = makers.reduce((s, [, w]) => s + w, 0);
  return Array.from({ length: count }, () => {
    let roll = random() * totalWeight;
    for (const [kind, weight, make] of makers) {
      roll -= weight;
      if (roll < 0) return { kind, q: make() };
    }
    return { kind: 'name', q: pick(rows).last_name };
  });
}
