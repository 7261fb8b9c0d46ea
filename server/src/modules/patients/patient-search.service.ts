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
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { escapeLike, prefixRange } from '../../db/like-pattern';
import { queryPreparedRows } from '../../db/prepared';
import { patientNameParts, patients } from './patients.schema';
import { searchSettings } from './search-settings';

type IdentifierTerms = Extract<PatientSearchTerms, { kind: 'identifier' }>;

/** What a search reads per match: the page's columns, and the name used to rank letters found inside it. */
const FOUND_COLUMNS = sql`id, mrn, first_name, middle_name, last_name, sex, date_of_birth,
  date_of_birth_estimated, phone, national_id, archived_at, search_name`;

/** A patient summary (PatientSummary, wire form) of the row aliased `f`. */
const SUMMARY_OF_F = sql`f.id, f.mrn, f.first_name as "firstName", f.middle_name as "middleName",
  f.last_name as "lastName", f.sex, f.date_of_birth::text as "dateOfBirth",
  f.date_of_birth_estimated as "dateOfBirthEstimated", f.phone, f.national_id as "nationalId",
  to_char(f.archived_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "archivedAt"`;

/** A found row in wire form, with the number of matches (counted up to the cap + 1). */
type Row = { [K in keyof PatientSummary]: PatientSummary[K] } & { total: number };

const andActive = (active: SQL | undefined) => (active ? sql`and ${active}` : sql``);

/** `key` starts with `prefix`, as a range a generic plan can still read through a text_pattern_ops btree. */
function startsWith(key: SQL, prefix: string): SQL {
  const { from, below } = prefixRange(prefix);
  return below === null ? sql`${key} ~>=~ ${from}` : sql`(${key} ~>=~ ${from} and ${key} ~<~ ${below})`;
}

/**
 * The three name columns read one after another, each through its `lower(name)` btree in that
 * index's order (`using ~<~` is text_pattern_ops order) and stopping at SEARCH_TOTAL_CAP + 1 rows.
 * `matches(key)` picks the rows of a column; a later column leaves out whom `foundBy` says an
 * earlier column already holds, so the scans are simply appended (`union all`) and a patient is
 * found once. `filters` apply to every scan.
 */
function appendedNameScans(matches: (key: SQL) => SQL, foundBy: (key: SQL) => SQL, filters: SQL): SQL {
  const first = foundBy(sql`lower(${patients.firstName})`);
  const middle = foundBy(sql`lower(${patients.middleName})`);
  const scan = (column: PgColumn, notFoundBefore: SQL) => {
    const key = sql`lower(${column})`;
    return sql`(select ${FOUND_COLUMNS} from ${patients}
       where ${matches(key)} ${notFoundBefore} ${filters}
       order by ${key} using ~<~ limit ${SEARCH_TOTAL_CAP + 1})`;
  };
  return sql`${scan(patients.firstName, sql``)}
    union all ${scan(patients.middleName, sql`and not ${first}`)}
    union all ${scan(patients.lastName, sql`and not ${first} and not coalesce(${middle}, false)`)}`;
}

/**
 * Patients whose first, middle or last name starts with `word`: the appended scans stop as soon as
 * SEARCH_TOTAL_CAP + 1 rows are in, however common the start ("chi": the first names alone suffice).
 */
function nameStartsWith(word: string, active: SQL | undefined): SQL {
  const starts = (key: SQL) => startsWith(key, word);
  return sql`select * from (${appendedNameScans(starts, starts, andActive(active))}) scans
    limit ${SEARCH_TOTAL_CAP + 1}`;
}

/** A text[] parameter as one array literal, so every number of words shares one prepared statement. */
function textArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Patients with a name starting with each of the words, in any order: one lookup in the prefixes index. */
function namesStartWithAll(words: string[], active: SQL | undefined): SQL {
  return sql`select ${FOUND_COLUMNS} from ${patients}
     where emr_name_prefixes(${patients.firstName}, ${patients.middleName}, ${patients.lastName})
           @> ${textArray(words)}::text[] ${andActive(active)}
     limit ${SEARCH_TOTAL_CAP + 1}`;
}

