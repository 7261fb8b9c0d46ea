import {
  PERMISSIONS,
  pageQuerySchema,
  pageSchema,
  pendingRegistrationSchema,
  portalProfileSchema,
} from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { notFound } from '../../http/app-error';
import { auditContextOf } from '../audit';
import { patients } from './patients.schema';
import { portalPatientId, portalVerifiedGate } from './portal.service';
import { listPendingRegistrations, verifyPortalRegistration } from './portal-verification.service';

/** Portal sign-up verification (front desk) and the patient's own profile (portal). */
export const patientPortalRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.decorateRequest('portalPatientId', null);
  app.gates.set('portalVerified', portalVerifiedGate(db));

  app.get(
    '/patients/pending-verification',
    {
      config: { access: { roles: PERMISSIONS['patients.verifyPortal'] } },
      schema: {
        tags: ['patients'],
        querystring: pageQuerySchema,
        response: { 200: pageSchema(pendingRegistrationSchema) },
      },
    },
    async (request) => listPendingRegistrations(db, request.query),
  );

  app.post(
    '/patients/:id/verify',
    {
      config: { access: { roles: PERMISSIONS['patients.verifyPortal'] } },
      schema: {
        tags: ['patients'],
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({ id: z.uuid(), portalVerified: z.literal(true), verifiedAt: z.string() }),
        },
      },
    },
    async (request) => verifyPortalRegistration(db, request.params.id, auditContextOf(request)),
  );

  app.get(
    '/portal/profile',
    {
      config: { access: { roles: PERMISSIONS['portal.use'], gates: ['portalVerified'] } },
      schema: { tags: ['portal'], response: { 200: portalProfileSchema } },
    },
    async (request) => {
      const [p] = await db
        .select({
          id: patients.id,
          firstName: patients.firstName,
          lastName: patients.lastName,
          phone: patients.phone,
          email: patients.email,
          dateOfBirth: patients.dateOfBirth,
        })
        .from(patients)
        .where(eq(patients.id, portalPatientId(request)));
      if (!p) throw notFound('Patient');
      return p;
    },
  );
};
