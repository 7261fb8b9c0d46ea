import { type PatientCreated, type PatientSearchPage, SEARCH_TOTAL_CAP } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp, uniqueIp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({});
});
afterAll(() => t.close());

const RECEPTION = { roles: ['RECEPTIONIST' as const] };
const URL = '/api/v1/patients';
type Err = { error: { code: string; message: string; details?: { path?: string; mrn?: string }[] & object } };

let phoneCounter = 0;
/** A distinct valid Nigerian mobile number per call, typed the local way. */
function localPhone(): string {
  phoneCounter++;
  return `0803${String(5_000_000 + phoneCounter).padStart(7, '0')}`;
}

function body(over: Record<string, unknown> = {}) {
  return {
    firstName: 'Ngozi',
    lastName: 'Eze',
    sex: 'FEMALE',
    dateOfBirth: '1988-03-14',
    phone: localPhone(),
    ...over,
  };
}

async function register(over: Record<string, unknown> = {}): Promise<PatientCreated> {
  const res = await t.api.post<PatientCreated>(URL, body(over), RECEPTION);
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
  return res.body;
}

async function search(q: string, extra = ''): Promise<PatientSearchPage> {
  const res = await t.api.get<PatientSearchPage>(`${URL}?q=${encodeURIComponent(q)}${extra}`, RECEPTION);
  if (res.status !== 200) throw new Error(`search failed: ${res.status} ${res.text}`);
  return res.body;
}

async function auditActions(patientId: string) {
  return queryRows<{ action: string; metadata: Record<string, unknown> }>(
    t.database.db,
    sql`select action, metadata from audit_log where patient_id = ${patientId} order by id`,
  );
}

