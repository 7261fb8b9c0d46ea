import { ROLES } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';

const roleList = sql.raw(ROLES.map((r) => `'${r}'`).join(','));

/**
 * Accounts: staff (created by an ADMIN) and patients (self-registered). Never deleted, only
 * deactivated, because audit rows and clinical records point at them forever.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Always lower-case (usernameSchema), so the unique index is case-insensitive in effect. */
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    /** Bumped to kill every access token at once (deactivation, password change, MFA reset). */
    tokenVersion: integer('token_version').notNull().default(0),
    mfaEnabled: boolean('mfa_enabled').notNull().default(false),
    /** AES-256-GCM sealed TOTP secrets (mfa-crypto.ts); the pending one awaits its first code. */
    mfaSecret: text('mfa_secret'),
    mfaPendingSecret: text('mfa_pending_secret'),
    /** The last TOTP time step accepted, so a code cannot be replayed inside its window. */
    mfaLastStep: bigint('mfa_last_step', { mode: 'number' }),
    passwordChangedAt: ts('password_changed_at').notNull().defaultNow(),
    lastLoginAt: ts('last_login_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    check('users_username_lower', sql`${t.username} = lower(${t.username})`),
    check('users_roles_known', sql`${t.roles} <@ ARRAY[${roleList}]::text[] and cardinality(${t.roles}) > 0`),
    check('users_mfa_secret_when_enabled', sql`not ${t.mfaEnabled} or ${t.mfaSecret} is not null`),
  ],
);

/**
 * One row per sign-in (a refresh-token family). Access tokens name their session, so logout and
 * theft detection end the access token too, not only the refresh token.
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Where the refresh token travels: the web app's httpOnly cookie or an API client's body. */
    transport: text('transport').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (t) => [
    index('auth_sessions_user_idx').on(t.userId),
    check('auth_sessions_transport', sql`${t.transport} in ('cookie', 'body')`),
  ],
);

/** Opaque refresh tokens, stored as SHA-256 (they are 256-bit random, so no salt or stretching). */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => authSessions.id),
    tokenHash: text('token_hash').notNull(),
    /** Double-submit CSRF value for cookie sessions (rotated with the token); null for body sessions. */
    csrfHash: text('csrf_hash'),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    /** Set when rotated; presenting it again is reuse. */
    usedAt: ts('used_at'),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_key').on(t.tokenHash),
    index('refresh_tokens_session_idx').on(t.sessionId),
  ],
);

/** Ten single-use codes per enrolment, HMAC-SHA256 with a server-side key (they are short). */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [uniqueIndex('mfa_recovery_codes_hash_key').on(t.userId, t.codeHash)],
);

/**
 * Failed sign-ins per username, keyed by an HMAC of the username so the table holds no names.
 * Unknown usernames are counted and locked exactly like real ones: lockout reveals nothing.
 */
export const loginThrottle = pgTable('login_throttle', {
  subject: text('subject').primaryKey(),
  failedCount: integer('failed_count').notNull().default(0),
  lockedUntil: ts('locked_until'),
  updatedAt: ts('updated_at').notNull(),
});

/** Fixed-window request counters per rule and client address, shared by every server instance. */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    bucket: text('bucket').notNull(),
    windowStart: ts('window_start').notNull(),
    hits: integer('hits').notNull(),
    /**
     * Attempts under way whose outcome is not known yet (failure limits only): they hold a place
     * until they end, so a burst sent at once cannot all be checked before the first failure counts.
     */
    pending: integer('pending').notNull().default(0),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.windowStart] }),
    index('rate_limit_counters_expires_idx').on(t.expiresAt),
  ],
);

/** One row: which roles must use MFA. Absent until an administrator saves it (config default applies). */
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: smallint('id').primaryKey().default(1),
    mfaRequiredRoles: text('mfa_required_roles').array().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    check('security_policy_singleton', sql`${t.id} = 1`),
    check('security_policy_roles_known', sql`${t.mfaRequiredRoles} <@ ARRAY[${roleList}]::text[]`),
  ],
);