/** `text` holds `word`: a word of three letters or more anywhere, a shorter one at a word start. */
function holdsLetters(text: SQL, word: string): SQL {
  const w = escapeLike(word);
  if (word.length >= 3) return sql`${text} like ${`%${w}%`}`;
  return sql`(${text} like ${`${w}%`} or ${text} like ${`% ${w}%`})`;
}

/**
 * Patients with every word's letters somewhere in their name ("kafo" finds Okafor). The longest
 * word is looked up in the dictionary of names (patient_name_parts, a trigram index over a few
 * thousand rows); each whole name found is then read through the appended name scans as an exact
 * range, so the reads stop at the cap however many bear that name. Other words filter the rows.
 */
function lettersInNames(words: string[], active: SQL | undefined): SQL {
  const [driving = '', ...others] = [...words].sort((a, b) => b.length - a.length);
  const alsoHolds = others.map((w) => sql`and ${holdsLetters(sql`${patients.searchName}`, w)}`);
  const scans = appendedNameScans(
    (key) => sql`${key} ~>=~ names.part and ${key} ~<=~ names.part`,
    (key) => holdsLetters(key, driving),
    sql`${sql.join(alsoHolds, sql` `)} ${andActive(active)}`,
  );
  return sql`select found.* from
      (select part from ${patientNameParts} where ${holdsLetters(sql`part`, driving)}) names
      cross join lateral (${scans}) found
    limit ${SEARCH_TOTAL_CAP + 1}`;
}

/** Typed words that are not a whole first, middle or last name: "ada" ranks Ada before Adaeze. */
function wholeNameMisses(words: string[]): SQL {
  const misses = words.map(
    (w) =>
      sql`(case when ${w} in (lower(f.first_name), lower(f.middle_name), lower(f.last_name)) then 0 else 1 end)`,
  );
  return sql.join(misses, sql` + `);
}

function identifierMatches(t: IdentifierTerms): SQL | undefined {
  return or(
    t.mrnExact ? sql`${patients.mrn} = ${t.mrnExact}` : undefined,
    t.mrnPrefix ? startsWith(sql`${patients.mrn}`, t.mrnPrefix) : undefined,
    t.phoneExact ? sql`${patients.phone} = ${t.phoneExact}` : undefined,
    ...t.phonePrefixes.map((p) => startsWith(sql`${patients.phone}`, p)),
    t.nationalId ? sql`${patients.nationalId} = ${t.nationalId}` : undefined,
  );
}

/** Exact identifier hits first, then prefixes. */
function identifierRank(t: IdentifierTerms): SQL {
  const exact = or(
    t.mrnExact ? sql`f.mrn = ${t.mrnExact}` : undefined,
    t.phoneExact ? sql`f.phone = ${t.phoneExact}` : undefined,
    t.nationalId ? sql`f.national_id = ${t.nationalId}` : undefined,
  );
  return exact ? sql`case when ${exact} then 0 else 1 end` : sql`0`;
}

/**
 * One page of `found` (at most SEARCH_TOTAL_CAP + 1 rows, alias `f`), ranked by `rank` then name,
 * with the number found on every row. One statement, so a search is its own read-only transaction.
 */
function pageStatement(found: SQL, rank: SQL, query: PatientSearchQuery): SQL {
  return sql`with found as materialized (${found})
    select ${SUMMARY_OF_F},
           (select count(*)::int from found) as total
      from (select * from found limit ${SEARCH_TOTAL_CAP}) f
     order by ${rank}, f.last_name, f.first_name, f.date_of_birth, f.id
     limit ${query.pageSize} offset ${pageOffset(query)}`;
}

