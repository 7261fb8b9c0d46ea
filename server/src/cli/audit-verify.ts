import { verifyAuditChain } from '../modules/audit';
import { runCli } from './run-cli';

// spec: AUDIT-CHAIN-3 — checks the rows and the signed checkpoints outside the database.
await runCli('audit:verify', async (config, database) => {
  const result = await verifyAuditChain(database.db, { checkpointDir: config.auditCheckpointDir });
  const totals = `${result.checked} rows and ${result.checkpoints} checkpoints checked${
    result.legacyRows > 0 ? `, ${result.legacyRows} rows from before the keyed chain not provable` : ''
  }`;
  if (result.ok) {
    process.stdout.write(`audit:verify: chain intact, ${totals}\n`);
  } else {
    const where = [
      result.firstBadId === undefined ? null : `row id ${result.firstBadId}`,
      result.checkpoint === undefined ? null : `checkpoint ${result.checkpoint}`,
    ].filter(Boolean);
    process.stdout.write(`audit:verify: TAMPERED — ${result.reason} at ${where.join(', ')} (${totals})\n`);
    process.exitCode = 2;
  }
});
