import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { predictableShare, secretKeyWeakness } from './secret-strength';

describe('the production key check', () => {
  it.each([
    ['a keyboard walk along the rows', 'qwertyuiopasdfghjklzxcvbnm1234567890'],
    ['a keyboard walk with shift and mixed case', 'QwErTyUiOpAsDfGhJkLzXcVbNm!@#$%^&*()'],
    ['a walk down the columns', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.'],
    ['a walk backwards', 'mnbvcxzlkjhgfdsapoiuytrewq0987654321'],
    ['the alphabet and the digits', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['a sequence backwards', 'zyxwvutsrqponmlkjihgfedcba9876543210'],
    ['a short pattern repeated', 'Kd8#Wq2!Zm5$Kd8#Wq2!Zm5$Kd8#Wq2!Zm5$'],
  ])('AUTH-KEY-2: refuses %s', (_label, key) => {
    expect(secretKeyWeakness(key)).toMatch(/looks typed|low-entropy/);
  });

  it('AUTH-KEY-2: names the reason for a walk that passes the older counts', () => {
    // 36 distinct characters, ~5.2 bits each by character counts alone: only the walk gives it away.
    expect(secretKeyWeakness('qwertyuiopasdfghjklzxcvbnm1234567890')).toMatch(/keyboard walk/);
  });

  it('AUTH-KEY-2: accepts generated keys (openssl rand -base64 48 / -hex 32, and 32-character cuts)', () => {
    for (let i = 0; i < 2000; i++) {
      const base64 = randomBytes(48).toString('base64');
      const hex = randomBytes(32).toString('hex');
      for (const key of [base64, hex, base64.slice(0, 32)]) expect(secretKeyWeakness(key), key).toBeNull();
      // A 32-character hex cut may fail the older character counts (16 symbols); never this check.
      expect(predictableShare(hex.slice(0, 32))).toBeLessThan(0.6);
    }
  });

  it('counts only runs of four or more as predictable', () => {
    expect(predictableShare('qwe7Lk2P')).toBe(0);
    expect(predictableShare('qwer7Lk2')).toBe(0.5);
  });
});
