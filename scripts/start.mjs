// `npm start`: build whatever is missing or older than its sources, then run the bundled server.
// On a fresh clone that means one web build and one server bundle; afterwards it starts at once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIfStale(workspace, output, sources) {
  const built = newestMtime(path.join(root, output));
  const changed = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (built > 0 && built >= changed) return;
  console.warn(`start: building ${workspace}…`);
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

buildIfStale('web', 'web/dist/index.html', [
  'web/src',
  'web/public',
  'web/index.html',
  'web/vite.config.ts',
  'domain/src',
]);
buildIfStale('server', 'server/dist/main.js', ['server/src', 'server/build.mjs', 'domain/src']);

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
