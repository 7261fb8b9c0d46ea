import type { CreateUserBody, Page, PageQuery, Role, UpdateUserBody, User } from '@modern-emr/domain';
import { and, arrayContains, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { inTransaction } from '../../db/transaction';
import { conflict, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { invalidField } from './errors';
import type { Identity } from './identity';
import { loginThrottle, users } from './identity.schema';
import { clearLoginFailures, lockoutSubject } from './lockout.service';
import { clearMfa } from './mfa.service';
import { passwordProblems } from './password-policy';
import { hashPassword } from './passwords';
import { bumpTokenVersion, revokeAllSessions } from './refresh-tokens.service';

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  roles: users.roles,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  mfaEnabled: users.mfaEnabled,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};
type UserRow = { [K in keyof typeof userColumns]: (typeof users.$inferSelect)[K] };

/** Lock state lives under an HMAC of the username; look it up for a page of users at once. */
async function lockedUntilByUsername(
  identity: Identity,
  db: Db | Tx,
  rows: UserRow[],
): Promise<Map<string, Date>> {
  if (rows.length === 0) return new Map();
  const subjects = new Map(rows.map((r) => [lockoutSubject(identity.keys.lookup, r.username), r.username]));
  const locks = await db
    .select({ subject: loginThrottle.subject, until: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.subject, [...subjects.keys()]));
  const now = identity.clock();
  const out = new Map<string, Date>();
  for (const l of locks) {
    const username = subjects.get(l.subject);
    if (username && l.until && l.until > now) out.set(username, l.until);
  }
  return out;
}

function toUser(row: UserRow, lockedUntil: Date | undefined): User {
  return {
    ...row,
    roles: row.roles as Role[],
    lockedUntil: lockedUntil?.toISOString() ?? null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(
  identity: Identity,
  filter: { q?: string | undefined; role?: Role | undefined; active?: 'true' | 'false' | undefined },
  page: PageQuery,
): Promise<Page<User>> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const like = containsPattern(filter.q);
    const match = or(ilike(users.username, like), ilike(users.fullName, like));
    if (match) conditions.push(match);
  }
  if (filter.role) conditions.push(arrayContains(users.roles, [filter.role]));
  if (filter.active) conditions.push(eq(users.active, filter.active === 'true'));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    identity.db
      .select(userColumns)
      .from(users)
      .where(where)
      .orderBy(users.username)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    identity.db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  const locks = await lockedUntilByUsername(identity, identity.db, rows);
  return { items: rows.map((r) => toUser(r, locks.get(r.username))), total: count?.n ?? 0, ...page };
}

export async function getUser(identity: Identity, id: string, db: Db | Tx = identity.db): Promise<User> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) throw notFound('User');
  const locks = await lockedUntilByUsername(identity, db, [row]);
  return toUser(row, locks.get(row.username));
}

export interface NewStaffAccount {
  username: string;
  fullName: string;
  roles: Role[];
  password: string;
  /** True for an administrator's temporary password; false when the person chose it (CLI). */
  mustChangePassword: boolean;
}

// spec: ROLE-1
/**
 * Creates a staff account after the password policy: shared by the users API and the
 * `user:create` command. Returns the new id; a taken username is a 409.
 */
export async function createStaffAccount(
  db: Db,
  input: NewStaffAccount,
  ctx: AuditContext,
  passwordField = 'body.temporaryPassword',
): Promise<string> {
  const problems = await passwordProblems(input.password, input.username, input.fullName.split(/\s+/));
  if (problems.length > 0) throw invalidField(passwordField, problems);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        passwordHash,
        roles: input.roles,
        mustChangePassword: input.mustChangePassword,
        createdBy: ctx.actorId,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!row) throw conflict('That username is taken');
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      metadata: { roles: input.roles },
    });
    return row.id;
  });
}

