import type { Patient } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeApi, refuse } from '../../test/fake-api';
import { aPatient } from '../../test/patient-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { visit } from '../cashier/testing/fixtures';
import { OpenVisitDialog } from './OpenVisitDialog';

const PATIENT_ID = '00000000-0000-4000-8000-0000000000f1';
const DOCTOR_ID = '00000000-0000-4000-8000-0000000000f2';

const patient: Patient = aPatient({
  id: PATIENT_ID,
  mrn: 'MRN-000411',
  firstName: 'Tunde',
  lastName: 'Bakare',
  sex: 'MALE',
  dateOfBirth: '1985-03-14',
});

const api = fakeApi();
const posts = () => api.sent().map((r) => r.body);

beforeEach(() => {
  signInAs(['RECEPTIONIST']);
  api
    .on('GET /api/v1/staff/doctors', {
      items: [{ id: DOCTOR_ID, fullName: 'Adaeze Okafor' }],
      total: 1,
      page: 1,
      pageSize: 200,
    })
    .on(
      'POST /api/v1/visits',
      visit({ id: '00000000-0000-4000-8000-0000000000f3', number: 'V-2026-000100', patientId: PATIENT_ID }),
    );
});

afterEach(() => {
  endSession();
});

function renderDialog() {
  const onOpened = vi.fn();
  renderWithProviders(
    <OpenVisitDialog patient={patient} opened onClose={() => undefined} onOpened={onOpened} />,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Open a visit for Tunde Bakare' }), onOpened };
}

describe('OpenVisitDialog', { timeout: 20_000 }, () => {
  test('sends the doctor the desk assigned', async () => {
    const { dialog, onOpened } = renderDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Assigned doctor' }) as HTMLSelectElement;
    await within(dialog).findByRole('option', { name: 'Adaeze Okafor' });
    fireEvent.change(select, { target: { value: DOCTOR_ID } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));
    await waitFor(() =>
      expect(posts()).toEqual([
        {
          patientId: PATIENT_ID,
          type: 'OUTPATIENT',
          payer: 'CASH',
          emergency: false,
          assignedDoctorId: DOCTOR_ID,
        },
      ]),
    );
    await waitFor(() => expect(onOpened).toHaveBeenCalledOnce());
  });

  test('opens unassigned when the doctor list cannot be loaded, and says why there is no choice', async () => {
    api.on('GET /api/v1/staff/doctors', refuse(503, 'SERVICE_UNAVAILABLE', 'Try again shortly'));
    const { dialog } = renderDialog();
    expect(await within(dialog).findByText(/Try again shortly|could not be loaded/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));
    await waitFor(() =>
      expect(posts()).toEqual([
        { patientId: PATIENT_ID, type: 'OUTPATIENT', payer: 'CASH', emergency: false },
      ]),
    );
  });
});
