import { type Config, ConfigError, loadConfig } from '../config/config';
import { resolveSecretKey } from '../config/development-secret';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open-database';
import { useAuditKeys } from '../modules/audit';

/** Shared shell for the npm scripts: parse config, open the database, always close it. */
export interface CliOptions {
  /** Refuse before touching any database when NODE_ENV=production. */
  refuseInProduction?: boolean;
}

export async function runCli(
  name: string,
  work: (config: Config, database: Database) => Promise<void>,
  options: CliOptions = {},
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`${name}: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  if (options.refuseInProduction && config.isProduction) {
    console.error(
      `${name}: refused, NODE_ENV=production (demo data never goes into a live clinic's database)`,
    );
    process.exit(1);
  }
  const database = await openDatabase(config);
  try {
    // The development key lives in the database (AUTH-KEY-1), so its table must exist first; the
    // server migrates at start the same way. Then the key is the server's, so rows a CLI writes
    // (user:create) and checks chain with the server's.
    await database.migrate();
    useAuditKeys(await resolveSecretKey(config, database.db));
    await work(config, database);
  } catch (err) {
    console.error(`${name} failed: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
