import { verifyAuditChain } from '../modules/audit';
import { runCli } from './run-cli';

await runCli('audit:verify', async (_config, database) => {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    process.stdout.write(`audit:verify: chain intact, ${result.checked} rows checked\n`);
  } else {
    process.stdout.write(
      `audit:verify: TAMPERED — first bad row id ${result.firstBadId} (${result.checked} rows checked)\n`,
    );
    process.exitCode = 2;
  }
});