describe('registering a patient', () => {
  it('PAT-MRN-1, PAT-DATA-1: stores the phone in E.164 and hands out unique MRNs with the clinic prefix', async () => {
    const a = await register({ phone: '0803 123 4567', firstName: 'Adaeze', lastName: 'Okonkwo' });
    const b = await register({ phone: '+234 (0)806-555-0101' });
    expect(a.phone).toBe('+2348031234567');
    expect(b.phone).toBe('+2348065550101');
    expect(a.mrn).toMatch(/^MRN-\d{6}$/);
    expect(b.mrn).toMatch(/^MRN-\d{6}$/);
    expect(a.mrn).not.toBe(b.mrn);
    expect(a).toMatchObject({ firstName: 'Adaeze', sex: 'FEMALE', archivedAt: null, possibleDuplicates: [] });
  });

  it('gives self-registered portal patients an MRN too, and finds them at the desk', async () => {
    const reg = await t.api.post<{ patientId: string }>(
      '/api/v1/auth/register',
      {
        username: 'portal.mrn',
        password: 'Mango-Thunder-Velvet-82',
        firstName: 'Yewande',
        lastName: 'Portalson',
        phone: '+2348031110000',
      },
      { ip: uniqueIp() },
    );
    expect(reg.status).toBe(201);
    const found = await search('yewande portalson');
    expect(found.items).toEqual([
      expect.objectContaining({ id: reg.body.patientId, mrn: expect.stringMatching(/^MRN-\d{6}$/) }),
    ]);
  });

  it('PAT-DATA-1: refuses an invalid phone and a future date of birth, naming the field', async () => {
    const phone = await t.api.post<Err>(URL, body({ phone: '0803 12' }), RECEPTION);
    expect(phone.status).toBe(400);
    expect(phone.body.error.details).toEqual([expect.objectContaining({ path: 'body.phone' })]);
    const future = await t.api.post<Err>(URL, body({ dateOfBirth: '2999-01-01' }), RECEPTION);
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([expect.objectContaining({ path: 'body.dateOfBirth' })]);
    const both = await t.api.post<Err>(URL, body({ estimatedAgeYears: 30 }), RECEPTION);
    expect(both.status).toBe(400);
    const noName = await t.api.post<Err>(URL, body({ firstName: '' }), RECEPTION);
    expectRefusal(noName, 'VALIDATION_FAILED');
  });

  it('turns an estimated age into 1 July of the estimated birth year, flagged as estimated', async () => {
    const p = await register({ dateOfBirth: undefined, estimatedAgeYears: 40 });
    const year = Number(t.clock().toISOString().slice(0, 4)) - 40;
    expect(p.dateOfBirth).toBe(`${year}-07-01`);
    expect(p.dateOfBirthEstimated).toBe(true);
  });

  it('PAT-DUP-1: warns of records with the same phone or the same name and date of birth, and still saves', async () => {
    const first = await register({ firstName: 'Tunde', lastName: 'Bakare', dateOfBirth: '1970-05-05' });
    const samePhone = await register({ firstName: 'Kemi', lastName: 'Bakare', phone: first.phone });
    expect(samePhone.possibleDuplicates).toEqual([
      expect.objectContaining({
        id: first.id,
        mrn: first.mrn,
        name: 'Tunde Bakare',
        reasons: ['SAME_PHONE'],
      }),
    ]);
    const sameName = await register({ firstName: 'TUNDE', lastName: 'bakare', dateOfBirth: '1970-05-05' });
    expect(sameName.possibleDuplicates).toEqual([
      expect.objectContaining({ id: first.id, reasons: ['SAME_NAME_AND_DATE_OF_BIRTH'] }),
    ]);
    expect(sameName.id).not.toBe(first.id);
    const audit = await auditActions(sameName.id);
    expect(audit).toEqual([{ action: 'patient.create', metadata: { possibleDuplicates: 1 } }]);
  });

  it('PAT-DUP-1: refuses a national ID already on file with 409 DUPLICATE pointing at the holder', async () => {
    const holder = await register({ nationalId: '1234 5678 901' });
    expect(holder.nationalId).toBe('12345678901');
    const dup = await t.api.post<Err>(URL, body({ nationalId: '12345678901' }), RECEPTION);
    expectRefusal(dup, 'DUPLICATE');
    expect(dup.body.error.details).toMatchObject({ field: 'body.nationalId', mrn: holder.mrn });
    expect(JSON.stringify(dup.body)).not.toContain('Ngozi');
  });

  it.skipIf(ENGINE !== 'postgres')(
    'lets exactly one of two racing registrations have a national ID',
    async () => {
      const results = await Promise.all(
        [1, 2].map(() => t.api.post<Err>(URL, body({ nationalId: 'RACE12345' }), RECEPTION)),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)?.body.error.code).toBe('DUPLICATE');
    },
  );

  it('is for the front desk only', async () => {
    expect((await t.api.post(URL, body(), { roles: ['DOCTOR'] })).status).toBe(403);
    expect((await t.api.post(URL, body(), { roles: ['ADMIN'] })).status).toBe(403);
    expect((await t.api.post(URL, body())).status).toBe(401);
    expect((await t.api.get(`${URL}?q=ngozi`, { roles: ['CASHIER'] })).status).toBe(200);
    expect((await t.api.get(`${URL}?q=ngozi`, { roles: ['PATIENT'] })).status).toBe(403);
  });
});

