import { PERMISSIONS } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import type { ModuleDeps } from '../../http/module-deps';
import { actorOf } from '../billing';
import { printDepositReceipt } from './deposit-receipt-document.service';
import { renderInvoice } from './invoice';
import { printInvoice } from './invoice-document.service';
import { sendPdf } from './pdf-reply';
import { renderReceiptA4 } from './receipt-a4';
import { printReceipt, type ReceiptPrint } from './receipt-document.service';
import { renderReceiptThermal } from './receipt-thermal';
import { renderStatement } from './statement';
import { printStatement } from './statement-document.service';

const tags = ['documents'];
const idParams = z.object({ id: z.uuid() });
const receiptQuery = z.object({ format: z.enum(['a4', 'thermal']).default('a4') });
const access = { access: { roles: PERMISSIONS['documents.billing'] } };

function renderReceipt(print: ReceiptPrint, format: 'a4' | 'thermal', generatedAt: Date): Promise<Buffer> {
  const render = format === 'thermal' ? renderReceiptThermal : renderReceiptA4;
  return render(print.context.clinic, print.receipt, { reprint: print.reprint, generatedAt });
}

/**
 * Receipt, invoice and statement PDFs. Each request loads its data and records the print in one
 * transaction (an invoice's first print also assigns its number there); the PDF is drawn after
 * commit, so no lock is held while rendering.
 */
export const documentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.get(
    '/payments/:id/receipt.pdf',
    { config: access, schema: { tags, params: idParams, querystring: receiptQuery } },
    async (request, reply) => {
      const { format } = request.query;
      const print = await inTransaction(db, (tx) =>
        printReceipt(tx, request.params.id, format, actorOf(request)),
      );
      const pdf = await renderReceipt(print, format, clock());
      return sendPdf(reply, { pdf, filename: `${print.receipt.receiptNumber}.pdf` });
    },
  );

  app.get(
    '/wallet-entries/:id/receipt.pdf',
    { config: access, schema: { tags, params: idParams, querystring: receiptQuery } },
    async (request, reply) => {
      const { format } = request.query;
      const print = await inTransaction(db, (tx) =>
        printDepositReceipt(tx, request.params.id, format, actorOf(request)),
      );
      const pdf = await renderReceipt(print, format, clock());
      return sendPdf(reply, { pdf, filename: `${print.receipt.receiptNumber}.pdf` });
    },
  );

  app.get(
    '/visits/:id/invoice.pdf',
    { config: access, schema: { tags, params: idParams } },
    async (request, reply) => {
      const now = clock();
      const print = await inTransaction(db, (tx) =>
        printInvoice(tx, request.params.id, actorOf(request), now),
      );
      const pdf = await renderInvoice(print.context.clinic, print.invoice, {
        reprint: print.reprint,
        generatedAt: now,
      });
      return sendPdf(reply, { pdf, filename: `${print.invoice.invoiceNumber}.pdf` });
    },
  );

  app.get(
    '/visits/:id/statement.pdf',
    { config: access, schema: { tags, params: idParams } },
    async (request, reply) => {
      const now = clock();
      const print = await inTransaction(db, (tx) =>
        printStatement(tx, request.params.id, actorOf(request), now),
      );
      const pdf = await renderStatement(print.context.clinic, print.statement, { generatedAt: now });
      return sendPdf(reply, { pdf, filename: `statement-${print.statement.visitNumber}.pdf` });
    },
  );
};
