import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * Outside production a missing SECRET_KEY is generated once and kept beside the embedded
 * database, so sign-ins survive a restart of a trial install. Production never reaches here:
 * the config refuses to start without a strong key.
 */
export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  if (config.isProduction) throw new Error('SECRET_KEY is required in production');
  if (config.databaseUrl) return randomBytes(48).toString('base64url');
  const file = path.join(config.dataDir, '.secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
