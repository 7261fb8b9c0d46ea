import { formatMoney } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit';
import type { Actor } from '../billing';
import { payments, readVisitBilling, refunds, type VisitBilling } from '../billing';
import { visits } from '../visit-records';
import { type DocumentContext, documentContext } from './document-context';
import type { InvoicePayer, StatementData, StatementEntry, StatementEntryKind } from './documents.types';
import { methodLabel } from './pdf/format';
import { patientRefOf, payerOf, paymentsOfVisit } from './visit-document-data';

export interface StatementPrint {
  context: DocumentContext;
  statement: StatementData;
}

/** Same-instant entries read naturally: the charge, then what reduced it, then money back out. */
const KIND_ORDER: Record<StatementEntryKind, number> = {
  CHARGE: 0,
  HMO: 1,
  WAIVER: 2,
  PAYMENT: 3,
  REFUND: 4,
};

function payerLabel(payer: InvoicePayer): string {
  return payer.type === 'CASH' ? 'Cash' : `HMO: ${payer.providerName} (policy ${payer.policyNumber})`;
}

function chargeEntries(billing: VisitBilling): StatementEntry[] {
  return billing.chargeRows.flatMap((c) => {
    const charge: StatementEntry = {
      date: c.createdAt,
      kind: 'CHARGE',
      description: c.quantity > 1 ? `${c.serviceName} × ${c.quantity}` : c.serviceName,
      reference: c.serviceCode,
      amount: c.amountMinor,
    };
    if (c.status !== 'WAIVED' && c.status !== 'VOIDED') return [charge];
    // A voided charge was never owed, a waived one is forgiven: either way it leaves the balance.
    const verb = c.status === 'WAIVED' ? 'Waiver' : 'Void';
    return [
      charge,
      {
        date: c.reasonAt ?? c.updatedAt,
        kind: 'WAIVER' as const,
        description: `${verb}: ${c.serviceName}`,
        reference: c.serviceCode,
        amount: c.amountMinor,
      },
    ];
  });
}

function hmoEntry(billing: VisitBilling): StatementEntry[] {
  const { hmoCovered, hmoPending } = billing.result.summary;
  const cover = billing.insurance;
  if (!cover || hmoCovered + hmoPending === 0) return [];
  const pending = hmoPending > 0;
  return [
    {
      date: cover.approvedAt ?? cover.createdAt,
      kind: 'HMO',
      description: pending ? 'HMO cover (authorisation awaited)' : 'HMO cover (authorised)',
      reference: cover.authorizationCode ?? cover.policyNumber,
      amount: hmoCovered + hmoPending,
    },
  ];
}

/**
 * A visit's statement: every charge, waiver, HMO cover, payment and completed refund in time order,
 * ending at what the patient owes now (the renderer keeps the running balance). It has no number of
 * its own: it is a view of the visit at the moment it is printed, so it is never a "reprint".
 */
export async function printStatement(
  tx: Tx,
  visitId: string,
  actor: Actor,
  now: Date,
): Promise<StatementPrint> {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!visit) throw notFound('visit');
  const [billing, patient, paid, refunded, context] = await inOrder([
    () => readVisitBilling(tx, visit),
    () => patientRefOf(tx, visit.patientId),
    () => paymentsOfVisit(tx, visitId),
    () =>
      tx
        .select({ refund: refunds, receiptNumber: payments.receiptNumber })
        .from(refunds)
        .innerJoin(payments, eq(payments.id, refunds.paymentId))
        .where(eq(refunds.visitId, visitId)),
    () => documentContext(tx),
  ]);
  const money = (minor: number) => formatMoney(minor, context.currency);
  const entries: StatementEntry[] = [
    ...chargeEntries(billing),
    ...hmoEntry(billing),
    ...paid
      .filter((p) => p.appliedMinor > 0)
      .map((p) => ({
        date: p.receivedAt,
        kind: 'PAYMENT' as const,
        description:
          `Payment (${methodLabel(p.method)})` +
          (p.walletCreditMinor > 0 ? `, ${money(p.walletCreditMinor)} more to wallet` : ''),
        reference: p.receiptNumber,
        amount: p.appliedMinor,
      })),
    ...refunded
      .filter((r) => r.refund.status === 'COMPLETED')
      .map((r) => ({
        date: r.refund.decidedAt ?? r.refund.requestedAt,
        kind: 'REFUND' as const,
        description: `Refund of ${r.receiptNumber}`,
        reference: r.refund.refundNumber ?? r.receiptNumber,
        amount: r.refund.amountMinor,
      })),
  ];
  entries.sort((a, b) => a.date.getTime() - b.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  await recordAudit(tx, actor.ctx, {
    action: 'document.statement.view',
    entityType: 'visit',
    entityId: visitId,
    patientId: visit.patientId,
    visitId,
    metadata: { visitNumber: visit.number },
  });
  return {
    context,
    statement: {
      currency: context.currency,
      timeZone: context.timeZone,
      visitNumber: visit.number,
      issuedAt: now,
      patient,
      payerLabel: payerLabel(await payerOf(tx, visit, billing.insurance)),
      entries,
    },
  };
}
