import type { Clock } from '../clock';
import type { Config } from '../config/config';
import type { Db } from '../db/database';

/** What every feature module's routes receive: the database, the configuration and the clock. */
export interface ModuleDeps {
  db: Db;
  config: Config;
  clock: Clock;
}
