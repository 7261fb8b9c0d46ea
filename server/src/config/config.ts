import path from 'node:path';
import { type Role, roleSchema } from '@modern-emr/domain';
import { z } from 'zod';
import { secretKeyWeakness } from './secret-strength';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const duration = (fallbackSeconds: number) =>
  z
    .string()
    .regex(/^\d+[smhd]?$/, 'must be a number of seconds or like 15m, 12h, 7d')
    .transform((v) => {
      const unit = v.at(-1);
      const n = Number.parseInt(v, 10);
      const mult = unit === 'm' ? 60 : unit === 'h' ? 3600 : unit === 'd' ? 86400 : 1;
      return n * mult;
    })
    .default(fallbackSeconds);

/**
 * TRUST_PROXY: `true`/`false`, a hop count, or a comma list of proxy addresses/CIDRs.
 * Off by default so X-Forwarded-For cannot be spoofed when no proxy sits in front.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((v, ctx): boolean | number | string[] => {
    const t = v.trim();
    if (t === '' || t === 'false') return false;
    if (t === 'true') return true;
    if (/^\d+$/.test(t)) return Number(t);
    const list = t
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter(
      (s) =>
        !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(s) &&
        s !== 'loopback' &&
        s !== 'uniquelocal' &&
        s !== 'linklocal',
    );
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not an address or CIDR: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return list;
  });

const origins = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin)])),
  );

export interface RateRule {
  limit: number;
  windowSeconds: number;
}

/** `5/1m,20/1h`: at most 5 per minute and 20 per hour (fixed windows). */
const rateRules = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v, ctx): RateRule[] => {
      const rules: RateRule[] = [];
      for (const part of v.split(',').map((s) => s.trim())) {
        const m = /^(\d+)\/(\d*)([smhd])$/.exec(part);
        if (!m || Number(m[1]) < 1) {
          ctx.addIssue({ code: 'custom', message: `"${part}" is not like 5/1m or 20/1h` });
          return z.NEVER;
        }
        const mult = { s: 1, m: 60, h: 3600, d: 86400 }[m[3] as 's' | 'm' | 'h' | 'd'];
        rules.push({ limit: Number(m[1]), windowSeconds: Number(m[2] || '1') * mult });
      }
      // One counter per window length: two rules on the same window would share (and fight over) a row.
      if (new Set(rules.map((r) => r.windowSeconds)).size !== rules.length) {
        ctx.addIssue({ code: 'custom', message: 'give each window length once' });
        return z.NEVER;
      }
      return rules;
    });

