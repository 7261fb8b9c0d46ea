import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Patient registration, search, edit, archive and HMO enrolments (front desk). */
export const patientRecordRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
