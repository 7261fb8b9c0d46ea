import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { type WireAnswer, type WireRoute, wireRoutes } from './wire-routes';

export interface RecordedRequest {
  method: string;
  /** The path with its query string, as the app asked for it: `/api/v1/visits?page=1`. */
  url: string;
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, undefined without one. */
  body: unknown;
  headers: Record<string, string>;
}

export interface FakeRequest extends RecordedRequest {
  /** The `:name` parts of the route's pattern. */
  params: Record<string, string>;
}

/** An answer that is not the route's success body: a refusal, or an odd status. */
export class FakeReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** The contract's refusal `{ error: { code, message, details } }`. */
export function refuse(
  status: number,
  code: string,
  message: string,
  details?: unknown,
  headers: Record<string, string> = {},
): FakeReply {
  return new FakeReply(
    status,
    { error: { code, message, ...(details === undefined ? {} : { details }) } },
    headers,
  );
}

type Answer<R extends WireRoute> = WireAnswer<R> | FakeReply;
export type Handler<R extends WireRoute> = (request: FakeRequest) => Answer<R> | Promise<Answer<R>>;
/** A fixed answer, or a handler that computes one from the request. */
export type Answering<R extends WireRoute> = Handler<R> | Answer<R>;

interface Registered {
  method: string;
  segments: string[];
  route: WireRoute;
  handler: (request: FakeRequest) => unknown;
}

export interface FakeApi {
  /** Answers `route` (e.g. `'GET /api/v1/visits/:id'`) from now on; a later `on` for it wins. */
  on<R extends WireRoute>(route: R, answer: Answering<R>): FakeApi;
  /** Every request the app sent, in order. */
  readonly requests: RecordedRequest[];
  /** The requests that changed something (not GET), as `{ url, body }`. */
  sent(): { url: string; body: unknown }[];
  /** The GET requests to one path (query strings ignored). */
  reads(path: string): RecordedRequest[];
}

function matchParams(pattern: string[], path: string[]): Record<string, string> | null {
  if (pattern.length !== path.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const actual = path[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

/** Header names in lower case, as HTTP treats them (`idempotency-key`). */
function headersOf(init?: RequestInit): Record<string, string> {
  const given = init?.headers;
  const pairs: [string, string][] =
    given instanceof Headers
      ? [...given.entries()]
      : Array.isArray(given)
        ? given
        : Object.entries(given ?? {});
  return Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), value]));
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A fake server for one test file: replaces `fetch` before each test and restores it after,
 * answers the routes a test registers with bodies checked against the domain's wire schemas, and
 * records every request. A request no route answers gets a 404, as from the real server.
 */
/** Call at the top of a test file (it registers beforeEach/afterEach hooks). */
export function fakeApi(): FakeApi {
  let routes: Registered[] = [];
  const requests: RecordedRequest[] = [];
  const broken: string[] = [];

  const respond = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://clinic.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method,
      url: `${url.pathname}${url.search}`,
      path: url.pathname,
      query: url.searchParams,
      body: text === undefined ? undefined : JSON.parse(text),
      headers: headersOf(init),
    };
    requests.push(request);
    const pathParts = url.pathname.split('/');
    // Literal paths beat patterns (`/patients/pending-verification` before `/patients/:id`); the
    // latest registration of the same route wins.
    const candidates = routes
      .filter((r) => r.method === method)
      .map((r) => ({ r, params: matchParams(r.segments, pathParts) }))
      .filter((c): c is { r: Registered; params: Record<string, string> } => c.params !== null)
      .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
    const hit = candidates[0];
    if (!hit)
      return json(404, { error: { code: 'NOT_FOUND', message: `No route ${method} ${url.pathname}` } });
    if (init?.signal?.aborted) throw new DOMException('The request was aborted.', 'AbortError');
    const answer = await hit.r.handler({ ...request, params: hit.params });
    if (answer instanceof FakeReply) return json(answer.status, answer.body, answer.headers);
    const checked = wireRoutes[hit.r.route].safeParse(answer);
    if (!checked.success) {
      // The app would show this as a lost connection; the test fails on it after it ends.
      broken.push(`${hit.r.route}: ${checked.error.message}`);
      throw new TypeError('The fake answer breaks the wire schema');
    }
    return json(200, answer);
  };

  beforeEach(() => {
    routes = [];
    requests.length = 0;
    broken.length = 0;
    vi.stubGlobal('fetch', vi.fn(respond));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    // Throwing here skips the later hooks, so unmount first as the setup file would.
    cleanup();
    if (broken.length > 0) throw new Error(`A fake answer breaks the wire schema:\n${broken.join('\n')}`);
  });

  const fake: FakeApi = {
    on(route, answer) {
      const [method = 'GET', pattern = '/'] = route.split(' ');
      const handler = typeof answer === 'function' ? answer : () => answer;
      // Newest first, so the stable sort above prefers it among equally specific routes.
      routes.unshift({
        method,
        segments: pattern.split('/'),
        route,
        handler: handler as Registered['handler'],
      });
      return fake;
    },
    requests,
    sent: () => requests.filter((r) => r.method !== 'GET').map((r) => ({ url: r.url, body: r.body })),
    reads: (path) => requests.filter((r) => r.method === 'GET' && r.path === path),
  };
  return fake;
}
