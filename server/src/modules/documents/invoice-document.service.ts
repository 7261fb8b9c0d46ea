import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { notFound } from '../../http/app-error';
import { auditLog, recordAudit } from '../audit';
import type { Actor } from '../billing';
import { clinicYear, readVisitBilling } from '../billing';
import { nextDocumentNumber } from '../numbering';
import { lockVisit, type VisitRow, visits } from '../visit-records';
import { type DocumentContext, documentContext } from './document-context';
import type { InvoiceData } from './documents.types';
import { patientRefOf, payerOf, paymentsOfVisit } from './visit-document-data';

const ISSUE_ACTION = 'document.invoice.issue';
const REPRINT_ACTION = 'document.invoice.reprint';

export interface InvoicePrint {
  context: DocumentContext;
  invoice: InvoiceData;
  reprint: boolean;
}

interface Issued {
  visit: VisitRow;
  invoiceNumber: string;
  issuedAt: Date;
  reprint: boolean;
}

/** When the invoice was first printed, as its issue was audited. */
async function firstIssuedAt(tx: Tx, visitId: string): Promise<Date | null> {
  const [row] = await tx
    .select({ metadata: auditLog.metadata, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.visitId, visitId), eq(auditLog.action, ISSUE_ACTION)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const issuedAt = (row.metadata as { issuedAt?: unknown }).issuedAt;
  return typeof issuedAt === 'string' ? new Date(issuedAt) : row.createdAt;
}

/**
 * The visit's invoice number, assigned at the first print from the gapless yearly series and stored
 * on the visit (the visits trigger allows exactly that, even once the visit is closed). The visit is
 * locked only for that first print, so two simultaneous first prints get one number between them.
 */
async function issueOnce(tx: Tx, visitId: string, actor: Actor, now: Date): Promise<Issued> {
  const [seen] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!seen) throw notFound('visit');
  const visit = seen.invoiceNumber ? seen : await lockVisit(tx, visitId);
  if (visit.invoiceNumber) {
    return {
      visit,
      invoiceNumber: visit.invoiceNumber,
      issuedAt: (await firstIssuedAt(tx, visitId)) ?? now,
      reprint: true,
    };
  }
  const invoiceNumber = await nextDocumentNumber(tx, 'invoice', await clinicYear(tx, now));
  await tx.update(visits).set({ invoiceNumber }).where(eq(visits.id, visitId));
  await recordAudit(tx, actor.ctx, {
    action: ISSUE_ACTION,
    entityType: 'visit',
    entityId: visitId,
    patientId: visit.patientId,
    visitId,
    metadata: { invoiceNumber, issuedAt: now.toISOString() },
  });
  return { visit: { ...visit, invoiceNumber }, invoiceNumber, issuedAt: now, reprint: false };
}

// spec: DOC-1
/** The visit's invoice as it stands now (charges, shares, payments), under its one invoice number. */
export async function printInvoice(tx: Tx, visitId: string, actor: Actor, now: Date): Promise<InvoicePrint> {
  const issued = await issueOnce(tx, visitId, actor, now);
  const { visit } = issued;
  if (issued.reprint) {
    await recordAudit(tx, actor.ctx, {
      action: REPRINT_ACTION,
      entityType: 'visit',
      entityId: visitId,
      patientId: visit.patientId,
      visitId,
      metadata: { invoiceNumber: issued.invoiceNumber },
    });
  }
  const [billing, patient, paid, context] = await inOrder([
    () => readVisitBilling(tx, visit),
    () => patientRefOf(tx, visit.patientId),
    () => paymentsOfVisit(tx, visitId),
    () => documentContext(tx),
  ]);
  const computed = new Map(billing.result.charges.map((c) => [c.id, c]));
  const { summary } = billing.result;
  return {
    context,
    reprint: issued.reprint,
    invoice: {
      currency: context.currency,
      timeZone: context.timeZone,
      invoiceNumber: issued.invoiceNumber,
      issuedAt: issued.issuedAt,
      patient,
      visitNumber: visit.number,
      payer: await payerOf(tx, visit, billing.insurance),
      lines: billing.chargeRows.map((row) => {
        const c = computed.get(row.id);
        return {
          code: row.serviceCode,
          name: row.serviceName,
          quantity: row.quantity,
          unitPrice: row.unitPriceMinor,
          amount: row.amountMinor,
          hmoShare: c?.hmoShare ?? 0,
          patientShare: c?.patientShare ?? 0,
          status: c?.status ?? row.status,
        };
      }),
      summary: {
        charges: summary.charges,
        waived: summary.waived,
        hmoCovered: summary.hmoCovered,
        hmoPending: summary.hmoPending,
        patientShare: summary.patientShare,
        paid: summary.paid,
        outstanding: summary.outstanding,
      },
      // What each payment put towards this visit; an overpayment's wallet part is not the visit's money.
      payments: paid
        .filter((p) => p.appliedMinor > 0)
        .map((p) => ({
          receiptNumber: p.receiptNumber,
          date: p.receivedAt,
          method: p.method,
          amount: p.appliedMinor,
        })),
    },
  };
}
