import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const STRONG = 'q8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJ-_aGeU+/iOk';
const prod = { NODE_ENV: 'production', SECRET_KEY: STRONG, DATABASE_URL: 'postgres://emr@db:5432/emr' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

describe('loadConfig', () => {
  it('gives a development default that needs no variables', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      env: 'development',
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      seedDemo: true,
    });
    expect(c.databaseUrl).toBeUndefined();
  });

  it('accepts a sound production configuration', () => {
    const c = loadConfig({ ...prod, CORS_ALLOWED_ORIGINS: 'https://emr.example.ng', TRUST_PROXY: '1' });
    expect(c).toMatchObject({
      isProduction: true,
      host: '0.0.0.0',
      corsOrigins: ['https://emr.example.ng'],
      trustProxy: 1,
      seedDemo: false,
    });
  });

  it.each([
    ['missing', undefined, /SECRET_KEY: is required/],
    ['short', 'aB3$dE6&gH9*', /SECRET_KEY: must be at least 32/],
    ['a placeholder', 'please-change-me-before-going-live-2026!', /SECRET_KEY: looks like a placeholder/],
    ['low-entropy', 'abababababababababababababababababab', /SECRET_KEY: is low-entropy/],
  ])('refuses a %s SECRET_KEY in production', (_label, key, message) => {
    const env: Record<string, string> = { ...prod };
    if (key === undefined) delete env.SECRET_KEY;
    else env.SECRET_KEY = key;
    expect(problems(env).join('\n')).toMatch(message);
  });

  it('refuses DEBUG, a wildcard origin and a missing database in production, naming each', () => {
    const { DATABASE_URL: _omit, ...noDb } = prod;
    const found = problems({ ...noDb, DEBUG: 'true', CORS_ALLOWED_ORIGINS: 'https://a.ng,*' });
    expect(found.map((p) => p.split(':')[0])).toEqual(['DEBUG', 'CORS_ALLOWED_ORIGINS', 'DATABASE_URL']);
  });

  it('names every malformed variable at once', () => {
    const found = problems({
      PORT: 'eighty',
      DB_SSLMODE: 'maybe',
      TRUST_PROXY: 'not an ip',
      ACCESS_TOKEN_TTL: '15 minutes',
    });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual([
      'ACCESS_TOKEN_TTL',
      'DB_SSLMODE',
      'PORT',
      'TRUST_PROXY',
    ]);
  });

  it('reads token lifetimes and proxy lists', () => {
    const c = loadConfig({
      ACCESS_TOKEN_TTL: '10m',
      REFRESH_TOKEN_TTL: '2d',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
    });
    expect(c.accessTokenTtlSeconds).toBe(600);
    expect(c.refreshTokenTtlSeconds).toBe(172800);
    expect(c.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });
});
