import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, apiRequest, setAccessTokenSource } from './api';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenSource(() => null);
});

describe('apiRequest', () => {
  test('sends JSON with same-origin credentials and the bearer token', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      jsonResponse(200, { ok: 1 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setAccessTokenSource(() => 'token-123');

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
    const error = await apiRequest('/api/v1/auth/login', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong username or password',
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
