import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy';
import { roleSchema, STAFF_ROLES } from './roles';
import { clinicDisplaySchema } from './settings';

/** Stored lower-case; letters, digits, dot, dash, underscore (no e-mail addresses: they are PHI for patients). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, '3–64 letters, digits, dots, dashes or underscores');

/** A new password's shape; the full policy (strength, common, username) is checked by the server. */
export const newPasswordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const totpCodeSchema = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from the app');
export const recoveryCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z2-7]{5}-?[a-z2-7]{5}$/, 'must be a recovery code like abcde-fghij');

/**
 * `useCookie`: the web app asks for the refresh token in an httpOnly cookie instead of the body.
 * The username is not validated beyond its length, so a malformed one fails like any wrong one.
 */
export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(1024),
  totp: totpCodeSchema.optional(),
  recoveryCode: recoveryCodeSchema.optional(),
  useCookie: z.boolean().optional(),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** Optional: the web app sends no body and relies on its cookie (a body-less POST arrives as null). */
export const refreshBodySchema = z.object({ refreshToken: z.string().min(1).max(256).optional() }).nullish();
export const logoutBodySchema = refreshBodySchema;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: newPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

const personName = z.string().trim().min(1).max(100);

export const registerBodySchema = z.object({
  username: usernameSchema,
  password: newPasswordSchema,
  firstName: personName,
  lastName: personName,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{6,19}$/, 'must be a phone number'),
  email: z.email().max(254).optional(),
  dateOfBirth: z.iso.date().optional(),
});
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const staffRoleSchema = roleSchema.refine((r) => STAFF_ROLES.includes(r), 'must be a staff role');

const staffRoles = z
  .array(staffRoleSchema)
  .min(1)
  .max(STAFF_ROLES.length)
  .transform((roles) => [...new Set(roles)]);

export const createUserBodySchema = z.object({
  username: usernameSchema,
  fullName: z.string().trim().min(1).max(200),
  roles: staffRoles,
  /** Typed by the administrator and handed over in person; must be changed at first sign-in. */
  temporaryPassword: newPasswordSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    fullName: z.string().trim().min(1).max(200).optional(),
    roles: staffRoles.optional(),
    active: z.boolean().optional(),
    unlock: z.literal(true).optional(),
    resetMfa: z.literal(true).optional(),
    temporaryPassword: newPasswordSchema.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'nothing to change');
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(64).optional(),
  role: roleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});

/** `GET /auth/me`: what the web app needs to decide where the user may go. */
export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  mustChangePassword: z.boolean(),
  mfaEnabled: z.boolean(),
  /** The user's role requires MFA and they have not enrolled: only enrolment is open to them. */
  mfaEnrolmentRequired: z.boolean(),
  patientId: z.uuid().nullable(),
  portalVerified: z.boolean().nullable(),
  /** The clinic's time zone, locale and currency, so every screen formats as the clinic reads. */
  clinic: clinicDisplaySchema,
});
export type Me = z.infer<typeof meSchema>;

/** With `useCookie` the refresh token travels only in the httpOnly cookie, never in the body. */
export const sessionResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresIn: z.number().int().positive(),
  refreshToken: z.string().optional(),
  user: meSchema,
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const mfaSetupResponseSchema = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string(),
});
export const mfaVerifyBodySchema = z.object({ code: totpCodeSchema });
export const mfaVerifyResponseSchema = z.object({ recoveryCodes: z.array(z.string()).length(10) });
export const mfaDisableBodySchema = z.object({ password: z.string().min(1).max(1024), code: totpCodeSchema });

export const mfaPolicySchema = z.object({ requiredRoles: z.array(roleSchema) });
export const mfaPolicyBodySchema = z.object({
  requiredRoles: z.array(staffRoleSchema).transform((roles) => [...new Set(roles)]),
});
export type MfaPolicy = z.infer<typeof mfaPolicySchema>;