/** A comma list of staff roles; `none` for an empty list (a blank variable means "unset"). */
const roleList = z
  .string()
  .transform((v) =>
    (v.trim() === 'none' ? '' : v)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(roleSchema.exclude(['PATIENT'])));

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Signed audit checkpoints, outside the database; default DATA_DIR/audit-checkpoints. */
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  DB_SSLMODE: z.enum(['disable', 'require', 'verify-full']).default('disable'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  SECRET_KEY: z.string().optional(),
  DEBUG: bool.default(false),
  CORS_ALLOWED_ORIGINS: origins,
  TRUST_PROXY: trustProxy,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCESS_TOKEN_TTL: duration(15 * 60),
  REFRESH_TOKEN_TTL: duration(7 * 86400),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** The whole request, body included, must arrive within this (a slowly sent body is cut off: 408). */
  REQUEST_TIMEOUT: duration(120),
  /** The request line and headers must arrive within this. */
  HEADERS_TIMEOUT: duration(30),
  /** A connection on which nothing moves either way for this long is closed. */
  CONNECTION_TIMEOUT: duration(120),
  /** An idle keep-alive connection between two requests is closed after this. */
  KEEP_ALIVE_TIMEOUT: duration(72),
  WEB_DIST_DIR: z.string().optional(),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z.string().min(12).default('Demo-Clinic-2026!'),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_DURATION: duration(30 * 60),
  // spec: AUTH-RATE-1, AUTH-RATE-2, AUTH-RATE-3 — a clinic's workstations share one address, so
  // successes are only ever held to the generous ceiling; failures per address and per account.
  /** Every sign-in attempt from one address, successful or not: a ceiling against floods. */
  RATE_LIMIT_LOGIN: rateRules('600/15m'),
  /** Failed sign-ins from one address (credential stuffing); successes never count. */
  RATE_LIMIT_LOGIN_FAILURES: rateRules('30/15m'),
  /** Password changes per account (each is a guess of the current password). */
  RATE_LIMIT_PASSWORD: rateRules('5/1m,20/1h'),
  RATE_LIMIT_REFRESH: rateRules('30/1m,200/1h'),
  RATE_LIMIT_REGISTER: rateRules('3/1m,10/1h'),
  RATE_LIMIT_MFA: rateRules('5/1m'),
  /** Roles that must enrol in MFA until an administrator sets a policy; production: ADMIN,CASHIER. */
  MFA_REQUIRED_ROLES: roleList.optional(),
  /** The payment gateway's secret key; it signs the webhook. Unset: online payments are off (503). */
  PAYSTACK_SECRET_KEY: z
    .string()
    .trim()
    .min(16, 'must be the full secret key from the gateway dashboard')
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Limits on how slowly a client may send (all in seconds); see http/server-timeouts.ts. */
export interface HttpTimeouts {
  requestSeconds: number;
  headersSeconds: number;
  connectionSeconds: number;
  keepAliveSeconds: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the daily signed audit checkpoints are written and read back by verification. */
  auditCheckpointDir: string;
  dbSslMode: Env['DB_SSLMODE'];
  dbPoolMax: number;
  /** Undefined outside production until the server derives a development key (see main.ts). */
  secretKey: string | undefined;
  debug: boolean;
  corsOrigins: string[];
  trustProxy: boolean | number | string[];
  logLevel: Env['LOG_LEVEL'];
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bodyLimitBytes: number;
  httpTimeouts: HttpTimeouts;
  webDistDir: string | undefined;
  seedDemo: boolean;
  demoPassword: string;
  lockoutThreshold: number;
  lockoutSeconds: number;
  rateLimits: {
    login: RateRule[];
    loginFailures: RateRule[];
    password: RateRule[];
    refresh: RateRule[];
    register: RateRule[];
    mfa: RateRule[];
  };
  /** The default MFA policy; an administrator's saved policy replaces it. */
  mfaRequiredRoles: Role[];
  /** Verifies the payment gateway's webhook signatures; undefined when online payments are off. */
  paystackSecretKey: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// spec: HTTP-TIMEOUT-1
/** Zero would switch a limit off (Node's meaning), which is exactly what these variables prevent. */
function timeoutProblems(e: Env): string[] {
  const problems: string[] = [];
  for (const name of [
    'REQUEST_TIMEOUT',
    'HEADERS_TIMEOUT',
    'CONNECTION_TIMEOUT',
    'KEEP_ALIVE_TIMEOUT',
  ] as const) {
    if (e[name] < 1) problems.push(`${name}: must be at least 1 second`);
  }
  // Node refuses a headers limit longer than the whole-request limit it is part of.
  if (e.HEADERS_TIMEOUT > e.REQUEST_TIMEOUT)
    problems.push('HEADERS_TIMEOUT: must not exceed REQUEST_TIMEOUT');
  return problems;
}

/** Parses the environment once at start-up; every bad variable is named in one error. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" for optional variables (a blank line in an .env file).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const problems: string[] = [];
  // spec: PROD-1
  if (isProduction) {
    const weakness = secretKeyWeakness(e.SECRET_KEY);
    if (weakness) problems.push(`SECRET_KEY: ${weakness}`);
    if (e.DEBUG) problems.push('DEBUG: must be off in production');
    if (e.CORS_ALLOWED_ORIGINS.includes('*'))
      problems.push('CORS_ALLOWED_ORIGINS: "*" is not allowed in production; list the origins');
    if (!e.DATABASE_URL) {
      problems.push(
        'DATABASE_URL: required in production (the embedded database is for development and single-machine trials)',
      );
    }
    if (e.SEED_DEMO) problems.push('SEED_DEMO: demo data is never loaded in production');
  } else if (e.CORS_ALLOWED_ORIGINS.includes('*')) {
    // Even outside production a wildcard would combine badly with credentialed requests.
    problems.push('CORS_ALLOWED_ORIGINS: "*" is not supported; list the origins');
  }
  problems.push(...timeoutProblems(e));
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    auditCheckpointDir: e.AUDIT_CHECKPOINT_DIR ?? path.join(e.DATA_DIR, 'audit-checkpoints'),
    dbSslMode: e.DB_SSLMODE,
    dbPoolMax: e.DB_POOL_MAX,
    secretKey: e.SECRET_KEY,
    debug: e.DEBUG,
    corsOrigins: e.CORS_ALLOWED_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    httpTimeouts: {
      requestSeconds: e.REQUEST_TIMEOUT,
      headersSeconds: e.HEADERS_TIMEOUT,
      connectionSeconds: e.CONNECTION_TIMEOUT,
      keepAliveSeconds: e.KEEP_ALIVE_TIMEOUT,
    },
    webDistDir: e.WEB_DIST_DIR,
    seedDemo: e.SEED_DEMO ?? (!isProduction && e.NODE_ENV !== 'test'),
    demoPassword: e.DEMO_PASSWORD,
    lockoutThreshold: e.LOCKOUT_THRESHOLD,
    lockoutSeconds: e.LOCKOUT_DURATION,
    rateLimits: {
      login: e.RATE_LIMIT_LOGIN,
      loginFailures: e.RATE_LIMIT_LOGIN_FAILURES,
      password: e.RATE_LIMIT_PASSWORD,
      refresh: e.RATE_LIMIT_REFRESH,
      register: e.RATE_LIMIT_REGISTER,
      mfa: e.RATE_LIMIT_MFA,
    },
    mfaRequiredRoles: e.MFA_REQUIRED_ROLES ?? (isProduction ? ['ADMIN', 'CASHIER'] : []),
    paystackSecretKey: e.PAYSTACK_SECRET_KEY,
  };
}
