import { createHmac } from 'node:crypto';
import { ROLES } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Harvest,
  hostileFor,
  type JsonSchema,
  mutate,
  paramKey,
  Rng,
  singular,
  validValue,
} from '../../test/fuzz-inputs';
import { createTestApp, loginAs, type TestApp, uniqueIp } from '../../test/test-app';
import { ENGINE } from '../../test/test-database';

/**
 * Every route of the published OpenAPI, called with generated inputs (valid-ish ones that reach the
 * database, and hostile ones) by a user holding every role and by an anonymous caller: no input may
 * give a 5xx. Seeded: FUZZ_SEED=<n> replays a run exactly; a failure names its seed and case.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
/** Calls per route by the all-roles user; public routes get as many anonymous ones. */
const CASES = Number(process.env.FUZZ_CASES ?? 20);
const ANONYMOUS_CASES = 3;
const PAYSTACK_KEY = 'sk_test_fuzz_0123456789abcdef';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: JsonSchema;
  required?: boolean;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  public: boolean;
}

interface Spec {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: RequestBody }>>;
}
interface RequestBody {
  content?: Record<string, { schema?: JsonSchema }>;
}

/** Routes that change who the caller is (sign-out, password, MFA, roles): last, so they spoil nothing. */
const DISRUPTIVE = /\/(mfa-policy|auth\/(logout|password|mfa)|users\/\{id\})$/;

function operationsOf(t: TestApp): Operation[] {
  const spec = t.app.swagger() as unknown as Spec;
  const publicUrls = new Set(
    t.app.routeTable.filter((r) => r.access && 'public' in r.access).map((r) => `${r.method} ${r.url}`),
  );
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        ...(body ? { body } : {}),
        public: publicUrls.has(`${method.toUpperCase()} ${url}`),
      });
    }
  }
  const rank = (op: Operation) => (DISRUPTIVE.test(op.path) ? 1 : 0);
  return ops.sort((a, b) => rank(a) - rank(b));
}

/** The resource a response describes: the last literal segment of its path. */
function resourceOf(path: string): string {
  const literal = path.split('/').filter((s) => s && !s.startsWith('{'));
  return singular(literal[literal.length - 1] ?? '');
}

interface Built {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  /** What was made hostile, for the failure message. */
  where: string;
}

/** The fuzz user was signed out, lost its roles or was made to change its password or enrol in MFA. */
const SIGNED_OUT = /"code":"(NOT_AUTHENTICATED|PASSWORD_CHANGE_REQUIRED|MFA_ENROLMENT_REQUIRED)"/;
const PRINTABLE = /^[\x20-\x7e]*$/;

let t: TestApp;
let token = '';
const harvest = new Harvest();
const errorLog = new Map<string, string>();
let sent = 0;
let caseNo = 0;

async function signIn(): Promise<void> {
  token = (await loginAs(t, [...ROLES])).token;
}

function csvBody(rng: Rng, hostile: boolean): string {
  const row = ['FZ-1', 'Malaria test', 'LAB', 'LAB_TEST', '1500.00'];
  if (hostile) {
    const at = rng.int(0, row.length - 1);
    // A NUL in a free-text cell passes every column rule, so it is sent on purpose, not left to chance.
    row[at] = rng.chance(0.3) ? `${row[at]}\u0000` : String(hostileFor(row[at], rng)).slice(0, 5000);
  }
  return `code,name,department,workflowType,price\n${row.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')}\n`;
}

function webhookBody(rng: Rng, hostile: boolean): { payload: string; where: string } {
  const references = harvest.get('reference');
  const event = {
    event: rng.pick(['charge.success', 'charge.success', 'transfer.success']),
    data: {
      id: rng.int(1, 1e9),
      reference: references.length > 0 && rng.chance(0.7) ? rng.pick(references) : `ref-${rng.int(1, 1e6)}`,
      amount: rng.int(0, 10_000_000),
      currency: 'NGN',
      status: 'success',
      paid_at: '2026-12-03T10:00:00.000Z',
    },
  };
  const { value, where } = hostile ? mutate(event, rng) : { value: event, where: '' };
  return { payload: JSON.stringify(value), where: where && `body.${where}` };
}

