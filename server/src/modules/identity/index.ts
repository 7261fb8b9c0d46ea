/**
 * The identity module's door: what other modules, http/, seed/ and cli/ may use. Staff and patient
 * accounts, sign-in, sessions, MFA and the request authenticator.
 */
export { signAccessToken } from './access-tokens';
export type { RegisterPatient } from './auth.routes';
export { authRoutes } from './auth.routes';
export { invalidField } from './errors';
export type { Identity } from './identity';
export { createIdentity } from './identity';
export { securityPolicy, users } from './identity.schema';
export { deriveIdentityKeys } from './keys';
export { passwordProblems } from './password-policy';
export { hashPassword } from './passwords';
export { startSession } from './refresh-tokens.service';
export { usersRoutes } from './users.routes';
export { createStaffAccount } from './users.service';
