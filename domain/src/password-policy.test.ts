import { describe, expect, it } from 'vitest';
import { PASSWORD_MESSAGES, passwordRuleProblems } from './password-policy';

describe('password character rules', () => {
  it('accepts a long password with every class', () => {
    expect(passwordRuleProblems('Quiet-Harbour-42', 'ada')).toEqual([]);
  });

  it('names every missing class and the length', () => {
    expect(passwordRuleProblems('abc')).toEqual([
      PASSWORD_MESSAGES.tooShort,
      PASSWORD_MESSAGES.needsUpper,
      PASSWORD_MESSAGES.needsDigit,
      PASSWORD_MESSAGES.needsSymbol,
    ]);
    expect(passwordRuleProblems('ABCDEFGHIJKL1!')).toEqual([PASSWORD_MESSAGES.needsLower]);
  });

  it('refuses the username inside the password, whatever the case', () => {
    expect(passwordRuleProblems('Xx-OKAFOR-2026!', 'okafor')).toEqual([PASSWORD_MESSAGES.containsUsername]);
  });

  it('counts letters beyond ASCII', () => {
    expect(passwordRuleProblems('Éléphant-Rosé-42', 'ada')).toEqual([]);
  });
});
