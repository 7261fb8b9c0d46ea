/**
 * `npm run bench`: patient search over HTTP at a million patients (docs/performance.md).
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/emr_bench),
 * BENCH_PATIENTS (1000000), BENCH_SECONDS (30), BENCH_CONCURRENCY (20), BENCH_PORT (18080),
 * BENCH_POOL (the server's database pool, 4), BENCH_CPU_PROF (a directory for the server's CPU
 * profile; off by default).
 */
import os from 'node:os';
import type pg from 'pg';
import { DEFAULT_BENCH_DATABASE_URL, openBenchDatabase } from './bench-database';
import { benchQueries } from './bench-queries';
import { benchReceptionist, signIn, startServer } from './bench-server';
import { cpuSeconds, serverBackends } from './cpu-time';
import { percentile, runLoad } from './load';
import { seedBenchPatients } from './seed-bench-patients';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
const patients = env('BENCH_PATIENTS', 1_000_000);
const seconds = env('BENCH_SECONDS', 30);
const concurrency = env('BENCH_CONCURRENCY', 20);
const port = env('BENCH_PORT', 18_080);
const TARGET_P95_MS = 50;

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (n: number) => n.toFixed(1).padStart(8);

interface CpuSnapshot {
  server: number;
  backends: Map<number, number>;
}

async function cpuSnapshot(pool: pg.Pool, serverPid: number): Promise<CpuSnapshot> {
  const pids = await serverBackends(pool);
  return { server: cpuSeconds(serverPid), backends: new Map(pids.map((p) => [p, cpuSeconds(p)])) };
}

/** CPU seconds the server and its database backends spent since `before` (backends opened since count whole). */
async function cpuSince(before: CpuSnapshot, pool: pg.Pool, serverPid: number) {
  const now = await cpuSnapshot(pool, serverPid);
  let postgres = 0;
  for (const [pid, seconds] of now.backends) postgres += seconds - (before.backends.get(pid) ?? 0);
  return { server: now.server - before.server, postgres };
}

const database = await openBenchDatabase(url);
try {
  const { rows } = await database.pool.query<{ mrn_prefix: string }>(
    `select coalesce((select mrn_prefix from clinic_settings where id = 1), 'MRN-') as mrn_prefix`,
  );
  log(`Seeding ${patients.toLocaleString('en')} patients into ${new URL(url).pathname.slice(1)}…`);
  const seed = await seedBenchPatients(
    database.pool,
    patients,
    rows[0]?.mrn_prefix ?? 'MRN-',
    (done, total) => log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`),
  );
  log(
    seed.inserted > 0
      ? `  inserted ${seed.inserted.toLocaleString('en')} in ${seed.seconds.toFixed(0)} s (kept ${seed.existing.toLocaleString('en')})`
      : `  already seeded (${seed.existing.toLocaleString('en')} rows)`,
  );
  const queries = await benchQueries(database.pool, 20_000);
  const user = await benchReceptionist(database.pool);

  const server = await startServer(url, port);
  try {
    const token = await signIn(server.baseUrl, user);
    log(
      `Searching: ${concurrency} clients for ${seconds} s after a 5 s warm-up, over HTTP on ${server.baseUrl}`,
    );
    const cpuBefore = await cpuSnapshot(database.pool, server.pid);
    const clientCpuBefore = process.cpuUsage();
    const result = await runLoad({
      baseUrl: server.baseUrl,
      token,
      queries,
      concurrency,
      warmupSeconds: 5,
      seconds,
      maxRequests: 1_000_000,
    });
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const cpu = await cpuSince(cpuBefore, database.pool, server.pid);
    const all = [...result.latencies.values()].flat().sort((a, b) => a - b);
    log('');
    log(
      `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
    );
    log('kind          requests     p50 ms   p95 ms   p99 ms   max ms');
    for (const [kind, values] of [...result.latencies.entries()].sort()) {
      values.sort((a, b) => a - b);
      log(
        `${kind.padEnd(12)} ${String(values.length).padStart(9)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))} ${ms(percentile(values, 99))} ${ms(values.at(-1) ?? Number.NaN)}`,
      );
    }
    const p95 = percentile(all, 95);
    log(
      `${'overall'.padEnd(12)} ${String(all.length).padStart(9)} ${ms(percentile(all, 50))} ${ms(p95)} ${ms(percentile(all, 99))} ${ms(all.at(-1) ?? Number.NaN)}`,
    );
    log(`throughput: ${(result.requests / result.seconds).toFixed(0)} requests/s; errors: ${result.errors}`);
    const perRequest = (seconds: number) => ((seconds * 1000) / result.requestsSent).toFixed(2);
    log(
      `CPU per request: server ${perRequest(cpu.server)} ms, PostgreSQL ${perRequest(cpu.postgres)} ms, ` +
        `load generator ${perRequest((clientCpu.user + clientCpu.system) / 1e6)} ms ` +
        `(load average during the run: ${os.loadavg()[0]?.toFixed(1)})`,
    );
    log(`target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`);
    if (result.errors > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.close();
}
