import cookie from '@fastify/cookie';
import {
  changePasswordBodySchema,
  loginBodySchema,
  logoutBodySchema,
  meSchema,
  mfaDisableBodySchema,
  mfaSetupResponseSchema,
  mfaVerifyBodySchema,
  mfaVerifyResponseSchema,
  PERMISSIONS,
  type RegisterBody,
  refreshBodySchema,
  registerBodySchema,
  type SessionResponse,
  sessionResponseSchema,
} from '@modern-emr/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RateRule } from '../../config/config';
import type { Access } from '../../http/access';
import { AppError } from '../../http/app-error';
import { type AuditContext, auditContextOf } from '../audit';
import { login, type SessionResult } from './auth.service';
import { CSRF_HEADER, clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from './cookies';
import type { Identity } from './identity';
import { loadMe } from './me.service';
import { disableMfa, enableMfa, setupMfa } from './mfa.service';
import { enforceRateLimit } from './rate-limit.service';
import { changePassword, logout, refreshSession } from './session-flows.service';

/** Own-account routes stay open to someone who must first change a password or enrol in MFA. */
const SELF: Access = {
  roles: PERMISSIONS['account.self'],
  allowWithTemporaryPassword: true,
  allowDuringMfaEnrolment: true,
};
const MFA_ENROLMENT: Access = { roles: PERMISSIONS['account.self'], allowDuringMfaEnrolment: true };

function principalOf(request: FastifyRequest) {
  if (!request.principal) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
  return request.principal;
}

/**
 * Patient self-registration creates a patient record, which the patients module owns; it hands
 * this in when the routes are registered, so identity does not depend on patients.
 */
export type RegisterPatient = (
  body: RegisterBody,
  ctx: AuditContext,
) => Promise<{ userId: string; patientId: string }>;

export const authRoutes: FastifyPluginAsyncZod<{
  identity: Identity;
  registerPatient: RegisterPatient;
}> = async (app, { identity, registerPatient }) => {
  const { config } = identity;
  await app.register(cookie);

  const limit =
    (name: string, rules: readonly RateRule[]) => (request: FastifyRequest, reply: FastifyReply) =>
      enforceRateLimit(identity, name, rules, request, reply);

  /** Tokens never get cached; in cookie mode the refresh token is not in the body at all. */
  function sessionReply(reply: FastifyReply, result: SessionResult): SessionResponse {
    reply.header('cache-control', 'no-store');
    const body = {
      accessToken: result.accessToken,
      accessTokenExpiresIn: result.accessTokenExpiresIn,
      user: result.user,
    };
    if (result.transport === 'cookie') {
      setSessionCookies(reply, config, result.refresh);
      return body;
    }
    return { ...body, refreshToken: result.refresh.token };
  }

  app.post(
    '/auth/login',
    {
      config: { access: { public: true } },
      // A generous ceiling on every attempt from an address (spec: AUTH-RATE-3); failures are limited
      // per address and per account inside login() (a wrong code sent with a sign-in is a failure).
      onRequest: limit('login', config.rateLimits.login),
      schema: {
        tags: ['auth'],
        security: [],
        body: loginBodySchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) =>
      sessionReply(reply, await login(identity, request.body, auditContextOf(request))),
  );

  app.post(
    '/auth/refresh',
    {
      config: { access: { public: true } },
      onRequest: limit('refresh', config.rateLimits.refresh),
      schema: {
        tags: ['auth'],
        security: [],
        body: refreshBodySchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      const fromBody = request.body?.refreshToken;
      const token = fromBody ?? request.cookies[REFRESH_COOKIE];
      if (!token) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
      const csrf = request.headers[CSRF_HEADER];
      try {
        const result = await refreshSession(
          identity,
          { token, fromCookie: !fromBody, csrfHeader: typeof csrf === 'string' ? csrf : undefined },
          auditContextOf(request),
        );
        return sessionReply(reply, result);
      } catch (err) {
        // A dead cookie is useless to the browser; clear it so the app goes straight to sign-in.
        if (!fromBody && err instanceof AppError && err.code === 'NOT_AUTHENTICATED')
          clearSessionCookies(reply, config);
        throw err;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: SELF },
      schema: { tags: ['auth'], body: logoutBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(identity, principalOf(request), request.body?.refreshToken, auditContextOf(request));
      clearSessionCookies(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { config: { access: SELF }, schema: { tags: ['auth'], response: { 200: meSchema } } },
    async (request) => loadMe(identity.db, principalOf(request).userId, config.mfaRequiredRoles),
  );

  app.post(
    '/auth/password',
    {
      config: { access: SELF },
      // Each try is a guess of the current password: limited per account, not per address, so a
      // clinic's staff changing temporary passwords on one morning are not refused.
      preHandler: (request, reply) =>
        enforceRateLimit(
          identity,
          'password',
          config.rateLimits.password,
          request,
          reply,
          principalOf(request).userId,
        ),
      schema: { tags: ['auth'], body: changePasswordBodySchema, response: { 200: sessionResponseSchema } },
    },
    async (request, reply) =>
      sessionReply(
        reply,
        await changePassword(identity, principalOf(request), request.body, auditContextOf(request)),
      ),
  );

  app.post(
    '/auth/register',
    {
      config: { access: { public: true } },
      onRequest: limit('register', config.rateLimits.register),
      schema: {
        tags: ['auth'],
        security: [],
        body: registerBodySchema,
        response: {
          201: z.object({ id: z.uuid(), patientId: z.uuid(), portalVerified: z.literal(false) }),
        },
      },
    },
    async (request, reply) => {
      const { userId, patientId } = await registerPatient(request.body, auditContextOf(request));
      return reply.code(201).send({ id: userId, patientId, portalVerified: false as const });
    },
  );

  app.post(
    '/auth/mfa/setup',
    {
      config: { access: MFA_ENROLMENT },
      schema: { tags: ['auth'], response: { 200: mfaSetupResponseSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return setupMfa(identity, principalOf(request), auditContextOf(request));
    },
  );

  app.post(
    '/auth/mfa/verify',
    {
      config: { access: MFA_ENROLMENT },
      onRequest: limit('mfa', config.rateLimits.mfa),
      schema: { tags: ['auth'], body: mfaVerifyBodySchema, response: { 200: mfaVerifyResponseSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return enableMfa(identity, principalOf(request), request.body.code, auditContextOf(request));
    },
  );

  app.post(
    '/auth/mfa/disable',
    {
      config: { access: { roles: PERMISSIONS['account.self'] } },
      onRequest: limit('mfa', config.rateLimits.mfa),
      schema: { tags: ['auth'], body: mfaDisableBodySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await disableMfa(identity, principalOf(request), request.body, auditContextOf(request));
      return reply.code(204).send(null);
    },
  );
};
