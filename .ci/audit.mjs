// Runs `npm audit` and decides: high or critical findings → exit 1; clean → exit 0; the registry
// refusing the advisory endpoint (this workplace's mirror answers 405 to every POST) → exit 3,
// which .ci/run reports as NOT CHECKED. `--report FILE` reads a saved `npm audit --json` instead.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const reportFlag = process.argv.indexOf('--report');
const raw =
  reportFlag > 0
    ? readFileSync(process.argv[reportFlag + 1] ?? '', 'utf8')
    : spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8' }).stdout;

let report;
try {
  report = JSON.parse(raw);
} catch {
  process.stderr.write(`npm audit: unreadable output\n${raw.slice(0, 2000)}\n`);
  process.exit(1);
}

if (report.statusCode && String(report.uri ?? '').includes('/security/')) {
  process.stdout.write(
    `npm audit: NOT CHECKED — the registry refused the advisory service (${report.message})\n`,
  );
  process.exit(3);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  process.stderr.write(`npm audit: unexpected report\n${raw.slice(0, 2000)}\n`);
  process.exit(1);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
process.stdout.write(
  `npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low\n`,
);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === 'high' || v.severity === 'critical')
    process.stdout.write(`  ${v.severity}: ${name} ${v.range ?? ''}\n`);
}
process.exit(serious > 0 ? 1 : 0);
