import { clinicSettingsPatchSchema, clinicSettingsSchema, STAFF_ROLES } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database';
import { auditContextOf } from '../audit';
import { getSettings, updateSettings } from './settings.service';

export const settingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // Every staff member reads them: letterheads, currency formatting and the clinic's time zone.
  app.get(
    '/settings',
    {
      config: { access: { roles: STAFF_ROLES } },
      schema: { tags: ['settings'], response: { 200: clinicSettingsSchema } },
    },
    async () => getSettings(db),
  );

  app.patch(
    '/settings',
    {
      config: { access: { roles: ['ADMIN'] } },
      schema: {
        tags: ['settings'],
        body: clinicSettingsPatchSchema,
        response: { 200: clinicSettingsSchema },
      },
    },
    async (request) => updateSettings(db, request.body, auditContextOf(request)),
  );
};
