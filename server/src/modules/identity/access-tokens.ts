import { roleSchema } from '@modern-emr/domain';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

const ISSUER = 'modern-emr';
const AUDIENCE = 'modern-emr-api';

const claimsSchema = z.object({
  sub: z.uuid(),
  /** The session (refresh-token family): logout and theft detection end the access token too. */
  sid: z.uuid(),
  /** Must equal users.token_version; bumping it kills every access token of the user at once. */
  tv: z.number().int().nonnegative(),
  roles: z.array(roleSchema),
});
export type AccessClaims = z.infer<typeof claimsSchema>;

export async function signAccessToken(
  key: Uint8Array,
  claims: AccessClaims,
  now: Date,
  ttlSeconds: number,
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sid, tv: claims.tv, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
}

/** A token whose signature, issuer, audience and expiry checked out. */
export interface VerifiedAccessToken {
  claims: AccessClaims;
  /** When the token stops being valid (its `exp`), in epoch milliseconds. */
  expiresAtMs: number;
}

/** The claims of a valid, unexpired token of ours; null for anything else (never throws). */
export async function verifyAccessToken(
  key: Uint8Array,
  token: string,
  now: Date,
): Promise<VerifiedAccessToken | null> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success || payload.exp === undefined) return null;
    return { claims: parsed.data, expiresAtMs: payload.exp * 1000 };
  } catch {
    return null;
  }
}
