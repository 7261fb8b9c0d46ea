import { createHmac } from 'node:crypto';
import type { Page } from 'playwright-core';

/** The demo seed's shared password (api.md); the e2e server inherits DEMO_PASSWORD if set. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo-Clinic-2026!';

export interface Credentials {
  username: string;
  password: string;
}

/** Each demo user (api.md, "Demo data") and the home page its role lands on. */
export const DEMO_HOMES: readonly { username: string; path: string; heading: string }[] = [
  { username: 'admin', path: '/admin', heading: 'Administration' },
  { username: 'reception', path: '/reception', heading: 'Reception' },
  { username: 'cashier', path: '/cashier', heading: 'Cashier' },
  { username: 'doctor', path: '/doctor', heading: 'Consulting room' },
  { username: 'nurse', path: '/nurse', heading: 'Nursing station' },
  { username: 'lab', path: '/lab', heading: 'Laboratory' },
  { username: 'radiology', path: '/radiology', heading: 'Radiology' },
  { username: 'pharmacy', path: '/pharmacy', heading: 'Pharmacy' },
];

/** Fills the sign-in form of the page already open and submits it. */
export async function submitSignIn(page: Page, { username, password }: Credentials): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Opens the sign-in page with `next` set, signs in, and so arrives at `path`. */
export async function signInAt(
  page: Page,
  baseUrl: string,
  path: string,
  credentials: Credentials,
): Promise<void> {
  const next = path === '/' ? '' : `?next=${encodeURIComponent(path)}`;
  await page.goto(`${baseUrl}/login${next}`);
  await submitSignIn(page, credentials);
}

interface ApiFailure {
  error?: { code?: string; message?: string };
}

export async function call<T>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string },
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as T & ApiFailure) : ({} as T & ApiFailure);
  return { status: response.status, json };
}

/** An access token for API set-up (refresh token in the body: API-client mode, no cookies). */
export async function apiSignIn(baseUrl: string, credentials: Credentials): Promise<string> {
  const { status, json } = await call<{ accessToken: string }>(baseUrl, '/api/v1/auth/login', {
    body: credentials,
  });
  if (status !== 200)
    throw new Error(`API sign-in as ${credentials.username} failed: ${status} ${json.error?.code}`);
  return json.accessToken;
}

let runId = 0;
/** Usernames unique within a run (the e2e server's database is fresh for every run). */
export function uniqueUsername(prefix: string): string {
  runId += 1;
  return `${prefix}-${process.pid}-${runId}`;
}

/** An ADMIN creates a staff account with a temporary password (it must be changed at first sign-in). */
export async function createStaffUser(
  baseUrl: string,
  user: { username: string; fullName: string; roles: string[]; temporaryPassword: string },
): Promise<void> {
  const token = await apiSignIn(baseUrl, { username: 'admin', password: DEMO_PASSWORD });
  const { status, json } = await call(baseUrl, '/api/v1/users', { body: user, token });
  if (status !== 201) throw new Error(`creating ${user.username} failed: ${status} ${JSON.stringify(json)}`);
}

/** A staff account that has already replaced its temporary password: ready to use. */
export async function createReadyStaffUser(
  baseUrl: string,
  roles: string[],
  prefix: string,
): Promise<Credentials> {
  const username = uniqueUsername(prefix);
  const temporaryPassword = 'Temporary-Kola-Nut-83!';
  await createStaffUser(baseUrl, { username, fullName: `E2E ${prefix}`, roles, temporaryPassword });
  const token = await apiSignIn(baseUrl, { username, password: temporaryPassword });
  const password = 'Own-Choice-Baobab-Tree-51#';
  const { status } = await call(baseUrl, '/api/v1/auth/password', {
    body: { currentPassword: temporaryPassword, newPassword: password },
    token,
  });
  if (status !== 200) throw new Error(`password change for ${username} failed: ${status}`);
  return { username, password };
}

/** A patient's portal self-registration, waiting for the front desk to verify it. */
export async function registerPatient(baseUrl: string, prefix = 'e2e-patient'): Promise<Credentials> {
  const username = uniqueUsername(prefix);
  const password = 'Harmattan-Breeze-Lagos-7!';
  const { status, json } = await call(baseUrl, '/api/v1/auth/register', {
    body: {
      username,
      password,
      firstName: 'Amaka',
      lastName: 'Obi',
      phone: '+2348030000001',
      dateOfBirth: '1990-04-12',
    },
  });
  if (status !== 201) throw new Error(`registering ${username} failed: ${status} ${JSON.stringify(json)}`);
  return { username, password };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as an authenticator app computes it. */
export function totp(secretBase32: string, now = Date.now()): string {
  let bits = '';
  for (const char of secretBase32.replace(/=+$/, '').toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value < 0) continue;
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}
