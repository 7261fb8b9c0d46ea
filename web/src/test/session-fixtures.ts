import { DEFAULT_CLINIC_DISPLAY, type Me, type Role } from '@modern-emr/domain';
import { startSession } from '../features/auth/session';

export function makeUser(roles: Role[], overrides: Partial<Me> = {}): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    username: roles[0]?.toLowerCase() ?? 'user',
    fullName: 'Test User',
    roles,
    mustChangePassword: false,
    mfaEnabled: false,
    mfaEnrolmentRequired: false,
    patientId: null,
    portalVerified: null,
    clinic: DEFAULT_CLINIC_DISPLAY,
    ...overrides,
  };
}

/** Signs a user in without the server (the access token is a placeholder). */
export function signInAs(roles: Role[], overrides: Partial<Me> = {}): Me {
  const user = makeUser(roles, overrides);
  startSession({ accessToken: 'test-access-token', user });
  return user;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
