import { checkpointLogFields, writeAuditCheckpoint } from '../modules/audit';
import { runCli } from './run-cli';

// spec: AUDIT-CHAIN-3 — the running server writes one a day too; this is for cron or by hand.
await runCli('audit:checkpoint', async (config, database) => {
  const outcome = await writeAuditCheckpoint(database.db, {
    checkpointDir: config.auditCheckpointDir,
    now: new Date(),
  });
  // The same fields the server logs: ids, counts and hashes only.
  process.stdout.write(`${JSON.stringify(checkpointLogFields(outcome))}\n`);
  if (outcome.written) {
    process.stdout.write(`audit:checkpoint: written to ${outcome.file}\n`);
  } else {
    process.stdout.write('audit:checkpoint: the chain does not verify; no checkpoint written\n');
    process.exitCode = 2;
  }
});
