// Sums vitest JSON reports. `--counts` prints "PASSED FAILED" for the shell; otherwise a table.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const countsOnly = args[0] === '--counts';
const files = (countsOnly ? args.slice(1) : args).filter((f) => existsSync(f));

let passed = 0;
let failed = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that failed to load has no tests but is still a failure.
  const brokenSuites = (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && r.assertionResults?.length === 0,
  ).length;
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + brokenSuites;
  if (!countsOnly) {
    process.stdout.write(
      `${file.split('/').pop()}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped\n`,
    );
  }
}
if (countsOnly) process.stdout.write(`${passed} ${failed}\n`);
