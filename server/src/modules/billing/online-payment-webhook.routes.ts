import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { ModuleDeps } from '../../http/module-deps';
import { unstorableTextRefusal } from '../../http/text-guard';
import { auditContextOf } from '../audit';
import { paystackEventSchema } from './online-payment.types';
import { confirmOnlinePayment } from './online-payment-confirm.service';
import { isValidPaystackSignature } from './online-payment-signature';

const SIGNATURE_HEADER = 'x-paystack-signature';

function parseEvent(raw: string) {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', 'The webhook body is not JSON');
  }
  // spec: INPUT-1 (the raw body passes the request-wide check as one string, unparsed)
  const refusal = unstorableTextRefusal('body', json);
  if (refusal) throw refusal;
  const parsed = paystackEventSchema.safeParse(json);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'The webhook body is not a gateway event');
  return parsed.data;
}

/**
 * The gateway's webhook: the only way an ONLINE payment comes into being. Public (the gateway has
 * no account here) and trusted only through the HMAC signature over the exact bytes received, so
 * this plugin keeps JSON bodies as raw text: re-serialising parsed JSON would not reproduce them.
 * The parser is registered inside this plugin, so the rest of the API parses JSON as usual.
 */
export const onlinePaymentWebhookRoutes: FastifyPluginAsync<ModuleDeps> = async (
  app,
  { db, config, clock },
) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/payments/webhooks/paystack',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['billing'],
        description: 'Paystack webhook. Signed with HMAC-SHA512 of the raw body in x-paystack-signature.',
        headers: z.object({ [SIGNATURE_HEADER]: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const secret = config.paystackSecretKey;
      if (!secret) throw new AppError('SERVICE_UNAVAILABLE', 'Online payments are not configured');
      const signature = request.headers[SIGNATURE_HEADER];
      if (typeof signature !== 'string' || signature === '') {
        throw new AppError('BAD_REQUEST', `The ${SIGNATURE_HEADER} header is required`);
      }
      const raw = typeof request.body === 'string' ? request.body : '';
      if (!isValidPaystackSignature(secret, raw, signature)) {
        throw new AppError('INVALID_SIGNATURE', 'The webhook signature does not match its body');
      }
      const event = parseEvent(raw);
      // Every other event (transfers, refunds, disputes) is acknowledged so the gateway stops retrying.
      if (event.event !== 'charge.success') return reply.send({ received: true });

      const outcome = await inTransaction(db, (tx) =>
        confirmOnlinePayment(tx, event, auditContextOf(request), clock()),
      );
      // Ids only: the payload's customer details never reach the logs.
      request.log.info({ gatewayEventId: event.data.id ?? null, outcome }, 'payment gateway webhook');
      return reply.send({ received: true });
    },
  );
};
