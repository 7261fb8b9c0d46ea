import { type EndOfDayReport, REPORT_LIST_LIMIT, visitPaymentStatusSchema } from '@modern-emr/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { queryRows } from '../../db/rows';

type Lists = Pick<EndOfDayReport, 'outstanding' | 'hmoReceivables' | 'revenueLeaks'>;

const PATIENT_NAME = sql.raw(`pt.first_name || ' ' || coalesce(pt.middle_name || ' ', '') || pt.last_name`);

/** Exact count and total over the whole `from … where` part, plus the largest items up to the limit. */
async function section<T extends Record<string, unknown>>(
  tx: Tx,
  columns: SQL,
  body: SQL,
  amount: SQL,
): Promise<{ count: number; total: number; items: T[] }> {
  const [summary, items] = await inOrder([
    () =>
      queryRows<{ count: number; total: string }>(
        tx,
        sql`select count(*)::int as count, coalesce(sum(${amount}), 0)::text as total ${body}`,
      ),
    () => queryRows<T>(tx, sql`select ${columns} ${body} order by ${amount} desc limit ${REPORT_LIST_LIMIT}`),
  ]);
  return { count: summary[0]?.count ?? 0, total: Number(summary[0]?.total ?? 0), items };
}

const iso = (v: unknown): string => new Date(v as string | Date).toISOString();
const isoOrNull = (v: unknown): string | null => (v == null ? null : iso(v));

/**
 * The state of the books as the report is made, limited to what existed by the end of the day:
 * open visits that still owe, HMO shares approved but not yet remitted, and rendered work whose
 * charge is not settled (a revenue leak, emergencies included: treated first, still to be billed).
 */
export async function listsOfDay(tx: Tx, to: Date): Promise<Lists> {
  const end = sql`${to.toISOString()}::timestamptz`;
  const [outstanding, receivables, leaks] = await inOrder([
    () =>
      section<Record<string, () => unknown>>(
        tx,
        sql`v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", pt.mrn, v.payment_status as "paymentStatus",
          v.outstanding_minor::text as outstanding, v.opened_at as "openedAt"`,
        sql`from visits v join patients pt on pt.id = v.patient_id
          where v.status = 'OPEN' and v.outstanding_minor > 0 and v.opened_at < ${end}`,
        sql`v.outstanding_minor`,
      ),
    () =>
      section<Record<string, () => unknown>>(
        tx,
        sql`v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", pt.mrn, vi.provider_id as "providerId",
          hp.name as "providerName", vi.authorization_code as "authorizationCode",
          vi.approved_at as "approvedAt", share.hmo_share::text as "hmoShare"`,
        sql`from visit_insurance vi
          join visits v on v.id = vi.visit_id
          join patients pt on pt.id = v.patient_id
          join hmo_providers hp on hp.id = vi.provider_id
          join lateral (
            select coalesce(sum(c.hmo_share_minor), 0) as hmo_share from charges c
            where c.visit_id = v.id and c.status not in ('WAIVED', 'VOIDED')
          ) share on true
          where vi.status = 'APPROVED' and vi.remitted_at is null
            and vi.approved_at < ${end} and share.hmo_share > 0`,
        sql`share.hmo_share`,
      ),
    () =>
      section<Record<string, () => unknown>>(
        tx,
        sql`c.id as "chargeId", v.id as "visitId", v.number as "visitNumber", v.patient_id as "patientId",
          ${PATIENT_NAME} as "patientName", c.service_code as "serviceCode", c.service_name as "serviceName",
          c.amount_minor::text as amount, c.patient_share_minor::text as "patientShare", c.status,
          v.emergency, c.rendered_at as "renderedAt"`,
        sql`from charges c
          join visits v on v.id = c.visit_id
          join patients pt on pt.id = v.patient_id
          where c.rendered_at is not null and c.rendered_at < ${end}
            and not c.settled and c.status <> 'VOIDED'`,
        sql`c.amount_minor`,
      ),
  ]);
  return {
    outstanding: {
      ...outstanding,
      items: outstanding.items.map((r) => ({
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        mrn: String(r.mrn),
        paymentStatus: visitPaymentStatusSchema.parse(r.paymentStatus),
        outstanding: Number(r.outstanding),
        openedAt: iso(r.openedAt),
      })),
    },
    hmoReceivables: {
      ...receivables,
      items: receivables.items.map((r) => ({
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        mrn: String(r.mrn),
        providerId: String(r.providerId),
        providerName: String(r.providerName),
        authorizationCode: r.authorizationCode == null ? null : String(r.authorizationCode),
        approvedAt: isoOrNull(r.approvedAt),
        hmoShare: Number(r.hmoShare),
      })),
    },
    revenueLeaks: {
      ...leaks,
      items: leaks.items.map((r) => ({
        chargeId: String(r.chargeId),
        visitId: String(r.visitId),
        visitNumber: String(r.visitNumber),
        patientId: String(r.patientId),
        patientName: String(r.patientName),
        serviceCode: String(r.serviceCode),
        serviceName: String(r.serviceName),
        amount: Number(r.amount),
        patientShare: Number(r.patientShare),
        status: String(r.status),
        emergency: Boolean(r.emergency),
        renderedAt: iso(r.renderedAt),
      })),
    },
  };
}
