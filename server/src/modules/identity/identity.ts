import type { Clock } from '../../clock';
import type { Config } from '../../config/config';
import type { Db } from '../../db/database';
import type { Authenticator } from '../../http/access';
import { createJwtAuthenticator } from './authenticator';
import { deriveIdentityKeys, type IdentityKeys } from './keys';

/** What every identity service needs; built once per app. */
export interface Identity {
  db: Db;
  config: Config;
  keys: IdentityKeys;
  clock: Clock;
  authenticate: Authenticator;
}

export function createIdentity({ db, config, clock }: { db: Db; config: Config; clock: Clock }): Identity {
  if (!config.secretKey) throw new Error('SECRET_KEY must be resolved before the app is built');
  const keys = deriveIdentityKeys(config.secretKey);
  return { db, config, keys, clock, authenticate: createJwtAuthenticator({ db, config, keys, clock }) };
}
