import { describe, expect, it } from 'vitest';
import {
  estimatedDateOfBirth,
  hmoEnrolmentInputSchema,
  interpretSearch,
  normalisePhone,
  patientPatchSchema,
  patientRegistrationSchema,
  phoneSearchPrefixes,
  resolveDateOfBirth,
} from './patients';

const NG = { mrnPrefix: 'MRN-', phoneRegion: 'NG' };

describe('phone numbers', () => {
  it('stores local, international and spaced forms as one E.164 number', () => {
    for (const typed of [
      '08031234567',
      '0803 123 4567',
      '+234 803 123 4567',
      '2348031234567',
      '+234-803-123-4567',
    ]) {
      expect(normalisePhone(typed, 'NG'), typed).toBe('+2348031234567');
    }
    expect(normalisePhone('0803123', 'NG')).toBeNull();
    expect(normalisePhone('+44 20 7946 0958', 'NG')).toBe('+442079460958');
  });

  it('reads a partly typed number as an E.164 prefix once six national digits are there', () => {
    expect(phoneSearchPrefixes('0803 123', 'NG')).toEqual(['+234803123']);
    expect(phoneSearchPrefixes('+234 803 123', 'NG')).toEqual(['+234803123']);
    expect(phoneSearchPrefixes('00234803123', 'NG')).toEqual(['+234803123']);
    expect(phoneSearchPrefixes('080312', 'NG')).toEqual([]);
    expect(phoneSearchPrefixes('chioma', 'NG')).toEqual([]);
  });
});

describe('date of birth', () => {
  it('places an estimated age on 1 July, never after today', () => {
    expect(estimatedDateOfBirth(30, '2026-03-10')).toBe('1996-07-01');
    expect(estimatedDateOfBirth(0, '2026-03-10')).toBe('2026-03-10');
    expect(resolveDateOfBirth({ estimatedAgeYears: 30 }, '2026-03-10')).toEqual({
      ok: true,
      dateOfBirth: '1996-07-01',
      estimated: true,
    });
  });

  it('refuses a date of birth after the clinic day', () => {
    expect(resolveDateOfBirth({ dateOfBirth: '2026-03-11' }, '2026-03-10')).toMatchObject({ ok: false });
    expect(resolveDateOfBirth({ dateOfBirth: '2026-03-10' }, '2026-03-10')).toMatchObject({ ok: true });
  });
});

describe('registration schema', () => {
  const base = { firstName: 'Ọlá', lastName: "O'Neil-Ade", sex: 'FEMALE', phone: '0803 123 4567' };
  it('accepts names with accents and joiners, and normalises the national ID', () => {
    const parsed = patientRegistrationSchema.parse({ ...base, nationalId: '1234 5678-901' });
    expect(parsed.nationalId).toBe('12345678901');
  });
  it('refuses a date of birth and an estimated age together, digits in names and impossible dates', () => {
    expect(
      patientRegistrationSchema.safeParse({ ...base, dateOfBirth: '1990-01-01', estimatedAgeYears: 3 })
        .success,
    ).toBe(false);
    expect(patientRegistrationSchema.safeParse({ ...base, firstName: 'R2D2' }).success).toBe(false);
    expect(patientRegistrationSchema.safeParse({ ...base, dateOfBirth: '2023-02-30' }).success).toBe(false);
    expect(patientPatchSchema.safeParse({}).success).toBe(false);
  });
  it('holds HMO enrolments to the visit cover rules', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(
      hmoEnrolmentInputSchema.parse({ providerId: id, policyNumber: 'P1', coverage: 'FULL' }).coveragePercent,
    ).toBe(100);
    expect(
      hmoEnrolmentInputSchema.safeParse({ providerId: id, policyNumber: 'P1', coverage: 'PARTIAL' }).success,
    ).toBe(false);
  });
});

describe('reading the search box', () => {
  it('treats letters as name words and needs two letters', () => {
    expect(interpretSearch('  Chioma  OKA ', NG)).toEqual({
      kind: 'name',
      words: ['chioma', 'oka'],
      text: 'chioma oka',
    });
    expect(interpretSearch('c', NG)).toMatchObject({ kind: 'name', words: [] });
    expect(interpretSearch('', NG)).toEqual({ kind: 'all' });
  });

  it('reads digits as an MRN, a phone and a national ID at once', () => {
    expect(interpretSearch('42', NG)).toEqual({
      kind: 'identifier',
      mrnExact: 'MRN-000042',
      mrnPrefix: null,
      phoneExact: null,
      phonePrefixes: [],
      nationalId: null,
    });
    expect(interpretSearch('mrn-0012', NG)).toMatchObject({ mrnExact: 'MRN-000012', mrnPrefix: 'MRN-0012' });
    // Letters make it no phone number.
    expect(interpretSearch('0803-FLOWERS', NG)).toMatchObject({ phoneExact: null, phonePrefixes: [] });
    expect(interpretSearch('08031234567', NG)).toMatchObject({
      phoneExact: '+2348031234567',
      phonePrefixes: ['+2348031234567'],
      nationalId: '08031234567',
    });
  });
});
