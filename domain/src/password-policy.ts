/**
 * The rules a person can see and check while typing (issue 3). The server adds what needs large
 * dictionaries: a strength estimate (zxcvbn-ts) and a common-password list.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Caps the work argon2 does per attempt; long passphrases still fit. */
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  tooLong: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  needsUpper: 'must contain an upper-case letter',
  needsLower: 'must contain a lower-case letter',
  needsDigit: 'must contain a digit',
  needsSymbol: 'must contain a symbol',
  containsUsername: 'must not contain the username',
  common: 'is a commonly used password',
  weak: 'is too easy to guess; add more words or characters',
  sameAsCurrent: 'must differ from the current password',
} as const;

/** Problems found by the character rules alone; empty when they pass. */
export function passwordRuleProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(PASSWORD_MESSAGES.tooShort);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(PASSWORD_MESSAGES.tooLong);
  if (!/\p{Lu}/u.test(password)) problems.push(PASSWORD_MESSAGES.needsUpper);
  if (!/\p{Ll}/u.test(password)) problems.push(PASSWORD_MESSAGES.needsLower);
  if (!/\p{Nd}/u.test(password)) problems.push(PASSWORD_MESSAGES.needsDigit);
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push(PASSWORD_MESSAGES.needsSymbol);
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name))
    problems.push(PASSWORD_MESSAGES.containsUsername);
  return problems;
}
