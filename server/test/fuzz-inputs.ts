import fc from 'fast-check';

/**
 * Inputs for the route fuzz test, generated from the OpenAPI (JSON Schema) the app publishes:
 * values that pass validation ("valid-ish", so requests reach the services and the database)
 * and hostile ones (NUL bytes, lone surrogates, huge strings, wrong types, out-of-range numbers,
 * upper-case and malformed UUIDs, unknown enum values, nested garbage). Everything is drawn from
 * one seeded generator, so a failure replays from its seed.
 */

/** The part of JSON Schema that fastify-type-provider-zod emits for our routes. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** mulberry32: small, fast and good enough to pick cases; the seed is the whole state. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Values seen in earlier responses, by property name (`patientId`, `code`, …), to aim at real rows. */
export class Harvest {
  private readonly byKey = new Map<string, string[]>();

  add(key: string, value: string): void {
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    if (list.length > 40) list.shift();
    this.byKey.set(key, list);
  }

  get(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }

  /** Records the scalar strings of a JSON response; ids also under `<resource>Id`. */
  collect(value: unknown, resource: string | undefined, key = ''): void {
    if (typeof value === 'string') {
      if (key && value.length <= 200) this.add(key, value);
      if (UUID.test(value)) this.add('*id', value);
      return;
    }
    if (Array.isArray(value)) {
      const owner = key && key !== 'items' ? singular(key) : resource;
      for (const item of value) this.collect(item, owner, key);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'id' && typeof v === 'string' && resource) this.add(`${resource}Id`, v);
        this.collect(v, k === 'id' ? resource : k, k);
      }
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `charges` → `charge`, `hmo-providers` → `hmoProvider`, `service-catalog` → `serviceCatalog`. */
export function singular(word: string): string {
  const camel = word.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  return camel.endsWith('ies') ? `${camel.slice(0, -3)}y` : camel.replace(/s$/, '');
}

/** The harvest key of a path parameter: `/patients/{id}` → `patientId`; `{serviceId}` stays. */
export function paramKey(path: string, name: string): string {
  if (name !== 'id') return name;
  const segments = path.split('/');
  const at = segments.indexOf('{id}');
  const resource = segments[at - 1];
  if (resource === 'service-catalog') return 'serviceId';
  return resource ? `${singular(resource)}Id` : 'id';
}

const WORDS = ['Adaeze', 'Okafor', 'malaria', 'Lagos', 'follow up', "O'Neil", 'Ọ̀pẹ́', 'fever 3 days', 'X1'];
const matchers = new Map<string, fc.Arbitrary<string>>();

function matching(pattern: string, rng: Rng): string | undefined {
  let arbitrary = matchers.get(pattern);
  if (!arbitrary) {
    try {
      arbitrary = fc.stringMatching(new RegExp(pattern, 'u'));
    } catch {
      return undefined;
    }
    matchers.set(pattern, arbitrary);
  }
  const [sample] = fc.sample(arbitrary, { seed: rng.int(0, 2 ** 31 - 1), numRuns: 1 });
  return sample;
}

/** A version-4-shaped UUID from the seeded generator (so a run replays exactly). */
export function randomUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function validString(schema: JsonSchema, name: string, ctx: InputContext): string {
  const { rng, harvest } = ctx;
  const seen = harvest.get(name);
  if (schema.format === 'uuid') {
    const ids = seen.length > 0 && rng.chance(0.8) ? seen : harvest.get('*id');
    return ids.length > 0 ? rng.pick(ids) : randomUuid(rng);
  }
  if (seen.length > 0 && rng.chance(0.4)) return rng.pick(seen);
  if (schema.format === 'date' || schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || /date|from|to/i.test(name)) {
    const date = `202${rng.int(4, 7)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
    if (schema.format === 'date' || schema.pattern) return date;
  }
  if (schema.format === 'email') return `ada.${rng.int(1, 9999)}@example.com`;
  if (schema.pattern) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const sample = matching(schema.pattern, rng);
      if (sample !== undefined && sample.length <= (schema.maxLength ?? 200)) return sample;
    }
  }
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, Math.max(min, 60));
  let text = rng.pick(WORDS);
  while (text.length < min) text += ` ${rng.pick(WORDS)}`;
  return text.slice(0, max);
}

function validNumber(schema: JsonSchema, integer: boolean, rng: Rng): number {
  const min = schema.minimum ?? (integer ? 0 : -1000);
  const max = Math.min(schema.maximum ?? min + 1_000_000, min + 1_000_000);
  const value = rng.chance(0.3) ? min : rng.int(min, Math.min(max, min + rng.pick([10, 1000, 1_000_000])));
  return integer ? value : value + rng.next() / 2;
}

export interface InputContext {
  rng: Rng;
  harvest: Harvest;
}

/** A value the schema accepts (mostly; patterns fast-check cannot read fall back to plain words). */
export function validValue(schema: JsonSchema, ctx: InputContext, name = '', depth = 0): unknown {
  const { rng } = ctx;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const nonNull = branches.filter((b) => b.type !== 'null');
    return validValue(
      rng.chance(0.85) && nonNull.length > 0 ? rng.pick(nonNull) : rng.pick(branches),
      ctx,
      name,
      depth,
    );
  }
  if (schema.allOf?.[0]) return validValue(schema.allOf[0], ctx, name, depth);
  const types = [schema.type ?? (schema.properties ? 'object' : 'string')].flat();
  const type =
    types.length > 1 && rng.chance(0.85) ? (types.find((t) => t !== 'null') ?? 'null') : rng.pick(types);
  switch (type) {
    case 'string':
      return validString(schema, name, ctx);
    case 'integer':
      return validNumber(schema, true, rng);
    case 'number':
      return validNumber(schema, false, rng);
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const count = rng.int(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, (schema.minItems ?? 0) + 3));
      return Array.from({ length: depth > 4 ? 0 : count }, () =>
        validValue(schema.items ?? {}, ctx, singular(name), depth + 1),
      );
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || rng.chance(0.5))
          out[key] = validValue(child, ctx, key, depth + 1);
      }
      return out;
    }
    default:
      return rng.pick(WORDS);
  }
}

const HUGE = 'Ọ'.repeat(70_000);
const DEEP = JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) as unknown;

/** Hostile stand-ins for any value: wrong types, edge numbers, text PostgreSQL cannot store. */
const ANY_HOSTILE: readonly unknown[] = [
  '\u0000',
  'Ada\u0000eze',
  '\ud800',
  'a\udfffb',
  HUGE,
  '',
  ' ',
  '‮Ọ̀kàfọ̀ 🏥 中文 \u200b',
  "'; DROP TABLE patients; --",
  '%00',
  '../../etc/passwd',
  '3F1C1C1E-8A5B-4C55-9A53-2F0F7C1E0A11',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'UNKNOWN_VALUE',
  '2026-02-30',
  '9999-12-31',
  '0000-01-01',
  '2026-13-45T25:61:00Z',
  '1e309',
  -1,
  0,
  1.5,
  -2_147_483_649,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  true,
  null,
  [],
  {},
  [{ a: [null, { b: '\u0000' }] }],
  { nested: { garbage: [1, 'two', { three: null }] } },
  DEEP,
];

/** A hostile value shaped after the valid one it replaces, or any hostile value. */
export function hostileFor(valid: unknown, rng: Rng): unknown {
  if (rng.chance(0.4)) return rng.pick(ANY_HOSTILE);
  if (typeof valid === 'string') {
    if (UUID.test(valid))
      return rng.pick([valid.toUpperCase(), valid.slice(0, 35), `${valid}0`, `{${valid}}`]);
    const at = rng.int(0, valid.length);
    return rng.pick([
      `${valid.slice(0, at)}\u0000${valid.slice(at)}`,
      `${valid.slice(0, at)}\ud83d${valid.slice(at)}`,
      valid.toLowerCase() === valid ? valid.toUpperCase() : valid.toLowerCase(),
      valid.repeat(2000),
      `${valid}\u0000`,
    ]);
  }
  if (typeof valid === 'number') {
    return rng.pick([-valid - 1, valid + 0.5, valid * 1e12, 2 ** 63, -(2 ** 63), String(valid)]);
  }
  return rng.pick(ANY_HOSTILE);
}

type Path = (string | number)[];

function paths(value: unknown, at: Path = []): Path[] {
  const here: Path[] = [at];
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) here.push(...paths(child, [...at, key]));
  return here;
}

/**
 * The valid value with one place made hostile: a value replaced, or an unknown key added.
 * Returns the changed value and the place, so a failure names the field.
 */
export function mutate(valid: unknown, rng: Rng): { value: unknown; where: string } {
  const places = paths(valid);
  const place = rng.pick(places);
  const copy = structuredClone(valid);
  const where = place.length === 0 ? '(whole)' : place.join('.');
  if (place.length === 0) return { value: hostileFor(valid, rng), where };
  let parent = copy as Record<string | number, unknown>;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = place[place.length - 1] as string | number;
  if (rng.chance(0.1) && !Array.isArray(parent)) {
    parent[`unknown${rng.int(1, 9)}`] = rng.pick(ANY_HOSTILE);
    return { value: copy, where: `${where} (extra key beside it)` };
  }
  parent[last] = hostileFor(parent[last], rng);
  return { value: copy, where };
}
