import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import { AppError } from '../../http/app-error';
import { patients } from './patients.schema';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the `portalVerified` gate: the caller's own patient record, from the token alone. */
    portalPatientId: string | null;
  }
}

/**
 * Portal routes never take a patient id from the URL: the `portalVerified` gate resolves the
 * patient from the signed-in account and refuses until a receptionist has verified the record.
 */
export function portalVerifiedGate(db: Db) {
  return async (request: FastifyRequest): Promise<void> => {
    const userId = request.principal?.userId;
    if (!userId) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
    const [p] = await db
      .select({ id: patients.id, verified: patients.portalVerified })
      .from(patients)
      .where(eq(patients.userId, userId));
    if (!p?.verified) {
      throw new AppError('PORTAL_NOT_VERIFIED', 'The clinic has not verified your registration yet');
    }
    request.portalPatientId = p.id;
  };
}

/** For portal handlers: the patient the gate resolved; a handler without the gate is a bug. */
export function portalPatientId(request: FastifyRequest): string {
  if (!request.portalPatientId) throw new Error('portal route is missing the portalVerified gate');
  return request.portalPatientId;
}
