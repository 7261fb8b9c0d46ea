import {
  interpretSearch,
  type PatientSearchPage,
  type PatientSearchQuery,
  type PatientSearchTerms,
  pageOffset,
  SEARCH_TOTAL_CAP,
} from '@modern-emr/domain';
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import { getSettings } from '../settings/settings.service';
import { summaryColumns, toSummary } from './patient-view';
import { patients } from './patients.schema';

/** Name order; the same columns, in the same order, as patients_name_order_idx. */
const NAME_ORDER = [patients.lastName, patients.firstName, patients.dateOfBirth, patients.id];

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One word of a name, in any position: three letters or more match anywhere in the name (trigram
 * index); shorter ones match the start of a word, which the same index can still answer.
 */
function nameWordMatches(word: string): SQL {
  const w = escapeLike(word);
  if (word.length >= 3) return sql`${patients.searchName} like ${`%${w}%`}`;
  return sql`(${patients.searchName} like ${`${w}%`} or ${patients.searchName} like ${`% ${w}%`})`;
}

function identifierMatches(t: Extract<PatientSearchTerms, { kind: 'identifier' }>): SQL | undefined {
  return or(
    t.mrnExact ? sql`${patients.mrn} = ${t.mrnExact}` : undefined,
    t.mrnPrefix ? sql`${patients.mrn} like ${`${t.mrnPrefix}%`}` : undefined,
    t.phoneExact ? sql`${patients.phone} = ${t.phoneExact}` : undefined,
    ...t.phonePrefixes.map((p) => sql`${patients.phone} like ${`${p}%`}`),
    t.nationalId ? sql`${patients.nationalId} = ${t.nationalId}` : undefined,
  );
}

/** Exact identifier hits first, then prefixes; within a rank, name order. */
function identifierRank(t: Extract<PatientSearchTerms, { kind: 'identifier' }>): SQL {
  const exact = or(
    t.mrnExact ? sql`${patients.mrn} = ${t.mrnExact}` : undefined,
    t.phoneExact ? sql`${patients.phone} = ${t.phoneExact}` : undefined,
    t.nationalId ? sql`${patients.nationalId} = ${t.nationalId}` : undefined,
  );
  return exact ? sql`case when ${exact} then 0 else 1 end` : sql`1`;
}

/** Counts matches up to the cap + 1, so a broad query costs what the first thousand rows cost. */
async function cappedCount(tx: Tx, where: SQL | undefined): Promise<{ total: number; capped: boolean }> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${patients} ${where ? sql`where ${where}` : sql``}
        limit ${SEARCH_TOTAL_CAP + 1}) matches`,
  );
  const n = row?.n ?? 0;
  return n > SEARCH_TOTAL_CAP ? { total: SEARCH_TOTAL_CAP, capped: true } : { total: n, capped: false };
}

/**
 * The front desk's one search box (see interpretSearch for what an entry may mean). Archived
 * patients are left out unless asked for. Ordering is relevance, then name:
 * - identifiers: exact MRN / phone / national ID before prefix matches;
 * - names, when at most SEARCH_TOTAL_CAP match: closest trigram similarity to the typed text first;
 * - names matching more than that (a fragment like "ade"), and an empty box: name order only, read
 *   by walking patients_name_order_idx, which answers the filter without touching the table. Sorting
 *   a hundred thousand matches by similarity took over half a second at a million patients
 *   (docs/performance.md); such a query needs more letters, not a better order.
 */
export async function searchPatients(db: Db, query: PatientSearchQuery): Promise<PatientSearchPage> {
  return inTransaction(db, async (tx) => {
    const terms = interpretSearch(query.q, await getSettings(tx));
    const empty = { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
    if (terms.kind === 'name' && terms.words.length === 0) return empty;
    const matches =
      terms.kind === 'all'
        ? undefined
        : terms.kind === 'name'
          ? and(...terms.words.map(nameWordMatches))
          : identifierMatches(terms);
    if (terms.kind === 'identifier' && !matches) return empty;
    const where = and(matches, query.includeArchived ? undefined : isNull(patients.archivedAt));
    const { total, capped } = await cappedCount(tx, where);
    if (total === 0) return empty;

    const order =
      terms.kind === 'identifier'
        ? [identifierRank(terms), ...NAME_ORDER]
        : terms.kind === 'name' && !capped
          ? [sql`similarity(${patients.searchName}, ${terms.text}) desc`, ...NAME_ORDER]
          : NAME_ORDER;
    // Ids first, then their rows: the id-only inner query can run on the index alone.
    const page = tx
      .select({ id: patients.id })
      .from(patients)
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset(pageOffset(query))
      .as('page');
    const rows = await tx
      .select(summaryColumns)
      .from(patients)
      .innerJoin(page, eq(page.id, patients.id))
      .orderBy(...order);
    return {
      items: rows.map(toSummary),
      total,
      totalCapped: capped,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
