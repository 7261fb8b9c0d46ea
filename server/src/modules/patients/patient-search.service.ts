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
import type { Db } from '../../db/database';
import { escapeLike } from '../../db/like-pattern';
import { queryRows } from '../../db/rows';
import { patients } from './patients.schema';
import { searchSettings } from './search-settings';

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

/** A row as the statement returns it: a page row in wire form (absent past the last page) and the count. */
type Row = ({ [K in keyof PatientSummary]: PatientSummary[K] } | { [K in keyof PatientSummary]: null }) & {
  total: number;
};

const SUMMARY_SQL = sql`p.id, p.mrn, p.first_name as "firstName", p.middle_name as "middleName",
  p.last_name as "lastName", p.sex, p.date_of_birth::text as "dateOfBirth",
  p.date_of_birth_estimated as "dateOfBirthEstimated", p.phone, p.national_id as "nationalId",
  to_char(p.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "archivedAt"`;

function toPage(rows: Row[], query: PatientSearchQuery): PatientSearchPage {
  const { total, totalCapped } = capTotal(rows[0]?.total ?? 0);
  const items: PatientSummary[] = [];
  for (const { total: _total, ...summary } of rows) if (summary.id !== null) items.push(summary);
  return { items, total, totalCapped, page: query.page, pageSize: query.pageSize };
}

const whereClause = (where: SQL | undefined) => (where ? sql`where ${where}` : sql``);

/**
 * The count and the page's rows in one statement; the count row comes back alone past the last page.
 * `found` holds at most SEARCH_TOTAL_CAP + 1 matches: the planner reads them through an index or an
 * early-stopping scan, whichever it costs lower.
 */
function pageStatement(found: SQL, page: SQL): SQL {
  return sql`with found as materialized (${found}), page as (${page})
    select ${SUMMARY_SQL}, counted.total
      from (select count(*)::int as total from found) counted
      left join page on true
      left join ${patients} p on p.id = page.id
     order by page.rank, page.last_name, page.first_name, page.date_of_birth, page.id`;
}

/** Matches ranked by `rank`, then name; a broad query is ranked among the first SEARCH_TOTAL_CAP found. */
function rankedSearch(where: SQL, rank: SQL, query: PatientSearchQuery): SQL {
  return pageStatement(
    sql`select ${patients.id} as id, ${rank} as rank, ${patients.lastName} as last_name,
               ${patients.firstName} as first_name, ${patients.dateOfBirth} as date_of_birth
          from ${patients} where ${where} limit ${SEARCH_TOTAL_CAP + 1}`,
    sql`select * from (select * from found limit ${SEARCH_TOTAL_CAP}) ranked
         order by rank, last_name, first_name, date_of_birth, id
         limit ${query.pageSize} offset ${pageOffset(query)}`,
  );
}

/** The empty box: everyone in name order, walking patients_name_order_idx. */
function nameOrderList(where: SQL | undefined, query: PatientSearchQuery): SQL {
  return pageStatement(
    sql`select 1 from ${patients} ${whereClause(where)} limit ${SEARCH_TOTAL_CAP + 1}`,
    sql`select ${patients.id} as id, 0 as rank, ${patients.lastName} as last_name,
               ${patients.firstName} as first_name, ${patients.dateOfBirth} as date_of_birth
          from ${patients} ${whereClause(where)}
         order by ${patients.lastName}, ${patients.firstName}, ${patients.dateOfBirth}, ${patients.id}
         limit ${query.pageSize} offset ${pageOffset(query)}`,
  );
}

/**
 * The front desk's one search box (see interpretSearch for what an entry may mean). Archived
 * patients are left out unless asked for. Ordering is relevance, then name: exact MRN / phone /
 * national ID before prefix matches; for names, closest trigram similarity to the typed text.
 * At most SEARCH_TOTAL_CAP + 1 matches are read: a broad fragment ("ade" matches one patient in
 * seven) is ranked among the first ones found and reported with `totalCapped`, which asks for more
 * letters. Ranking every match of such a fragment took over half a second at a million patients
 * (docs/performance.md). A search is a single read-only statement, so it is its own transaction.
 */
export async function searchPatients(
  db: Db,
  query: PatientSearchQuery,
  now: Date,
): Promise<PatientSearchPage> {
  const terms = interpretSearch(query.q, await searchSettings(db, now.getTime()));
  const active = query.includeArchived ? undefined : isNull(patients.archivedAt);
  let statement: SQL;
  if (terms.kind === 'all') {
    statement = nameOrderList(active, query);
  } else {
    const matches =
      terms.kind === 'name'
        ? terms.words.length > 0
          ? and(...terms.words.map(nameWordMatches))
          : undefined
        : identifierMatches(terms);
    if (!matches)
      return { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
    const rank =
      terms.kind === 'name' ? sql`-similarity(${patients.searchName}, ${terms.text})` : identifierRank(terms);
    statement = rankedSearch(and(matches, active) ?? matches, rank, query);
  }
  return toPage(await queryRows<Row>(db, statement), query);
}