describe('searching patients', () => {
  let chiamaka: PatientCreated;
  let obiora: PatientCreated;
  beforeAll(async () => {
    chiamaka = await register({
      firstName: 'Chiamaka',
      middleName: 'Oluchi',
      lastName: 'Nwachukwu-Search',
      phone: '0809 777 1234',
      nationalId: '98765432109',
    });
    obiora = await register({ firstName: 'Obiora', lastName: 'Nwachukwu-Search', phone: '0809 777 5678' });
  });

  it('PAT-SEARCH-1: finds a name fragment in any word order', async () => {
    expect((await search('chiam')).items.map((p) => p.id)).toContain(chiamaka.id);
    const both = await search('search nwachukwu');
    expect(both.items.map((p) => p.id).sort()).toEqual([chiamaka.id, obiora.id].sort());
    expect((await search('oluchi chiam')).items.map((p) => p.id)).toEqual([chiamaka.id]);
    // Two letters match the start of a word.
    expect((await search('ob nwa')).items.map((p) => p.id)).toEqual([obiora.id]);
    expect((await search('zzzq')).items).toEqual([]);
  });

  it('PAT-SEARCH-1: matches the start of a first, middle or last name first, and letters inside a name only when nothing starts so', async () => {
    const okafor = await register({ firstName: 'Ifunanya', lastName: 'Okaforstart' });
    const nwokafor = await register({
      firstName: 'Somto',
      middleName: 'Ifunanya',
      lastName: 'Nwokaforstart',
    });
    const ids = async (q: string) => (await search(q)).items.map((p) => p.id).sort();
    // "okaforstart" starts Okafor's surname: Nwokafor, which only contains it, is left out.
    expect(await ids('okaforstart')).toEqual([okafor.id]);
    // Nothing starts with "kaforsta", so it is looked for inside names and finds both.
    expect(await ids('kaforsta')).toEqual([okafor.id, nwokafor.id].sort());
    // A first name and a middle name start alike: both patients, each once.
    expect(await ids('ifunan')).toEqual([okafor.id, nwokafor.id].sort());
    expect((await search('ifunan')).total).toBe(2);
    const twice = await register({
      firstName: 'Dupedupe',
      middleName: 'Dupedupeola',
      lastName: 'Dupedupeson',
    });
    expect(await search('dupedup')).toMatchObject({ total: 1, items: [{ id: twice.id }] });
    // Several words: each must start one of the names, in any order.
    expect(await ids('nwokaf ifu')).toEqual([nwokafor.id]);
    expect(await ids('ifu okafors')).toEqual([okafor.id]);
  });

  it('finds letters inside any name once each, including a renamed patient and a two-word first name', async () => {
    const both = await register({ firstName: 'Kafomaya', lastName: 'Okafomason' });
    const twoWords = await register({ firstName: 'Mary Janeforth', lastName: 'Bello' });
    const ids = async (q: string) => (await search(q)).items.map((p) => p.id).sort();
    // "afoma" is inside both of Kafomaya Okafomason's names: found once.
    expect(await search('afoma')).toMatchObject({ total: 1, items: [{ id: both.id }] });
    // "janeforth" starts no name ("mary janeforth" starts with "mary"), so it is found inside one.
    expect(await ids('janeforth')).toEqual([twoWords.id]);
    expect(await ids('janefort bel')).toEqual([twoWords.id]);
    const renamed = await t.api.patch(`${URL}/${both.id}`, { lastName: 'Renamedquist' }, RECEPTION);
    expect(renamed.status).toBe(200);
    expect(await ids('amedqui')).toEqual([both.id]);
    // The old surname no longer finds them by letters inside it (only their first name holds "afoma").
    expect(await ids('omason')).toEqual([]);
  });

  it('puts whole names before names that merely start so', async () => {
    const longer = await register({ firstName: 'Wholenameaa', lastName: 'Aaronson' });
    const whole = await register({ firstName: 'Wholename', lastName: 'Zzyzx' });
    const found = await search('wholename');
    expect(found.items.map((p) => p.id)).toEqual([whole.id, longer.id]);
  });

  it('finds an MRN with or without its prefix, in any case, and by prefix from four digits', async () => {
    const digits = chiamaka.mrn.replace('MRN-', '');
    expect((await search(chiamaka.mrn.toLowerCase())).items[0]?.id).toBe(chiamaka.id);
    expect((await search(String(Number(digits)))).items[0]?.id).toBe(chiamaka.id);
    const typed = chiamaka.mrn.slice(0, -1);
    const byPrefix = await search(typed);
    expect(byPrefix.items.map((p) => p.mrn)).toContain(chiamaka.mrn);
    // Besides the prefix matches, the five digits may be a whole MRN number (00001 → MRN-000001).
    const whole = `MRN-${typed.slice(4).padStart(6, '0')}`;
    expect(byPrefix.items.every((p) => p.mrn.startsWith(typed) || p.mrn === whole)).toBe(true);
  });

  it('finds a phone typed locally, internationally or in part', async () => {
    expect((await search('08097771234')).items.map((p) => p.id)).toEqual([chiamaka.id]);
    expect((await search('+234 809 777 1234')).items.map((p) => p.id)).toEqual([chiamaka.id]);
    const partial = await search('0809 777');
    expect(partial.items.map((p) => p.id).sort()).toEqual([chiamaka.id, obiora.id].sort());
  });

  it('finds a national ID exactly', async () => {
    expect((await search('98765432109')).items.map((p) => p.id)).toEqual([chiamaka.id]);
    expect((await search('9876543210')).items).toEqual([]);
  });

  it('paginates, counts, and puts the exact hit first', async () => {
    for (let i = 0; i < 5; i++) await register({ firstName: `Pagey`, lastName: `Zubairu${'x'.repeat(i)}` });
    const p1 = await search('pagey', '&pageSize=2&page=1');
    const p3 = await search('pagey', '&pageSize=2&page=3');
    expect(p1).toMatchObject({ total: 5, totalCapped: false, page: 1, pageSize: 2 });
    expect(p1.items).toHaveLength(2);
    expect(p3.items).toHaveLength(1);
    const all = await search('pagey', '&pageSize=10');
    expect(new Set(all.items.map((p) => p.id)).size).toBe(5);
    expect(all.items[0]?.lastName).toBe('Zubairu');
  });

  it('caps the count of a broad query and says so', async () => {
    await t.database.db.execute(
      sql`insert into patients (mrn, first_name, last_name, sex, phone)
          select 'CAP-' || n, 'Cappy', 'Broadquery', 'MALE', '+23480300' || lpad(n::text, 5, '0')
            from generate_series(1, ${SEARCH_TOTAL_CAP + 1}) n`,
    );
    const broad = await search('cappy', '&pageSize=50&page=2');
    expect(broad).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true, page: 2 });
    expect(broad.items).toHaveLength(50);
    const narrow = await search('cappy broadq', '&pageSize=1');
    expect(narrow.totalCapped).toBe(true);
    // The start of a surname alone stops at the cap too.
    const surname = await search('broadquer', '&pageSize=5');
    expect(surname).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true });
    expect(surname.items).toHaveLength(5);
    const beyond = await search('pagey', '&pageSize=10&page=9');
    expect(beyond).toMatchObject({ items: [], total: 5, totalCapped: false });
  });

  it('leaves archived patients out unless asked for', async () => {
    const gone = await register({ firstName: 'Archibald', lastName: 'Gone' });
    await t.api.post(`${URL}/${gone.id}/archive`, { reason: 'Duplicate of another record' }, RECEPTION);
    expect((await search('archibald')).items).toEqual([]);
    const withArchived = await search('archibald', '&includeArchived=true');
    expect(withArchived.items.map((p) => p.id)).toEqual([gone.id]);
    expect(withArchived.items[0]?.archivedAt).not.toBeNull();
  });

  it('lists everyone in name order for an empty box and refuses a bad page size', async () => {
    const res = await t.api.get<PatientSearchPage>(`${URL}?pageSize=3`, RECEPTION);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(3);
    const names = res.body.items.map((p) => p.lastName);
    expect([...names].sort()).toEqual(names);
    expect((await t.api.get(`${URL}?pageSize=500`, RECEPTION)).status).toBe(400);
  });
});

