import {
  interpretSearch,
  type PatientSearchPage,
  type PatientSearchQuery,
  type PatientSearchTerms,
  type PatientSummary,
  pageOffset,
  SEARCH_TOTAL_CAP,
} from '@modern-emr/domain';
import { and, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import { getSettings } from '../settings/settings.service';
import { patients } from './patients.schema';

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

/** `total` and `totalCapped` for `n` matches counted up to the cap + 1. */
function capTotal(n: number): { total: number; totalCapped: boolean } {
  return n > SEARCH_TOTAL_CAP
    ? { total: SEARCH_TOTAL_CAP, totalCapped: true }
    : { total: n, totalCapped: false };
}

/** A page row as the statement returns it: already in wire form, plus the (capped) match count. */
type Row = PatientSummary & { total: number };

const SUMMARY_SQL = sql`p.id, p.mrn, p.first_name as "firstName", p.middle_name as "middleName",
  p.last_name as "lastName", p.sex, p.date_of_birth::text as "dateOfBirth",
  p.date_of_birth_estimated as "dateOfBirthEstimated", p.phone, p.national_id as "nationalId",
  to_char(p.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "archivedAt"`;

function toPage(rows: Row[], query: PatientSearchQuery): PatientSearchPage {
  const { total, totalCapped } = capTotal(rows[0]?.total ?? 0);
  return {
    items: rows.map(({ total: _total, ...summary }) => summary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * One statement: find at most SEARCH_TOTAL_CAP + 1 matches (index or early-stopping scan, whichever
 * the planner costs lower), count them, rank the first SEARCH_TOTAL_CAP, and read the page's rows.
 */
async function rankedSearch(
  tx: Tx,
  where: SQL,
  rank: SQL,
  query: PatientSearchQuery,
): Promise<PatientSearchPage> {
  const rows = await queryRows<Row>(
    tx,
    sql`with found as materialized (
          select ${patients.id} as id, ${rank} as rank, ${patients.lastName} as last_name,
                 ${patients.firstName} as first_name, ${patients.dateOfBirth} as date_of_birth
            from ${patients} where ${where} limit ${SEARCH_TOTAL_CAP + 1}),
        page as (
          select * from (select * from found limit ${SEARCH_TOTAL_CAP}) ranked
           order by rank, last_name, first_name, date_of_birth, id
           limit ${query.pageSize} offset ${pageOffset(query)})
        select ${SUMMARY_SQL}, (select count(*) from found)::int as total
          from page join ${patients} p on p.id = page.id
         order by page.rank, page.last_name, page.first_name, page.date_of_birth, page.id`,
  );
  return rows.length > 0 || query.page === 1 ? toPage(rows, query) : emptyBeyondLastPage(tx, where, query);
}

/** A page past the end still reports the total, so the client can step back. */
async function emptyBeyondLastPage(tx: Tx, where: SQL | undefined, query: PatientSearchQuery) {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from ${patients} ${where ? sql`where ${where}` : sql``}
        limit ${SEARCH_TOTAL_CAP + 1}) matches`,
  );
  return { items: [], ...capTotal(row?.n ?? 0), page: query.page, pageSize: query.pageSize };
}

/** The empty box: everyone in name order, walking patients_name_order_idx. */
async function listInNameOrder(tx: Tx, where: SQL | undefined, query: PatientSearchQuery) {
  const rows = await queryRows<Row>(
    tx,
    sql`with page as (
          select ${patients.id} as id from ${patients} ${where ? sql`where ${where}` : sql``}
           order by ${patients.lastName}, ${patients.firstName}, ${patients.dateOfBirth}, ${patients.id}
           limit ${query.pageSize} offset ${pageOffset(query)})
        select ${SUMMARY_SQL},
               (select count(*) from (select 1 from ${patients} ${where ? sql`where ${where}` : sql``}
                 limit ${SEARCH_TOTAL_CAP + 1}) matches)::int as total
          from page join ${patients} p on p.id = page.id
         order by p.last_name, p.first_name, p.date_of_birth, p.id`,
  );
  return rows.length > 0 || query.page === 1 ? toPage(rows, query) : emptyBeyondLastPage(tx, where, query);
}

/**
 * The front desk's one search box (see interpretSearch for what an entry may mean). Archived
 * patients are left out unless asked for. Ordering is relevance, then name: exact MRN / phone /
 * national ID before prefix matches; for names, closest trigram similarity to the typed text.
 * At most SEARCH_TOTAL_CAP + 1 matches are read: a broad fragment ("ade" matches one patient in
 * seven) is ranked among the first thousand found and reported with `totalCapped`, which asks for
 * more letters. Ranking every match of such a fragment took over half a second at a million
 * patients (docs/performance.md).
 */
export async function searchPatients(db: Db, query: PatientSearchQuery): Promise<PatientSearchPage> {
  return inTransaction(db, async (tx) => {
    const terms = interpretSearch(query.q, await getSettings(tx));
    const active = query.includeArchived ? undefined : isNull(patients.archivedAt);
    if (terms.kind === 'all') return listInNameOrder(tx, active, query);
    const matches =
      terms.kind === 'name'
        ? terms.words.length > 0
          ? and(...terms.words.map(nameWordMatches))
          : undefined
        : identifierMatches(terms);
    const where = matches && and(matches, active);
    if (!where)
      return { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
    const rank =
      terms.kind === 'name' ? sql`-similarity(${patients.searchName}, ${terms.text})` : identifierRank(terms);
    return rankedSearch(tx, where, rank, query);
  });
}
