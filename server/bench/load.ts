import http from 'node:http';

export interface BenchQuery {
  kind: string;
  q: string;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  queries: BenchQuery[];
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  /** A hard stop on requests, so a run is bounded by count as well as time. */
  maxRequests: number;
}

export interface LoadResult {
  /** Milliseconds per request, by query kind. */
  latencies: Map<string, number[]>;
  errors: number;
  requests: number;
  /** Including the warm-up, for dividing CPU time measured over the whole run. */
  requestsSent: number;
  seconds: number;
}

/** One GET on a kept-alive connection; resolves with the status once the whole body has arrived. */
function get(agent: http.Agent, url: URL, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/**
 * `concurrency` clients, each sending its next search as soon as the last one answered (closed loop,
 * one kept-alive connection each). Requests during the warm-up are sent but not recorded.
 * node:http rather than fetch: the load generator shares the two cores with the server and
 * PostgreSQL, and fetch cost about 1 ms of CPU per request here, node:http about a third of that.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const latencies = new Map<string, number[]>();
  let errors = 0;
  let requests = 0;
  let requestsSent = 0;
  let next = 0;
  const start = performance.now();
  const measureFrom = start + opts.warmupSeconds * 1000;
  const stopAt = measureFrom + opts.seconds * 1000;

  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });

  async function client(): Promise<void> {
    while (performance.now() < stopAt && requests < opts.maxRequests) {
      const query = opts.queries[next++ % opts.queries.length];
      if (!query) return;
      const sent = performance.now();
      const status = await get(
        agent,
        new URL(`/api/v1/patients?q=${encodeURIComponent(query.q)}`, opts.baseUrl),
        opts.token,
      );
      const done = performance.now();
      requestsSent++;
      if (sent < measureFrom) continue;
      requests++;
      if (status !== 200) errors++;
      const list = latencies.get(query.kind) ?? [];
      list.push(done - sent);
      latencies.set(query.kind, list);
    }
  }

  await Promise.all(Array.from({ length: opts.concurrency }, client));
  agent.destroy();
  return { latencies, errors, requests, requestsSent, seconds: (performance.now() - measureFrom) / 1000 };
}

/** The p-th percentile (nearest rank) of already sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
