import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { Principal } from '../../http/access';
import { AppError, conflict } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { invalidField } from './errors';
import type { Identity } from './identity';
import { mfaRecoveryCodes, users } from './identity.schema';
import { type IdentityKeys, keyedHash } from './keys';
import { seal, unseal } from './mfa-crypto';
import { getMfaRequiredRoles } from './mfa-policy.service';
import { verifyPassword } from './passwords';
import {
  acceptTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  provisioningUri,
  qrCodeDataUrl,
} from './totp';

/** Keyed with a server secret: 50-bit codes would not survive an offline guess against plain SHA-256. */
export function recoveryCodeHash(keys: IdentityKeys, userId: string, code: string): string {
  return keyedHash(keys.lookup, `recovery:${userId}:${normaliseRecoveryCode(code)}`);
}

async function currentUser(identity: Identity, userId: string) {
  const [u] = await identity.db
    .select({
      username: users.username,
      passwordHash: users.passwordHash,
      roles: users.roles,
      mfaEnabled: users.mfaEnabled,
      mfaSecret: users.mfaSecret,
      mfaPendingSecret: users.mfaPendingSecret,
      mfaLastStep: users.mfaLastStep,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!u) throw new Error('signed-in user has no row');
  return u;
}

/** Step one: a new secret, kept pending (sealed) until a first code proves the app has it. */
export async function setupMfa(identity: Identity, principal: Principal, ctx: AuditContext) {
  const u = await currentUser(identity, principal.userId);
  if (u.mfaEnabled) throw conflict('Two-factor authentication is already on; turn it off first');
  const secret = newTotpSecret();
  await inTransaction(identity.db, async (tx) => {
    await tx
      .update(users)
      .set({ mfaPendingSecret: seal(identity.keys.mfaSeal, secret), updatedAt: identity.clock() })
      .where(eq(users.id, principal.userId));
    await recordAudit(tx, ctx, { action: 'auth.mfa.setup', entityType: 'user', entityId: principal.userId });
  });
  const otpauthUri = provisioningUri(secret, u.username);
  return { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) };
}

async function replaceRecoveryCodes(
  identity: Identity,
  tx: Tx,
  userId: string,
  now: Date,
): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await tx
    .insert(mfaRecoveryCodes)
    .values(
      codes.map((c) => ({ userId, codeHash: recoveryCodeHash(identity.keys, userId, c), createdAt: now })),
    );
  return codes;
}

/** Step two: the first valid code turns MFA on and returns ten recovery codes, shown once. */
export async function enableMfa(identity: Identity, principal: Principal, code: string, ctx: AuditContext) {
  const now = identity.clock();
  const u = await currentUser(identity, principal.userId);
  if (u.mfaEnabled) throw conflict('Two-factor authentication is already on');
  if (!u.mfaPendingSecret) throw conflict('Start the set-up first');
  const step = acceptTotp(unseal(identity.keys.mfaSeal, u.mfaPendingSecret), code, now, null);
  if (step === null) {
    await recordAudit(identity.db, ctx, {
      action: 'auth.mfa.enrol',
      outcome: 'FAILURE',
      entityType: 'user',
      entityId: principal.userId,
      metadata: { reason: 'BAD_CODE' },
    });
    throw invalidField('body.code', ['is not the current code from the app']);
  }
  return inTransaction(identity.db, async (tx) => {
    const done = await tx
      .update(users)
      .set({
        mfaEnabled: true,
        mfaSecret: u.mfaPendingSecret,
        mfaPendingSecret: null,
        mfaLastStep: step,
        updatedAt: now,
      })
      .where(and(eq(users.id, principal.userId), eq(users.mfaEnabled, false)))
      .returning({ id: users.id });
    if (done.length === 0) throw conflict('Two-factor authentication is already on');
    const recoveryCodes = await replaceRecoveryCodes(identity, tx, principal.userId, now);
    await recordAudit(tx, ctx, { action: 'auth.mfa.enrol', entityType: 'user', entityId: principal.userId });
    return { recoveryCodes };
  });
}

/** The user turns MFA off with their password and a current code; refused when a role requires it. */
export async function disableMfa(
  identity: Identity,
  principal: Principal,
  body: { password: string; code: string },
  ctx: AuditContext,
): Promise<void> {
  const now = identity.clock();
  const u = await currentUser(identity, principal.userId);
  if (!u.mfaEnabled || !u.mfaSecret) throw conflict('Two-factor authentication is not on');
  const required = await getMfaRequiredRoles(identity.db, identity.config.mfaRequiredRoles);
  if (u.roles.some((r) => (required as string[]).includes(r))) {
    throw new AppError('FORBIDDEN', 'Your role requires two-factor authentication');
  }
  const passwordOk = await verifyPassword(u.passwordHash, body.password);
  const step = passwordOk
    ? acceptTotp(unseal(identity.keys.mfaSeal, u.mfaSecret), body.code, now, u.mfaLastStep)
    : null;
  if (step === null) {
    await recordAudit(identity.db, ctx, {
      action: 'auth.mfa.disable',
      outcome: 'FAILURE',
      entityType: 'user',
      entityId: principal.userId,
      metadata: { reason: passwordOk ? 'BAD_CODE' : 'BAD_PASSWORD' },
    });
    throw invalidField(passwordOk ? 'body.code' : 'body.password', [
      passwordOk ? 'is not the current code from the app' : 'is not your current password',
    ]);
  }
  await inTransaction(identity.db, async (tx) => {
    await clearMfa(tx, principal.userId, now);
    await recordAudit(tx, ctx, {
      action: 'auth.mfa.disable',
      entityType: 'user',
      entityId: principal.userId,
    });
  });
}

/** Removes the secret and every recovery code (user disable, or an administrator's reset). */
export async function clearMfa(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx
    .update(users)
    .set({ mfaEnabled: false, mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null, updatedAt: now })
    .where(eq(users.id, userId));
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
}
