import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * THE ONE PLACE that says how to start the real app server (built by `npm run build`, which the
 * root `npm run e2e` runs first). It serves web/dist at `/` and the API under /api.
 */
const SERVER_COMMAND = ['node', 'server/dist/main.js'] as const;

const READY_PATH = '/api/health/ready';
const READY_TIMEOUT_MS = 90_000;

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The app server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}${READY_PATH}`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server was not ready within ${READY_TIMEOUT_MS / 1000}s:\n${output()}`);
}

/** Starts the server on a free port with a fresh, empty data directory. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const host = '127.0.0.1';
  const dataDir = await mkdtemp(path.join(tmpdir(), 'modern-emr-e2e-'));
  const [command, ...args] = SERVER_COMMAND;
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // NODE_ENV=test turns the demo seed off; the browser tests sign in as the demo users (api.md).
      SEED_DEMO: 'true',
      // Every request of the suite comes from 127.0.0.1, so the product's per-IP limits (login 5/min,
      // 20/h; refresh 30/min; register 3/min; MFA 5/min) would throttle the suite itself. None of the
      // browser tests is about rate limits (the server's black-box suite proves each figure), so they
      // are raised here. Account lockout (5 failures) is NOT changed: the lockout test relies on it.
      RATE_LIMIT_LOGIN: '1000/1m',
      RATE_LIMIT_REFRESH: '1000/1m',
      RATE_LIMIT_REGISTER: '1000/1m',
      RATE_LIMIT_MFA: '1000/1m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Keep the tail of the server's output for error messages instead of flooding the test log.
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const baseUrl = `http://${host}:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