/** The empty box: everyone in name order, walking patients_name_order_idx; counted up to the cap + 1. */
function nameOrderStatement(includeArchived: boolean, query: PatientSearchQuery): SQL {
  const active = includeArchived ? sql`` : sql`where archived_at is null`;
  return sql`select ${SUMMARY_OF_F},
           (select count(*)::int from (select 1 from ${patients} ${active} limit ${SEARCH_TOTAL_CAP + 1}) c) as total
      from ${patients} f ${active}
     order by f.last_name, f.first_name, f.date_of_birth, f.id
     limit ${query.pageSize} offset ${pageOffset(query)}`;
}

/**
 * A search's statement for a given page. Each runs as a named prepared statement: PostgreSQL parses
 * it once per connection and, where a generic plan costs no more than planning each call (name
 * starts: ranges read in index order), stops planning it. No LIKE pattern of what was typed reaches
 * a patients index, so no plan depends on the letters.
 */
type PageStatement = (query: PatientSearchQuery) => SQL;

/** The statements a search may need, in order: the first that finds anyone answers. */
function statementsFor(terms: PatientSearchTerms, includeArchived: boolean): PageStatement[] {
  if (terms.kind === 'all') return [(q) => nameOrderStatement(includeArchived, q)];
  const active = includeArchived ? undefined : isNull(patients.archivedAt);
  if (terms.kind === 'identifier') {
    const matches = identifierMatches(terms);
    if (!matches) return [];
    const found = sql`select ${FOUND_COLUMNS} from ${patients}
      where ${and(matches, active) ?? matches} limit ${SEARCH_TOTAL_CAP + 1}`;
    return [(q) => pageStatement(found, identifierRank(terms), q)];
  }
  const [only, ...more] = terms.words;
  if (only === undefined) return [];
  const start = more.length === 0 ? nameStartsWith(only, active) : namesStartWithAll(terms.words, active);
  const anywhere = lettersInNames(terms.words, active);
  return [
    (q) => pageStatement(start, wholeNameMisses(terms.words), q),
    (q) => pageStatement(anywhere, sql`-similarity(f.search_name, ${terms.text})`, q),
  ];
}

function toPage(items: PatientSummary[], found: number, query: PatientSearchQuery): PatientSearchPage {
  const totalCapped = found > SEARCH_TOTAL_CAP;
  return {
    items,
    total: totalCapped ? SEARCH_TOTAL_CAP : found,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A page of one statement, and its count even past the last page (then a second, rare, read). */
async function readPage(db: Db, statement: PageStatement, query: PatientSearchQuery) {
  const run = (q: PatientSearchQuery) => queryPreparedRows<Row>(db, statement(q));
  const rows = await run(query);
  if (rows.length > 0 || query.page === 1) {
    const items = rows.map(({ total: _total, ...summary }) => summary);
    return { items, found: rows[0]?.total ?? 0 };
  }
  const [first] = await run({ ...query, page: 1, pageSize: 1 });
  return { items: [], found: first?.total ?? 0 };
}

// spec: PAT-SEARCH-1
/**
 * The front desk's one search box (see interpretSearch for what an entry may mean). Archived
 * patients are left out unless asked for.
 * - Names: every typed word must start the patient's first, middle or last name, in any order;
 *   whole names first ("ada": Ada before Adaeze), then name order. Only when no one's names start
 *   so are the letters looked for anywhere in the name ("kafo" finds Okafor), ranked by trigram
 *   similarity; that fallback is a second statement (lettersInNames).
 * - Identifiers: exact MRN / phone / national ID before prefix matches, then name order.
 * At most SEARCH_TOTAL_CAP + 1 matches are read: a broad entry ("ade") is ranked among the first
 * ones found and reported with `totalCapped`, which asks for more letters. Ranking every match of
 * such an entry took over half a second at a million patients (docs/performance.md).
 */
export async function searchPatients(
  db: Db,
  query: PatientSearchQuery,
  now: Date,
): Promise<PatientSearchPage> {
  const terms = interpretSearch(query.q, await searchSettings(db, now.getTime()));
  let page = { items: [] as PatientSummary[], found: 0 };
  for (const statement of statementsFor(terms, query.includeArchived)) {
    page = await readPage(db, statement, query);
    if (page.found > 0) break;
  }
  return toPage(page.items, page.found, query);
}
