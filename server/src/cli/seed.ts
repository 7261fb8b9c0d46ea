import { seedDemoData } from '../seed/seed';
import { runCli } from './run-cli';

await runCli(
  'db:seed',
  async (_config, database) => {
    await database.migrate();
    const result = await seedDemoData(database.db);
    process.stdout.write(
      `db:seed: demo data in place on ${database.kind} (${result.catalogItemsAdded} catalogue items added)\n`,
    );
  },
  { refuseInProduction: true },
);
