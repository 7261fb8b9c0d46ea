import { randomUUID } from 'node:crypto';
import type { Department } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { queryRows } from '../../../db/rows';
import { serviceCatalog } from '../../catalog';
import { hmoProviders, hmoTariffs } from '../../hmo';
import { patientHmoEnrolments, patients } from '../../patients';

/**
 * Reference rows the visit tests stand on (patients, providers, enrolments, catalogue entries,
 * tariffs), written straight to the database: how they get there is other modules' business.
 */

const tag = () => randomUUID().slice(0, 8).toUpperCase();

export async function insertPatient(db: Db, over: { archived?: boolean } = {}): Promise<string> {
  const [row] = await db
    .insert(patients)
    .values({
      mrn: `TST-${tag()}`,
      firstName: 'Chiamaka',
      middleName: 'Adaeze',
      lastName: 'Okonkwo',
      sex: 'FEMALE',
      dateOfBirth: '1988-02-29',
      phone: '+2348031234567',
      ...(over.archived ? { archivedAt: new Date(), archiveReason: 'duplicate record' } : {}),
    })
    .returning({ id: patients.id });
  if (!row) throw new Error('patient insert returned no row');
  return row.id;
}

export async function insertProvider(db: Db, over: { active?: boolean } = {}): Promise<string> {
  const code = `HMO-${tag()}`;
  const [row] = await db
    .insert(hmoProviders)
    .values({ code, name: `Test HMO ${code}`, active: over.active ?? true })
    .returning({ id: hmoProviders.id });
  if (!row) throw new Error('provider insert returned no row');
  return row.id;
}

export async function enrolPatient(
  db: Db,
  patientId: string,
  providerId: string,
  cover: { coverage: 'FULL' | 'PARTIAL'; coveragePercent: number; validTo?: string },
): Promise<void> {
  await db.insert(patientHmoEnrolments).values({
    patientId,
    providerId,
    policyNumber: `POL/${tag()}`,
    coverage: cover.coverage,
    coveragePercent: cover.coveragePercent,
    validTo: cover.validTo ?? null,
  });
}

export async function insertService(
  db: Db,
  over: {
    department: Department;
    price: number;
    autoBill?: boolean;
    active?: boolean;
    billTiming?: 'BEFORE' | 'AFTER';
  },
): Promise<{ id: string; code: string }> {
  const code = `${over.department.slice(0, 3)}-${tag()}`;
  const [row] = await db
    .insert(serviceCatalog)
    .values({
      code,
      name: `${over.department.toLowerCase()} service ${code}`,
      department: over.department,
      workflowType: over.department === 'LAB' ? 'LAB_TEST' : 'OTHER',
      priceMinor: over.price,
      autoBill: over.autoBill ?? false,
      active: over.active ?? true,
      billTiming: over.billTiming ?? 'BEFORE',
    })
    .returning({ id: serviceCatalog.id, code: serviceCatalog.code });
  if (!row) throw new Error('service insert returned no row');
  return row;
}

export async function insertTariff(
  db: Db,
  providerId: string,
  serviceId: string,
  price: number,
): Promise<void> {
  await db.insert(hmoTariffs).values({ providerId, serviceId, priceMinor: price });
}

export interface AuditRow {
  action: string;
  entity_id: string | null;
  patient_id: string | null;
  visit_id: string | null;
  metadata: Record<string, unknown>;
}

export async function auditRows(db: Db, action: string, visitId: string): Promise<AuditRow[]> {
  return queryRows<AuditRow & Record<string, unknown>>(
    db,
    sql`select action, entity_id, patient_id, visit_id, metadata from audit_log
        where action = ${action} and visit_id = ${visitId} order by id`,
  );
}
