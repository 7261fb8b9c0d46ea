import {
  PERMISSIONS,
  pageQuerySchema,
  walletDepositCreatedSchema,
  walletDepositRequestSchema,
  walletViewSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import type { ModuleDeps } from '../../http/module-deps';
import { actorOf, markReplay } from '../billing';
import { runIdempotent } from '../idempotency';
import { depositToWallet } from './wallet-deposit.service';
import { readWallet } from './wallet-ledger.service';

const tags = ['wallet'];
const patientParams = z.object({ id: z.uuid() });

/** Patient wallets: balance, ledger and deposits. Wallet payments are visit payments (method WALLET). */
export const walletRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.get(
    '/patients/:id/wallet',
    {
      config: { access: { roles: PERMISSIONS['wallet.read'] } },
      schema: {
        tags,
        params: patientParams,
        querystring: pageQuerySchema,
        response: { 200: walletViewSchema },
      },
    },
    async (request) => inTransaction(db, (tx) => readWallet(tx, request.params.id, request.query)),
  );

  app.post(
    '/patients/:id/wallet',
    {
      config: { access: { roles: PERMISSIONS['wallet.deposit'], idempotent: true } },
      schema: {
        tags,
        params: patientParams,
        body: walletDepositRequestSchema,
        response: { 201: walletDepositCreatedSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await runIdempotent(db, request, 201, (tx) =>
        depositToWallet(tx, request.params.id, request.body, actor, clock()),
      );
      markReplay(reply, result.replayed);
      return reply.code(201).send(result.body);
    },
  );
};
