import { describe, expect, it } from 'vitest';
import { createUserBodySchema, loginBodySchema, updateUserBodySchema, usernameSchema } from './auth';

describe('auth schemas', () => {
  it('lower-cases usernames and refuses odd ones', () => {
    expect(usernameSchema.parse(' Ada.Obi ')).toBe('ada.obi');
    expect(usernameSchema.safeParse('a').success).toBe(false);
    expect(usernameSchema.safeParse('ada obi').success).toBe(false);
    expect(usernameSchema.safeParse('ada@clinic.ng').success).toBe(false);
  });

  it('keeps staff accounts away from the PATIENT role', () => {
    const base = { username: 'ada', fullName: 'Ada', temporaryPassword: 'x' };
    expect(createUserBodySchema.safeParse({ ...base, roles: ['PATIENT'] }).success).toBe(false);
    expect(createUserBodySchema.parse({ ...base, roles: ['NURSE', 'NURSE'] }).roles).toEqual(['NURSE']);
  });

  it('refuses an empty user change and a malformed TOTP code', () => {
    expect(updateUserBodySchema.safeParse({}).success).toBe(false);
    expect(loginBodySchema.safeParse({ username: 'a', password: 'b', totp: '12345' }).success).toBe(false);
  });
});
