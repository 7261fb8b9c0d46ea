import type { FastifyReply } from 'fastify';
import type { Config } from '../../config/config';
import type { IssuedRefresh } from './refresh-tokens.service';

/** httpOnly, sent only to the refresh endpoint: no script and no other route ever sees it. */
export const REFRESH_COOKIE = 'emr_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth/refresh';
/** Readable by the web app (double-submit): it echoes the value in X-CSRF-Token on refresh. */
export const CSRF_COOKIE = 'emr_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(reply: FastifyReply, config: Config, refresh: IssuedRefresh): void {
  const common = { sameSite: 'strict' as const, secure: config.isProduction, expires: refresh.expiresAt };
  reply.setCookie(REFRESH_COOKIE, refresh.token, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  if (refresh.csrfToken)
    reply.setCookie(CSRF_COOKIE, refresh.csrfToken, { ...common, httpOnly: false, path: '/' });
}

export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  const common = { sameSite: 'strict' as const, secure: config.isProduction };
  reply.clearCookie(REFRESH_COOKIE, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  reply.clearCookie(CSRF_COOKIE, { ...common, path: '/' });
}
