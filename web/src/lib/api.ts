/**
 * Typed fetch wrapper for the Modern EMR API. Every failure becomes an ApiError carrying the
 * server's `{ error: { code, message, details } }`, so screens can show the server's words.
 */

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

type AccessTokenSource = () => string | null;

let accessTokenSource: AccessTokenSource = () => null;

/** Lets the session module supply the in-memory access token without lib/ depending on features/. */
export function setAccessTokenSource(source: AccessTokenSource): void {
  accessTokenSource = source;
}

export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const token = accessTokenSource();
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', 'Cannot reach the server. Check the connection and try again.');
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) =>
    apiRequest<T>(path, { method: 'GET', ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'You are not signed in, or your session has ended.',
  403: 'You do not have permission to do that.',
  404: 'Not found.',
  429: 'Too many attempts. Wait a moment and try again.',
  503: 'The service is temporarily unavailable. Try again shortly.',
};

function toApiError(status: number, payload: unknown): ApiError {
  // The contract shape first: { error: { code, message, details } }.
  if (isRecord(payload) && isRecord(payload.error) && typeof payload.error.message === 'string') {
    const code = typeof payload.error.code === 'string' ? payload.error.code : `HTTP_${status}`;
    return new ApiError(status, code, payload.error.message, payload.error.details);
  }
  // Proxies and framework defaults answer `{ message }` or nothing at all.
  const message =
    isRecord(payload) && typeof payload.message === 'string'
      ? payload.message
      : (FALLBACK_MESSAGES[status] ?? `The server answered with an error (HTTP ${status}).`);
  return new ApiError(status, `HTTP_${status}`, message);
}
