import { describe, expect, it } from 'vitest';
import { consultationCompleteRefusal, icd10CodeSchema } from './consultation';
import { closeVisitRefusal, openVisitRequestSchema } from './visits';

const ready = {
  status: 'OPEN' as const,
  consultationCompleted: true,
  insuranceStatus: null,
  outstanding: 0,
  balanceDeferred: false,
};

describe('closeVisitRefusal', () => {
  it('names the first thing to fix: closed, consultation, HMO, then balance', () => {
    expect(closeVisitRefusal(ready)).toBeNull();
    expect(closeVisitRefusal({ ...ready, status: 'CLOSED', consultationCompleted: false })).toBe(
      'VISIT_CLOSED',
    );
    expect(
      closeVisitRefusal({
        ...ready,
        consultationCompleted: false,
        insuranceStatus: 'PENDING',
        outstanding: 5,
      }),
    ).toBe('CONSULTATION_REQUIRED');
    expect(closeVisitRefusal({ ...ready, insuranceStatus: 'PENDING', outstanding: 5 })).toBe(
      'INSURANCE_PENDING',
    );
    expect(closeVisitRefusal({ ...ready, outstanding: 5 })).toBe('OUTSTANDING_BALANCE');
  });

  it('lets a deferral, a credit, or an answered cover through', () => {
    expect(closeVisitRefusal({ ...ready, outstanding: 5, balanceDeferred: true })).toBeNull();
    expect(closeVisitRefusal({ ...ready, outstanding: -100 })).toBeNull();
    expect(closeVisitRefusal({ ...ready, insuranceStatus: 'REJECTED' })).toBeNull();
    // A deferral does not stand in for the HMO's answer.
    expect(closeVisitRefusal({ ...ready, insuranceStatus: 'PENDING', balanceDeferred: true })).toBe(
      'INSURANCE_PENDING',
    );
  });
});

describe('openVisitRequestSchema', () => {
  const base = { patientId: '3f1c1c1e-8a5b-4c55-9a53-2f0f7c1e0a11', type: 'OUTPATIENT', payer: 'CASH' };

  it('needs a reason exactly when the visit is an emergency', () => {
    expect(openVisitRequestSchema.safeParse({ ...base, emergency: true }).success).toBe(false);
    expect(openVisitRequestSchema.safeParse({ ...base, emergencyReason: 'Bleeding' }).success).toBe(false);
    const ok = openVisitRequestSchema.parse({ ...base, emergency: true, emergencyReason: '  Bleeding ' });
    expect(ok.emergencyReason).toBe('Bleeding');
    expect(openVisitRequestSchema.parse(base).emergency).toBe(false);
  });

  it('takes cover only on an HMO visit, with the percentage FULL implies', () => {
    const insurance = {
      providerId: '9b2d7e4a-1c3f-4e8a-b5d6-0a7c9e1f2b34',
      policyNumber: 'P-1',
      coverage: 'FULL',
    };
    expect(openVisitRequestSchema.safeParse({ ...base, insurance }).success).toBe(false);
    const hmo = openVisitRequestSchema.parse({ ...base, payer: 'HMO', insurance });
    expect(hmo.insurance?.coveragePercent).toBe(100);
    expect(openVisitRequestSchema.parse({ ...base, payer: 'HMO' }).insurance).toBeUndefined();
  });
});

describe('consultation rules', () => {
  it('reads ICD-10 codes forgivingly and refuses what is not one', () => {
    expect(icd10CodeSchema.parse(' j06.9 ')).toBe('J06.9');
    expect(icd10CodeSchema.parse('S72.001A')).toBe('S72.001A');
    for (const bad of ['J6', 'J069', '106.9', 'J06.', 'J06.12345', 'Malaria']) {
      expect(icd10CodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('completes once, and only with exactly one primary diagnosis', () => {
    const primary = { code: 'B54', text: 'Malaria', primary: true };
    expect(consultationCompleteRefusal({ status: 'IN_PROGRESS', diagnoses: [] })).toBe('DIAGNOSIS_REQUIRED');
    expect(
      consultationCompleteRefusal({ status: 'IN_PROGRESS', diagnoses: [{ ...primary, primary: false }] }),
    ).toBe('DIAGNOSIS_REQUIRED');
    expect(consultationCompleteRefusal({ status: 'IN_PROGRESS', diagnoses: [primary] })).toBeNull();
    expect(consultationCompleteRefusal({ status: 'COMPLETED', diagnoses: [primary] })).toBe(
      'ALREADY_COMPLETED',
    );
  });
});
