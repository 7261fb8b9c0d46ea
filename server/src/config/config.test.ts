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
    [
      'a copied instruction',
      '<generate with: openssl rand -base64 48>',
      /SECRET_KEY: looks like a placeholder/,
    ],
    ['low-entropy', 'abababababababababababababababababab', /SECRET_KEY: is low-entropy/],
    ['keyboard-walk', 'qwertyuiopasdfghjklzxcvbnm1234567890', /SECRET_KEY: looks typed/],
  ])('refuses a %s SECRET_KEY in production', (_label, key, message) => {
    const env: Record<string, string> = { ...prod };
    if (key === undefined) delete env.SECRET_KEY;
    else env.SECRET_KEY = key;
    expect(problems(env).join('\n')).toMatch(message);
  });

  it('PROD-1: refuses DEBUG, a wildcard origin and a missing database in production, naming each', () => {
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

  it("defaults the identity figures to the product's: lockout 5 → 30 min and the per-IP limits", () => {
    const c = loadConfig({});
    expect(c.lockoutThreshold).toBe(5);
    expect(c.lockoutSeconds).toBe(1800);
    expect(c.rateLimits).toEqual({
      // A clinic's workstations share one address: a generous ceiling, a tight limit on failures.
      login: [{ limit: 600, windowSeconds: 900 }],
      loginFailures: [{ limit: 30, windowSeconds: 900 }],
      password: [
        { limit: 5, windowSeconds: 60 },
        { limit: 20, windowSeconds: 3600 },
      ],
      refresh: [
        { limit: 30, windowSeconds: 60 },
        { limit: 200, windowSeconds: 3600 },
      ],
      register: [
        { limit: 3, windowSeconds: 60 },
        { limit: 10, windowSeconds: 3600 },
      ],
      mfa: [{ limit: 5, windowSeconds: 60 }],
    });
  });

  it('requires MFA for ADMIN and CASHIER by default in production only, and reads an override', () => {
    expect(loadConfig({}).mfaRequiredRoles).toEqual([]);
    expect(loadConfig(prod).mfaRequiredRoles).toEqual(['ADMIN', 'CASHIER']);
    expect(loadConfig({ ...prod, MFA_REQUIRED_ROLES: 'ADMIN, DOCTOR' }).mfaRequiredRoles).toEqual([
      'ADMIN',
      'DOCTOR',
    ]);
  });

  it('reads and refuses identity figures', () => {
    const c = loadConfig({ LOCKOUT_THRESHOLD: '3', LOCKOUT_DURATION: '10m', RATE_LIMIT_MFA: '10/30s' });
    expect([c.lockoutThreshold, c.lockoutSeconds]).toEqual([3, 600]);
    expect(c.rateLimits.mfa).toEqual([{ limit: 10, windowSeconds: 30 }]);
    expect(loadConfig({ RATE_LIMIT_LOGIN_FAILURES: '10/5m,50/1d' }).rateLimits.loginFailures).toEqual([
      { limit: 10, windowSeconds: 300 },
      { limit: 50, windowSeconds: 86400 },
    ]);
    expect(problems({ RATE_LIMIT_LOGIN: '5/1m,10/60s' }).join()).toMatch(
      /RATE_LIMIT_LOGIN: give each window length once/,
    );
    const found = problems({
      RATE_LIMIT_LOGIN: 'five a minute',
      MFA_REQUIRED_ROLES: 'PATIENT',
      LOCKOUT_THRESHOLD: '0',
    });
    expect(found.map((p) => p.split(/[:.]/)[0]).sort()).toEqual([
      'LOCKOUT_THRESHOLD',
      'MFA_REQUIRED_ROLES',
      'RATE_LIMIT_LOGIN',
    ]);
  });

  it('HTTP-TIMEOUT-1: limits slow clients by default, reads the limits, and refuses switching one off', () => {
    expect(loadConfig({}).httpTimeouts).toEqual({
      requestSeconds: 120,
      headersSeconds: 30,
      connectionSeconds: 120,
      keepAliveSeconds: 72,
    });
    const c = loadConfig({
      REQUEST_TIMEOUT: '5m',
      HEADERS_TIMEOUT: '20s',
      CONNECTION_TIMEOUT: '90',
      KEEP_ALIVE_TIMEOUT: '1m',
    });
    expect(c.httpTimeouts).toEqual({
      requestSeconds: 300,
      headersSeconds: 20,
      connectionSeconds: 90,
      keepAliveSeconds: 60,
    });
    expect(problems({ REQUEST_TIMEOUT: '0', KEEP_ALIVE_TIMEOUT: '0s' })).toEqual([
      'REQUEST_TIMEOUT: must be at least 1 second',
      'KEEP_ALIVE_TIMEOUT: must be at least 1 second',
      'HEADERS_TIMEOUT: must not exceed REQUEST_TIMEOUT',
    ]);
    expect(problems({ REQUEST_TIMEOUT: '10s', HEADERS_TIMEOUT: '11s' })).toEqual([
      'HEADERS_TIMEOUT: must not exceed REQUEST_TIMEOUT',
    ]);
  });
});
