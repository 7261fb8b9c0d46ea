import { type ClinicSettings, type ClinicSettingsPatch, DEFAULT_CLINIC_SETTINGS } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { clinicSettings } from './settings.schema';

function toSettings(row: typeof clinicSettings.$inferSelect): ClinicSettings {
  const { id: _id, updatedAt: _at, updatedBy: _by, ...settings } = row;
  return settings;
}

/** The clinic's settings; the defaults until an administrator (or the seed) saves them. */
export async function getSettings(db: Db | Tx): Promise<ClinicSettings> {
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  return row ? toSettings(row) : { ...DEFAULT_CLINIC_SETTINGS };
}

export async function updateSettings(
  db: Db | Tx,
  patch: ClinicSettingsPatch,
  ctx: AuditContext,
): Promise<ClinicSettings> {
  const actorId = ctx.actorId;
  return inTransaction(db, async (tx) => {
    const current = await getSettings(tx);
    const next = { ...current, ...patch };
    const [row] = await tx
      .insert(clinicSettings)
      .values({ id: 1, ...next, updatedBy: actorId })
      .onConflictDoUpdate({
        target: clinicSettings.id,
        set: { ...next, updatedBy: actorId, updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error('settings upsert returned no row');
    await recordAudit(tx, ctx, {
      action: 'settings.update',
      entityType: 'clinic_settings',
      entityId: '1',
      metadata: { fields: Object.keys(patch) },
    });
    return toSettings(row);
  });
}
