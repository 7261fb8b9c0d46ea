import type { Role } from '@modern-emr/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { GATE_NAMES, type GateName } from './gate-names';
import { idempotencyKeyHeaderSchema, requireIdempotencyKey } from './idempotency-key';

/** Who is calling, as established by the authenticator. */
export interface Principal {
  userId: string;
  roles: readonly Role[];
  /** The sign-in (refresh-token family) the access token belongs to. */
  sessionId?: string;
  /** Still on the temporary first password: only routes that allow it are open. */
  mustChangePassword?: boolean;
  /** A role of theirs requires MFA and they have not enrolled: only enrolment routes are open. */
  mfaEnrolmentRequired?: boolean;
}

/**
 * A gate is a rule about the thing a request acts on ("visit open", "charge settled").
 * It runs after validation, so it can read typed params, and throws an AppError to refuse.
 */
export type Gate = (request: FastifyRequest) => Promise<void>;

/**
 * Every API route declares who may call it. `public` is for the few routes anyone may call
 * (health, login, refresh, register); everything else names its roles.
 */
export type Access =
  | { public: true }
  | {
      roles: readonly Role[];
      /** Rules about the thing acted on, run in this order after validation (spec: HTTP-GATE-1). */
      gates?: readonly GateName[];
      /**
       * Moves money or stock: a retry must never move it twice. The `Idempotency-Key` header is then
       * required before the body is validated, and the handler runs the work through
       * `runIdempotent`, which reads the key from `request.idempotencyKey` (spec: HTTP-IDEM-1).
       */
      idempotent?: true;
      /** Open to an account that still has its temporary password ("me", change password). */
      allowWithTemporaryPassword?: true;
      /** Open to an account that must enrol in MFA before anything else (enrolment, "me"). */
      allowDuringMfaEnrolment?: true;
    };

export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
    gates: Map<GateName, Gate>;
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Routes served by plugins we configure as a whole (OpenAPI UI); not part of the API surface. */
const UNDECLARED_PREFIXES = ['/api/docs'];

export function isApiRoute(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

function needsDeclaration(url: string): boolean {
  return isApiRoute(url) && !UNDECLARED_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`));
}

// spec: HTTP-ACCESS-1
/**
 * Default deny, enforced twice: an API route without an access declaration stops the server
 * from starting, and every request is authenticated (401) and authorised (403) before its body
 * is even validated, so an anonymous caller learns nothing about the resource.
 */
export function registerAccessControl(app: FastifyInstance, authenticate: Authenticator): void {
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorate('gates', new Map<GateName, Gate>());
  app.decorateRequest('principal', null);
  app.decorateRequest('idempotencyKey', null);

  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeTable.push({ method, url: route.url, access });
    if (needsDeclaration(route.url) && !access) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no access; add config.access`);
    }
    const declared = access && 'roles' in access ? access : undefined;
    const gates = declared?.gates ?? [];
    if (gates.length > 0) {
      const existing = route.preHandler ? [route.preHandler].flat() : [];
      route.preHandler = [...existing, ...gates.map((name) => runGate(app, name))];
    }
    if (declared?.idempotent) {
      // spec: HTTP-IDEM-1 — the key is checked here, once, instead of by each money route.
      const existing = route.preValidation ? [route.preValidation].flat() : [];
      route.preValidation = [...existing, requireIdempotencyKey];
      route.schema = { ...route.schema, headers: route.schema?.headers ?? idempotencyKeyHeaderSchema };
    }
  });

  // spec: HTTP-GATE-1 — gates are registered by the modules' plugins, so the check waits until
  // every plugin has loaded; a rejected onReady makes `app.ready()` (and so the start) fail.
  app.addHook('onReady', async () => {
    const missing = unregisteredGates(app);
    if (missing.length > 0) {
      throw new Error(
        `${missing.join('; ')}. Registered gates: ${[...app.gates.keys()].join(', ') || 'none'}; known names: ${GATE_NAMES.join(', ')}`,
      );
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const principal = await authenticate(request);
    if (!principal) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
    request.principal = principal;
    if (!access.roles.some((r) => principal.roles.includes(r))) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this');
    }
    if (principal.mustChangePassword && !access.allowWithTemporaryPassword) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Change your temporary password first');
    }
    if (principal.mfaEnrolmentRequired && !access.allowDuringMfaEnrolment) {
      throw new AppError('MFA_ENROLMENT_REQUIRED', 'Set up two-factor authentication first');
    }
  });
}

/** One line per route and gate it declares that no module registered (HEAD twins counted once). */
function unregisteredGates(app: FastifyInstance): string[] {
  return app.routeTable.flatMap(({ method, url, access }) =>
    access && 'roles' in access && method !== 'HEAD'
      ? (access.gates ?? [])
          .filter((name) => !app.gates.has(name))
          .map((name) => `Route ${method} ${url} declares gate "${name}", which no module registered`)
      : [],
  );
}

function runGate(app: FastifyInstance, name: GateName) {
  return async (request: FastifyRequest) => {
    const gate = app.gates.get(name);
    // Checked at start-up; a gate removed afterwards must still refuse, never silently pass.
    if (!gate) throw new Error(`gate "${name}" is declared but not registered`);
    await gate(request);
  };
}