describe('viewing, editing and archiving a patient', () => {
  it('AUDIT-1: audits every chart view with who looked', async () => {
    const p = await register();
    const view = await t.api.get<{ id: string; hmoEnrolments: unknown[] }>(`${URL}/${p.id}`, {
      roles: ['DOCTOR'],
    });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id: p.id, hmoEnrolments: [] });
    const rows = await queryRows<{ action: string; actor_roles: string[] }>(
      t.database.db,
      sql`select action, actor_roles from audit_log where patient_id = ${p.id} and action = 'patient.view'`,
    );
    expect(rows).toEqual([{ action: 'patient.view', actor_roles: ['DOCTOR'] }]);
    expect((await t.api.get(`${URL}/${crypto.randomUUID()}`, RECEPTION)).status).toBe(404);
  });

  it('edits with the same rules and audits the changed field names without values', async () => {
    const p = await register({ nationalId: 'EDIT0001' });
    const other = await register({ nationalId: 'EDIT0002' });
    const res = await t.api.patch<{ phone: string; address: string }>(
      `${URL}/${p.id}`,
      { phone: '0812 000 1111', address: '12 Allen Avenue, Ikeja', firstName: 'Ngozi' },
      RECEPTION,
    );
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('+2348120001111');
    const audit = await auditActions(p.id);
    expect(audit.at(-1)).toEqual({ action: 'patient.update', metadata: { fields: ['address', 'phone'] } });
    expect(JSON.stringify(audit)).not.toMatch(/Allen|812000/);

    const taken = await t.api.patch<Err>(`${URL}/${p.id}`, { nationalId: 'EDIT0002' }, RECEPTION);
    expectRefusal(taken, 'DUPLICATE');
    expect((await t.api.patch(`${URL}/${other.id}`, { dateOfBirth: '2999-01-01' }, RECEPTION)).status).toBe(
      400,
    );
    expect((await t.api.patch(`${URL}/${p.id}`, {}, RECEPTION)).status).toBe(400);
    expect((await t.api.patch(`${URL}/${p.id}`, { address: 'x' }, { roles: ['CASHIER'] })).status).toBe(403);
  });

  it('PAT-ARCH-1: archives with a reason once; an archived record refuses edits', async () => {
    const p = await register();
    expect((await t.api.post(`${URL}/${p.id}/archive`, { reason: 'no' }, RECEPTION)).status).toBe(400);
    expect(
      (await t.api.post(`${URL}/${p.id}/archive`, { reason: 'Registered twice' }, { roles: ['NURSE'] }))
        .status,
    ).toBe(403);
    const archived = await t.api.post<{ archivedAt: string; archiveReason: string }>(
      `${URL}/${p.id}/archive`,
      { reason: 'Registered twice' },
      { roles: ['ADMIN'] },
    );
    expect(archived.status).toBe(200);
    expect(archived.body.archiveReason).toBe('Registered twice');
    const again = await t.api.post<Err>(`${URL}/${p.id}/archive`, { reason: 'Registered twice' }, RECEPTION);
    expectRefusal(again, 'PATIENT_ARCHIVED');
    const edit = await t.api.patch<Err>(`${URL}/${p.id}`, { address: 'Somewhere' }, RECEPTION);
    expectRefusal(edit, 'PATIENT_ARCHIVED');
    expect((await auditActions(p.id)).map((a) => a.action)).toEqual(['patient.create', 'patient.archive']);
  });

  it('PAT-ARCH-1: restores an archive made in error, once, for the same people who archive', async () => {
    const p = await register({ firstName: 'Restorable', lastName: 'Mistakenly' });
    const active = await t.api.post<Err>(`${URL}/${p.id}/restore`, undefined, RECEPTION);
    expectRefusal(active, 'INVALID_TRANSITION');
    await t.api.post(`${URL}/${p.id}/archive`, { reason: 'Thought a duplicate' }, RECEPTION);
    expect((await t.api.post(`${URL}/${p.id}/restore`, undefined, { roles: ['NURSE'] })).status).toBe(403);
    const restored = await t.api.post<{ archivedAt: string | null }>(
      `${URL}/${p.id}/restore`,
      undefined,
      RECEPTION,
    );
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    // Active again: found by the search box, editable.
    expect((await search('restorable mistak')).items.map((x) => x.id)).toEqual([p.id]);
    expect((await t.api.patch(`${URL}/${p.id}`, { address: 'Back again' }, RECEPTION)).status).toBe(200);
    expect((await t.api.post(`${URL}/${p.id}/restore`, undefined, RECEPTION)).status).toBe(409);
    expect((await auditActions(p.id)).map((a) => a.action)).toEqual([
      'patient.create',
      'patient.archive',
      'patient.restore',
      'patient.update',
    ]);
  });
});
