/**
 * The time source for rules that depend on time (token expiry, lockout, rate-limit windows,
 * TOTP). Injected so tests can move time forward instead of sleeping.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
