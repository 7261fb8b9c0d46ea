import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, apiRequest, describeWait, fieldErrors, setAuthHooks } from './api';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

const unauthenticated = () => jsonResponse(401, { error: { code: 'NOT_AUTHENTICATED', message: 'Sign in' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setAuthHooks(null);
});

describe('apiRequest', () => {
  test('sends JSON with same-origin credentials and the bearer token', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { ok: 1 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setAuthHooks({ accessToken: () => 'token-123', renew: async () => 'lost', onSessionLost: () => {} });

    await expect(apiRequest('/api/v1/things', { body: { a: 1 } })).resolves.toEqual({ ok: 1 });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer token-123',
    });
  });

  test('turns the error body into an ApiError with code, message and status', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' } }),
    );
    const error = await apiRequest('/api/v1/auth/login', { body: {}, auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password',
    });
  });

  test('reads Retry-After into retryAfterSeconds', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse(
        423,
        { error: { code: 'ACCOUNT_LOCKED', message: 'Locked', details: { retryAfterSeconds: 1799 } } },
        { 'retry-after': '1800' },
      ),
    );
    await expect(apiRequest('/api/v1/auth/login', { body: {}, auth: false })).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
      retryAfterSeconds: 1800,
    });
  });

  test('a non-JSON failure still gets a readable message', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  test('an unreachable server is reported as a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('/api/health')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('a 401 on an authenticated call', () => {
  test('renews the session once and retries with the new token', async () => {
    let token = 'expired';
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
      return auth === 'Bearer fresh' ? jsonResponse(200, { items: [] }) : unauthenticated();
    });
    vi.stubGlobal('fetch', fetchMock);
    const renew = vi.fn(async () => {
      token = 'fresh';
      return 'renewed' as const;
    });
    const onSessionLost = vi.fn();
    setAuthHooks({ accessToken: () => token, renew, onSessionLost });

    await expect(apiRequest('/api/v1/users')).resolves.toEqual({ items: [] });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onSessionLost).not.toHaveBeenCalled();
  });

  test('reports the session lost when it cannot be renewed', async () => {
    vi.stubGlobal('fetch', async () => unauthenticated());
    const onSessionLost = vi.fn();
    setAuthHooks({ accessToken: () => 'expired', renew: async () => 'lost', onSessionLost });

    await expect(apiRequest('/api/v1/users')).rejects.toMatchObject({ status: 401 });
    expect(onSessionLost).toHaveBeenCalledTimes(1);
  });

  test('is only an answer for the sign-in calls themselves', async () => {
    vi.stubGlobal('fetch', async () => unauthenticated());
    const renew = vi.fn(async () => 'renewed' as const);
    setAuthHooks({ accessToken: () => null, renew, onSessionLost: () => {} });

    await expect(apiRequest('/api/v1/auth/login', { body: {}, auth: false })).rejects.toMatchObject({
      status: 401,
    });
    expect(renew).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  test('fieldErrors groups validation details by field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'The request is invalid', [
      { path: 'body.newPassword', message: 'must contain a digit' },
      { path: 'body.newPassword', message: 'is a commonly used password' },
    ]);
    expect(fieldErrors(error)).toEqual({
      newPassword: ['must contain a digit', 'is a commonly used password'],
    });
  });

  test('describeWait speaks in seconds, minutes or hours', () => {
    expect(describeWait(45)).toBe('45 seconds');
    expect(describeWait(1800)).toBe('30 minutes');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(3 * 3600)).toBe('3 hours');
  });
});
