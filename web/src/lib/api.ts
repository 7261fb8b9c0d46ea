/**
 * Typed fetch wrapper for the Modern EMR API. Every failure becomes an ApiError carrying the
 * server's `{ error: { code, message, details } }`, so screens can show the server's words.
 * A 401 on an authenticated call renews the session once (refresh cookie) and retries.
 */

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** From `Retry-After` (423 locked, 429 rate limited), in seconds. */
    readonly retryAfterSeconds?: number,
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
  /**
   * false for the sign-in calls themselves (login, refresh, logout): no bearer token is needed
   * and a 401 is an answer, not a reason to renew the session.
   */
  auth?: boolean;
}

/** What renewing the session after a 401 achieved. */
export type RenewOutcome = 'renewed' | 'lost' | 'unreachable';

export interface AuthHooks {
  /** The in-memory access token, if signed in. */
  accessToken: () => string | null;
  /** Gets a new access token (refresh cookie); called once per 401. */
  renew: () => Promise<RenewOutcome>;
  /** The session is gone for good: the app sends the user to sign in. */
  onSessionLost: () => void;
}

const NO_AUTH: AuthHooks = {
  accessToken: () => null,
  renew: async () => 'lost',
  onSessionLost: () => {},
};

let hooks: AuthHooks = NO_AUTH;

/** Lets the session module plug in without lib/ depending on features/. */
export function setAuthHooks(next: AuthHooks | null): void {
  hooks = next ?? NO_AUTH;
}

const NETWORK_MESSAGE = 'Cannot reach the server. Check the connection and try again.';

async function send(path: string, options: ApiRequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const token = options.auth === false ? null : hooks.accessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_MESSAGE);
  }
}

export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && options.auth !== false) {
    const outcome = await hooks.renew();
    if (outcome === 'renewed') response = await send(path, options);
    else if (outcome === 'unreachable') throw new ApiError(0, 'NETWORK_ERROR', NETWORK_MESSAGE);
    if (response.status === 401) hooks.onSessionLost();
  }
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response, payload);
  return payload as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) =>
    apiRequest<T>(path, { method: 'GET', ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

/** `?a=1&b=x` from the defined, non-empty values only. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

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

function retryAfterOf(response: Response, details: unknown): number | undefined {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return header;
  if (isRecord(details) && typeof details.retryAfterSeconds === 'number') return details.retryAfterSeconds;
  return undefined;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const { status } = response;
  // The contract shape first: { error: { code, message, details } }.
  if (isRecord(payload) && isRecord(payload.error) && typeof payload.error.message === 'string') {
    const code = typeof payload.error.code === 'string' ? payload.error.code : `HTTP_${status}`;
    const details = payload.error.details;
    return new ApiError(status, code, payload.error.message, details, retryAfterOf(response, details));
  }
  // Proxies and framework defaults answer `{ message }` or nothing at all.
  const message =
    isRecord(payload) && typeof payload.message === 'string'
      ? payload.message
      : (FALLBACK_MESSAGES[status] ?? `The server answered with an error (HTTP ${status}).`);
  return new ApiError(status, `HTTP_${status}`, message, undefined, retryAfterOf(response, undefined));
}

/**
 * Field problems from a VALIDATION_FAILED answer (`details: [{ path: 'body.newPassword', message }]`),
 * keyed by the last path segment: `{ newPassword: ['must contain a digit'] }`.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return out;
  for (const item of error.details) {
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.message !== 'string') continue;
    const field = item.path.split('.').pop() ?? item.path;
    const list = out[field] ?? [];
    list.push(item.message);
    out[field] = list;
  }
  return out;
}

/** "30 minutes", "1 minute", "45 seconds": how long until a lock or limit ends. */
export function describeWait(seconds: number): string {
  if (seconds < 60)
    return `${Math.max(1, Math.round(seconds))} second${Math.round(seconds) === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return `${hours} hours`;
}

/** The error's words for the user; a non-API failure gets a generic sentence. */
export function errorMessage(error: unknown, fallback = 'Something went wrong. Try again.'): string {
  return error instanceof ApiError ? error.message : fallback;
}
