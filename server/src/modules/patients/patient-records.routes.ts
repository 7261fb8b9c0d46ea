import {
  PERMISSIONS,
  patientArchiveSchema,
  patientCreatedSchema,
  patientPatchSchema,
  patientRegistrationSchema,
  patientSchema,
  patientSearchPageSchema,
  patientSearchQuerySchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { archivePatient, restorePatient, updatePatient, viewPatient } from './patient-record.service';
import { registerPatient } from './patient-registration.service';
import { searchPatients } from './patient-search.service';

const tags = ['patients'];
const params = z.object({ id: z.uuid() });

/** Patient registration, search, edit, archive and restore, and HMO enrolments (front desk). */
export const patientRecordRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  const { db, clock } = deps;

  app.post(
    '/patients',
    {
      config: { access: { roles: PERMISSIONS['patients.register'] } },
      schema: { tags, body: patientRegistrationSchema, response: { 201: patientCreatedSchema } },
    },
    async (request, reply) => {
      const created = await registerPatient(db, request.body, auditContextOf(request), clock());
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/patients',
    {
      config: { access: { roles: PERMISSIONS['patients.read'] } },
      schema: { tags, querystring: patientSearchQuerySchema, response: { 200: patientSearchPageSchema } },
    },
    async (request) => searchPatients(db, request.query, clock()),
  );

  app.get(
    '/patients/:id',
    {
      config: { access: { roles: PERMISSIONS['patients.read'] } },
      schema: { tags, params, response: { 200: patientSchema } },
    },
    async (request) => viewPatient(db, request.params.id, auditContextOf(request)),
  );

  app.patch(
    '/patients/:id',
    {
      config: { access: { roles: PERMISSIONS['patients.register'] } },
      schema: { tags, params, body: patientPatchSchema, response: { 200: patientSchema } },
    },
    async (request) => updatePatient(db, request.params.id, request.body, auditContextOf(request), clock()),
  );

  app.post(
    '/patients/:id/archive',
    {
      config: { access: { roles: PERMISSIONS['patients.archive'] } },
      schema: { tags, params, body: patientArchiveSchema, response: { 200: patientSchema } },
    },
    async (request) =>
      archivePatient(db, request.params.id, request.body.reason, auditContextOf(request), clock()),
  );

  app.post(
    '/patients/:id/restore',
    {
      config: { access: { roles: PERMISSIONS['patients.archive'] } },
      schema: { tags, params, response: { 200: patientSchema } },
    },
    async (request) => restorePatient(db, request.params.id, auditContextOf(request), clock()),
  );
};