/** Staff accounts only; the first password is temporary and must be changed at first sign-in. */
export async function createUser(identity: Identity, body: CreateUserBody, ctx: AuditContext): Promise<User> {
  const id = await createStaffAccount(
    identity.db,
    {
      username: body.username,
      fullName: body.fullName,
      roles: body.roles,
      password: body.temporaryPassword,
      mustChangePassword: true,
    },
    ctx,
  );
  return getUser(identity, id);
}

async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  const [r] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(ne(users.id, userId), eq(users.active, true), arrayContains(users.roles, ['ADMIN'])));
  return r?.n ?? 0;
}

/**
 * One administrator action on one account; each kind of change is audited on its own. Every
 * change that should end the user's current access (deactivation, MFA reset, password reset)
 * bumps the token version and revokes their sessions in the same transaction.
 */
export async function updateUser(
  identity: Identity,
  id: string,
  body: UpdateUserBody,
  ctx: AuditContext,
): Promise<User> {
  const now = identity.clock();
  let passwordHash: string | undefined;
  if (body.temporaryPassword !== undefined) {
    const [target] = await identity.db
      .select({ username: users.username, fullName: users.fullName })
      .from(users)
      .where(eq(users.id, id));
    if (!target) throw notFound('User');
    const problems = await passwordProblems(
      body.temporaryPassword,
      target.username,
      target.fullName.split(/\s+/),
    );
    if (problems.length > 0) throw invalidField('body.temporaryPassword', problems);
    passwordHash = await hashPassword(body.temporaryPassword);
  }
  return inTransaction(identity.db, async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!u) throw notFound('User');
    const audit = (action: string, metadata?: Record<string, string | number | boolean | null | string[]>) =>
      recordAudit(tx, ctx, { action, entityType: 'user', entityId: id, ...(metadata ? { metadata } : {}) });
    const isAdmin = u.roles.includes('ADMIN');
    const losesAdmin =
      isAdmin && u.active && ((body.roles && !body.roles.includes('ADMIN')) || body.active === false);
    if (losesAdmin && id === ctx.actorId) {
      throw conflict('You cannot deactivate yourself or remove your own ADMIN role');
    }
    if (losesAdmin && (await otherActiveAdmins(tx, id)) === 0) {
      throw conflict('This is the last active administrator');
    }
    if (body.roles && u.roles.includes('PATIENT')) {
      throw conflict('A patient portal account cannot be given staff roles');
    }

    if (body.fullName !== undefined && body.fullName !== u.fullName) {
      await tx.update(users).set({ fullName: body.fullName, updatedAt: now }).where(eq(users.id, id));
      await audit('user.update', { fields: ['fullName'] });
    }
    if (body.roles && [...body.roles].sort().join() !== [...u.roles].sort().join()) {
      // Takes effect on the next request: the authenticator reads roles from this row.
      await tx.update(users).set({ roles: body.roles, updatedAt: now }).where(eq(users.id, id));
      await audit('user.roles.change', { before: u.roles, after: body.roles });
    }
    if (body.active === false && u.active) {
      await tx.update(users).set({ active: false, updatedAt: now }).where(eq(users.id, id));
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, 'DEACTIVATED', now);
      await audit('user.deactivate', { sessionsRevoked: revoked });
    } else if (body.active === true && !u.active) {
      await tx.update(users).set({ active: true, updatedAt: now }).where(eq(users.id, id));
      await audit('user.reactivate');
    }
    if (body.unlock) {
      const wasLocked = await clearLoginFailures(tx, lockoutSubject(identity.keys.lookup, u.username));
      await audit('auth.unlock', { hadFailures: wasLocked });
    }
    if (body.resetMfa) {
      await clearMfa(tx, id, now);
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, 'MFA_RESET', now);
      await audit('auth.mfa.reset', { sessionsRevoked: revoked });
    }
    if (passwordHash) {
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: true, passwordChangedAt: now, updatedAt: now })
        .where(eq(users.id, id));
      await bumpTokenVersion(tx, id);
      const revoked = await revokeAllSessions(tx, id, 'PASSWORD_RESET', now);
      await audit('user.password.reset', { sessionsRevoked: revoked });
    }
    return getUser(identity, id, tx);
  });
}
