import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database';
import type { Config } from './config';
import { developmentSecrets } from './development-secret.schema';

/**
 * Outside production a missing SECRET_KEY is generated once and kept in the database
 * (spec: AUTH-KEY-1), so every server instance on that database, and every restart, derives the
 * same keys: tokens, MFA secrets and lockouts keep working across them. Two instances starting at
 * once agree, since only the first insert wins. Production never reaches here: the config refuses to
 * start without a strong key from the environment.
 */
export async function resolveSecretKey(config: Config, db: Db): Promise<string> {
  if (config.secretKey) return config.secretKey;
  if (config.isProduction) throw new Error('SECRET_KEY is required in production');
  await db
    .insert(developmentSecrets)
    .values({ id: 1, secretKey: legacyKeyFile(config) ?? randomBytes(48).toString('base64url') })
    .onConflictDoNothing({ target: developmentSecrets.id });
  const [row] = await db.select({ key: developmentSecrets.secretKey }).from(developmentSecrets);
  if (!row) throw new Error('the development key was not stored');
  return row.key;
}

/** Trial installs of earlier releases kept the key beside the embedded database; it is adopted once. */
function legacyKeyFile(config: Config): string | undefined {
  if (config.databaseUrl) return undefined;
  const file = path.join(config.dataDir, '.secret-key');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}
