import { seedDemoData } from '../seed/seed';
import { runCli } from './run-cli';

await runCli(
  'db:seed',
  async (config, database) => {
    await database.migrate();
    const result = await seedDemoData(database.db, { demoPassword: config.demoPassword });
    process.stdout.write(
      `db:seed: demo data in place on ${database.kind} (${result.catalogItemsAdded} catalogue items, ${result.usersAdded} users, ${result.hmoProvidersAdded} HMO providers, ${result.patientsAdded} patients added)\n`,
    );
  },
  { refuseInProduction: true },
);
