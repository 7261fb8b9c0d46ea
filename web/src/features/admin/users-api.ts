import type { MfaPolicy, Page, Role, User } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export type { User };

export interface UserFilter {
  q?: string;
  page: number;
  pageSize: number;
}

export function listUsers(filter: UserFilter, signal?: AbortSignal): Promise<Page<User>> {
  return api.get(
    `/api/v1/users${queryString({ q: filter.q, page: filter.page, pageSize: filter.pageSize })}`,
    signal,
  );
}

export interface NewUser {
  username: string;
  fullName: string;
  roles: Role[];
  temporaryPassword: string;
}

export function createUser(body: NewUser): Promise<User> {
  return api.post('/api/v1/users', body);
}

export type UserChange =
  | { roles: Role[] }
  | { active: boolean }
  | { unlock: true }
  | { resetMfa: true }
  | { temporaryPassword: string };

export function updateUser(id: string, change: UserChange): Promise<User> {
  return api.patch(`/api/v1/users/${encodeURIComponent(id)}`, change);
}

export function getMfaPolicy(signal?: AbortSignal): Promise<MfaPolicy> {
  return api.get('/api/v1/mfa-policy', signal);
}

export function setMfaPolicy(requiredRoles: Role[]): Promise<MfaPolicy> {
  return api.put('/api/v1/mfa-policy', { requiredRoles });
}

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '!#$%&*+-=?@';

/**
 * A 16-character temporary password from the browser's CSPRNG, with every character class the
 * policy asks for; look-alike characters (0/O, 1/l/I) are left out because it is read aloud or
 * copied by hand.
 */
/** A uniform integer in [0, n) from the browser's CSPRNG (rejection sampling, no modulo bias). */
function randomInt(n: number): number {
  const buffer = new Uint32Array(1);
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  let value: number;
  do {
    crypto.getRandomValues(buffer);
    value = buffer[0] ?? 0;
  } while (value >= limit);
  return value % n;
}

export function generateTemporaryPassword(length = 16): string {
  const all = UPPER + LOWER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)] ?? '';
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  // Fisher–Yates, so the required classes are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  return chars.join('');
}
