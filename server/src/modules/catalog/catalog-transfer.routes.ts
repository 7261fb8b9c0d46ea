import { PERMISSIONS } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database';
import { AppError } from '../../http/app-error';
import { auditContextOf } from '../audit';
import {
  catalogExportQuerySchema,
  catalogImportQuerySchema,
  catalogImportResultSchema,
} from './catalog.types';
import { exportCatalogFile } from './catalog-export.service';
import { importCatalogFile, type SheetFormat } from './catalog-import.service';

/** Hundreds of rows are tens of kilobytes; 2 MB leaves room for thousands without inviting abuse. */
export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function formatOf(contentType: string | undefined): SheetFormat | undefined {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (media === 'text/csv') return 'csv';
  if (media === XLSX_MEDIA_TYPE) return 'xlsx';
  return undefined;
}

const tags = ['catalog'];

/** Import and export of the price list as CSV or XLSX, the way clinics keep it today. */
export const catalogTransferRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // The file arrives as the raw request body (the browser sends the File with its own type);
  // registered in this plugin only, so every other route still accepts JSON alone.
  app.addContentTypeParser(
    ['text/csv', XLSX_MEDIA_TYPE],
    { parseAs: 'buffer', bodyLimit: MAX_SHEET_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/service-catalog/import',
    {
      config: { access: { roles: PERMISSIONS['catalog.manage'] } },
      bodyLimit: MAX_SHEET_BYTES,
      schema: {
        tags,
        description: `Body: the file itself, as text/csv or ${XLSX_MEDIA_TYPE} (first sheet). 422 lists every bad cell by row; 413 when the file, or the workbook unpacked, is too large.`,
        querystring: catalogImportQuerySchema,
        response: { 200: catalogImportResultSchema },
      },
    },
    async (request) => {
      const format = formatOf(request.headers['content-type']);
      if (!format || !Buffer.isBuffer(request.body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the file as text/csv or ${XLSX_MEDIA_TYPE}`);
      }
      return importCatalogFile(
        db,
        { format, body: request.body },
        { dryRun: request.query.dryRun === 'true' },
        auditContextOf(request),
      );
    },
  );

  app.get(
    '/service-catalog/export',
    {
      config: { access: { roles: PERMISSIONS['catalog.manage'] } },
      schema: { tags, querystring: catalogExportQuerySchema },
    },
    async (request, reply) => {
      const file = await exportCatalogFile(db, request.query.format, new Date());
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
