import type { PatientSearchPage } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../test/test-app';
import { inTransaction } from '../db/transaction';
import { DEMO_PATIENTS, seedDemoPatients } from './demo-patients';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo patients', () => {
  it('adds the register once, with MRNs, findable by the front desk', async () => {
    const reception = await createUser(t, ['RECEPTIONIST']);
    const first = await inTransaction(t.database.db, (tx) => seedDemoPatients(tx, reception.id));
    const again = await inTransaction(t.database.db, (tx) => seedDemoPatients(tx, reception.id));
    expect(first).toBe(DEMO_PATIENTS.length);
    expect(again).toBe(0);
    const found = await t.api.get<PatientSearchPage>('/api/v1/patients?q=chioma%20okafor', {
      roles: ['RECEPTIONIST'],
    });
    expect(found.body.items).toEqual([
      expect.objectContaining({
        firstName: 'Chioma',
        lastName: 'Okafor',
        mrn: expect.stringMatching(/^MRN-\d{6}$/),
      }),
    ]);
  });
});
