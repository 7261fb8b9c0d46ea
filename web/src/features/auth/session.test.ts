import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { apiRequest } from '../../lib/api';
import { readCookie } from '../../lib/cookies';
import { jsonResponse, makeUser, signInAs } from '../../test/session-fixtures';
import { CSRF_COOKIE, endSession, getSession, getSessionState, restoreSession, signOut } from './session';

function setCsrfCookie(value: string | null): void {
  // biome-ignore lint/suspicious/noDocumentCookie: test set-up of the script-readable CSRF cookie
  document.cookie = value === null ? `${CSRF_COOKIE}=; Max-Age=0; Path=/` : `${CSRF_COOKIE}=${value}; Path=/`;
}

type Call = { url: string; init: RequestInit | undefined };

function routeFetch(handler: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    return handler(url, init);
  });
  return calls;
}

const header = (call: Call | undefined, name: string) =>
  (call?.init?.headers as Record<string, string>)?.[name];
const unauthenticated = () => jsonResponse(401, { error: { code: 'NOT_AUTHENTICATED', message: 'Sign in' } });

beforeEach(() => {
  setCsrfCookie('csrf-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfCookie(null);
  endSession();
});

describe('session refresh', () => {
  test('a 401 renews through the refresh cookie (with the CSRF header) and the call is retried', async () => {
    signInAs(['ADMIN']);
    const calls = routeFetch((url, init) => {
      if (url === '/api/v1/auth/refresh') {
        return jsonResponse(200, {
          accessToken: 'fresh-token',
          accessTokenExpiresIn: 900,
          user: makeUser(['ADMIN']),
        });
      }
      return header({ url, init }, 'authorization') === 'Bearer fresh-token'
        ? jsonResponse(200, { items: ['ok'] })
        : unauthenticated();
    });

    await expect(apiRequest('/api/v1/users')).resolves.toEqual({ items: ['ok'] });

    expect(calls.map((c) => c.url)).toEqual(['/api/v1/users', '/api/v1/auth/refresh', '/api/v1/users']);
    const refresh = calls[1];
    expect(refresh?.init?.method).toBe('POST');
    expect(refresh?.init?.body).toBeNull();
    expect(header(refresh, 'x-csrf-token')).toBe('csrf-1');
    expect(header(refresh, 'authorization')).toBeUndefined();
    expect(getSession()?.accessToken).toBe('fresh-token');
  });

  test('calls failing together share one refresh: a refresh token is never presented twice', async () => {
    signInAs(['ADMIN']);
    const calls = routeFetch((url, init) => {
      if (url === '/api/v1/auth/refresh') {
        return jsonResponse(200, {
          accessToken: 'fresh-token',
          accessTokenExpiresIn: 900,
          user: makeUser(['ADMIN']),
        });
      }
      return header({ url, init }, 'authorization') === 'Bearer fresh-token'
        ? jsonResponse(200, {})
        : unauthenticated();
    });

    await Promise.all([apiRequest('/api/v1/a'), apiRequest('/api/v1/b'), apiRequest('/api/v1/c')]);
    expect(calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  test('when the refresh is refused the session ends as "expired" (the app then asks to sign in)', async () => {
    signInAs(['NURSE']);
    routeFetch((url) =>
      url === '/api/v1/auth/refresh'
        ? jsonResponse(401, { error: { code: 'NOT_AUTHENTICATED', message: 'Your session has ended' } })
        : unauthenticated(),
    );

    await expect(apiRequest('/api/v1/worklists/nurse')).rejects.toMatchObject({ status: 401 });
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  test('on load, the refresh cookie restores the session; without the CSRF cookie the server is not asked', async () => {
    const calls = routeFetch(() =>
      jsonResponse(200, { accessToken: 'restored', accessTokenExpiresIn: 900, user: makeUser(['DOCTOR']) }),
    );
    await restoreSession();
    expect(getSession()?.user.roles).toEqual(['DOCTOR']);
    expect(calls).toHaveLength(1);

    endSession();
    setCsrfCookie(null);
    await restoreSession();
    expect(getSessionState().status).toBe('signed-out');
    expect(calls).toHaveLength(1);
  });

  test('sign-out tells the server, forgets the token and drops the CSRF cookie', async () => {
    signInAs(['CASHIER']);
    const calls = routeFetch(() => jsonResponse(204, null));
    await signOut();
    expect(calls[0]?.url).toBe('/api/v1/auth/logout');
    expect(header(calls[0], 'authorization')).toBe('Bearer test-access-token');
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
    expect(readCookie(CSRF_COOKIE) ?? '').toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
