import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { auditContextOf } from '../audit';

export interface Actor {
  userId: string;
  ctx: AuditContext;
}

/** The signed-in staff member acting, for the row's "by" columns and the audit entry. */
export function actorOf(request: FastifyRequest): Actor {
  const userId = request.principal?.userId;
  // Every billing route declares roles, so the access hook has already authenticated the caller.
  if (!userId) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
  return { userId, ctx: auditContextOf(request) };
}