function build(op: Operation, rng: Rng, hostile: boolean): Built {
  const values = new Map<Parameter, unknown>();
  for (const p of op.parameters) {
    const key = p.in === 'path' ? paramKey(op.path, p.name) : p.name;
    if (p.in === 'path' || p.required || rng.chance(0.5))
      values.set(p, validValue(p.schema, { rng, harvest }, key));
  }
  let body = op.body ? validValue(op.body, { rng, harvest }) : undefined;
  let where = '';
  let payload: string | undefined;
  let contentType = 'application/json';

  const targets = [...op.parameters.map((p) => p.name), ...(op.body || op.method === 'POST' ? ['body'] : [])];
  const target = hostile && targets.length > 0 ? rng.pick(targets) : undefined;
  if (target === 'body') {
    if (!op.body || rng.chance(0.15)) {
      body = rng.pick([undefined, null, [], 'text', 42, { '': '\u0000' }]);
      where = 'body (whole)';
    } else {
      const mutated = mutate(body, rng);
      body = mutated.value;
      where = `body.${mutated.where}`;
    }
  } else if (target) {
    const p = op.parameters.find((x) => x.name === target);
    if (p) {
      values.set(p, hostileFor(values.get(p) ?? '', rng));
      where = `${p.in}.${p.name}`;
    }
  }
  if (body !== undefined) payload = JSON.stringify(body);

  if (op.path.endsWith('/service-catalog/import')) {
    contentType = rng.chance(0.8)
      ? 'text/csv'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    payload = contentType === 'text/csv' ? csvBody(rng, hostile) : 'PK\u0003\u0004garbage';
    where ||= hostile ? 'body (file)' : '';
  }
  const headers: Record<string, string> = {};
  if (op.path.endsWith('/webhooks/paystack')) {
    const event = webhookBody(rng, hostile && !target);
    payload = event.payload;
    where ||= event.where;
  }

  let url = op.path;
  const query = new URLSearchParams();
  for (const [p, value] of values) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    if (p.in === 'path') url = url.replace(`{${p.name}}`, pathSegment(text));
    else if (p.in === 'query') {
      for (const item of Array.isArray(value) ? value : [value]) {
        query.append(p.name, typeof item === 'string' ? item : (JSON.stringify(item) ?? ''));
      }
    } else headers[p.name] = PRINTABLE.test(text) ? text : 'x'.repeat(300);
  }
  if (op.parameters.some((p) => p.name === 'idempotency-key') && !headers['idempotency-key']) {
    headers['idempotency-key'] = `fuzz-${SEED}-${caseNo}`;
  }
  if (op.path.endsWith('/webhooks/paystack') && payload !== undefined && (!hostile || rng.chance(0.7))) {
    headers['x-paystack-signature'] = createHmac('sha512', PAYSTACK_KEY).update(payload).digest('hex');
  }
  if (payload !== undefined) headers['content-type'] = contentType;
  const search = query.toString();
  return {
    method: op.method,
    url: search ? `${url}?${search}` : url,
    headers,
    ...(payload === undefined ? {} : { payload }),
    where,
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Percent-encodes a path value; a lone surrogate goes as the invalid UTF-8 bytes a client might send. */
function pathSegment(text: string): string {
  return text.split(LONE_SURROGATE).map(encodeURIComponent).join('%ED%A0%80');
}

interface Outcome {
  status: number;
  text: string;
}

async function send(built: Built, authorised: boolean): Promise<Outcome> {
  caseNo++;
  sent++;
  const reqId = `fuzz-${caseNo}`;
  const res = await t.app.inject({
    method: built.method as 'GET',
    url: built.url,
    headers: {
      ...built.headers,
      'x-request-id': reqId,
      ...(authorised ? { authorization: `Bearer ${token}` } : {}),
    },
    remoteAddress: uniqueIp(),
    ...(built.payload === undefined ? {} : { payload: built.payload }),
  });
  if (String(res.headers['content-type'] ?? '').includes('application/json') && res.body) {
    try {
      harvest.collect(JSON.parse(res.body), resourceOf(built.url.split('?')[0] ?? ''));
    } catch {
      // A body that is not JSON is reported by the status check, not here.
    }
  }
  return { status: res.statusCode, text: res.body };
}

/** Money on the books through the ordinary routes, so ids of every kind are there to aim at. */
async function seed(): Promise<void> {
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    send(
      {
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify(body),
        where: 'seed',
      },
      true,
    );
  const pid = () => harvest.get('patientId').at(-1) ?? '';
  const vid = () => harvest.get('visitId').at(-1) ?? '';
  await post('/api/v1/service-catalog', {
    code: 'FZ-LAB',
    name: 'Malaria test',
    department: 'LAB',
    workflowType: 'LAB_TEST',
    price: 150_000,
  });
  await post('/api/v1/hmo-providers', { code: 'FZ-HMO', name: 'Fuzz HMO' });
  await post('/api/v1/patients', {
    firstName: 'Adaeze',
    lastName: 'Okafor',
    sex: 'FEMALE',
    phone: '08031234567',
    dateOfBirth: '1990-04-01',
  });
  await post(`/api/v1/patients/${pid()}/hmo-enrolments`, {
    providerId: harvest.get('hmoProviderId').at(-1),
    policyNumber: 'POL-1',
    coverage: 'FULL',
  });
  await post('/api/v1/visits', { patientId: pid(), type: 'OUTPATIENT', payer: 'CASH' });
  await post(`/api/v1/visits/${vid()}/charges`, { serviceCode: 'FZ-LAB' });
  await post('/api/v1/shifts/open', { openingFloat: 0 });
  await post(
    `/api/v1/visits/${vid()}/payments`,
    { amount: 150_000, method: 'CASH' },
    { 'idempotency-key': `seed-pay-${SEED}` },
  );
  await post(
    `/api/v1/payments/${harvest.get('paymentId').at(-1)}/refund`,
    { amount: 1000, reason: 'Test not done' },
    { 'idempotency-key': `seed-ref-${SEED}` },
  );
  await post(
    `/api/v1/patients/${pid()}/wallet`,
    { amount: 50_000, method: 'CASH' },
    { 'idempotency-key': `seed-wal-${SEED}` },
  );
  await post(`/api/v1/visits/${vid()}/consultation`, { presentingComplaint: 'Fever for three days' });
}

beforeAll(async () => {
  t = await createTestApp({
    env: { LOG_LEVEL: 'error', PAYSTACK_SECRET_KEY: PAYSTACK_KEY },
    logStream: {
      write: (line) => {
        const entry = JSON.parse(line) as { reqId?: string; level?: number };
        if (entry.reqId && (entry.level ?? 0) >= 50) errorLog.set(entry.reqId, line.slice(0, 400));
      },
    },
  });
  await signIn();
});
afterAll(() => t.close());

describe(`route fuzz (${ENGINE})`, () => {
  it('INPUT-1: no generated input gives a 5xx on any route', { timeout: 600_000 }, async ({ annotate }) => {
    const rng = new Rng(SEED);
    const failures: string[] = [];
    const answered = new Set<string>();
    const started = performance.now();
    await seed();
    const ops = operationsOf(t);

    const attempt = async (op: Operation, authorised: boolean, hostile: boolean, upper?: string) => {
      const built = build(op, rng, hostile);
      if (upper) {
        // Real ids from earlier answers, typed in capitals: the same rows must be found.
        const [path = '', search] = built.url.split('?');
        built.url =
          path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, (id) => id.toUpperCase()) + (search ? `?${search}` : '');
        built.where = upper;
      }
      let out = await send(built, authorised);
      // The fuzz may sign its own user out or change its roles: sign in afresh and retry once.
      if (authorised && SIGNED_OUT.test(out.text)) {
        await signIn();
        out = await send(built, authorised);
      }
      // A policy requiring MFA would leave every later call at "enrol first": put it back.
      if (op.method === 'PUT' && op.path.endsWith('/mfa-policy')) {
        await t.database.db.execute(sql`update security_policy set mfa_required_roles = '{}' where id = 1`);
      }
      if (out.status >= 200 && out.status < 300) answered.add(`${op.method} ${op.path}`);
      if (out.status >= 500) {
        failures.push(
          `${authorised ? 'all roles' : 'anonymous'} ${built.method} ${built.url.slice(0, 200)} ` +
            `[${built.where || 'valid-ish'}] → ${out.status} ${out.text.slice(0, 200)} ` +
            `log: ${errorLog.get(`fuzz-${caseNo}`) ?? '-'} (FUZZ_SEED=${SEED}, case ${caseNo}, ` +
            `body ${(built.payload ?? '').slice(0, 300)})`,
        );
      }
    };

    // A valid-ish pass first, so later calls find the rows the earlier ones created.
    for (const op of ops) for (let i = 0; i < 2; i++) await attempt(op, true, false);
    for (const op of ops) {
      if (op.path.includes('{')) await attempt(op, true, false, 'upper-case ids');
      for (let i = 0; i < CASES; i++) await attempt(op, true, rng.chance(0.7));
      const anonymous = op.public ? CASES : ANONYMOUS_CASES;
      for (let i = 0; i < anonymous; i++) await attempt(op, false, rng.chance(0.7));
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    await annotate(
      `route fuzz: ${sent} requests over ${ops.length} operations in ${seconds} s, ` +
        `${answered.size} operations answered 2xx at least once (FUZZ_SEED=${SEED})`,
    );
    expect(failures).toEqual([]);
    expect(ops.length).toBeGreaterThan(80);
    expect(sent).toBeGreaterThan(2000);
  });
});
