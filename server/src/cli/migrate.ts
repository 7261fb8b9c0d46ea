import { runCli } from './run-cli';

await runCli('db:migrate', async (_config, database) => {
  await database.migrate();
  const state = await database.migrationState();
  process.stdout.write(
    `db:migrate: ${state.applied} of ${state.available} migrations applied on ${database.kind}\n`,
  );
});
