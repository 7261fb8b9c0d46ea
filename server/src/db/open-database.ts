import type { Config } from '../config/config';
import type { Database } from './database';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite persisted under DATA_DIR. */
export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbSslMode' | 'dbPoolMax'>,
  onPoolError?: (err: Error) => void,
): Promise<Database> {
  if (config.databaseUrl) {
    return openPostgres({
      url: config.databaseUrl,
      sslMode: config.dbSslMode,
      poolMax: config.dbPoolMax,
      ...(onPoolError ? { onPoolError } : {}),
    });
  }
  return openPglite({ dataDir: config.dataDir });
}
