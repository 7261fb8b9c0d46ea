import type { Consultation, Visit } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi, refuse } from '../../test/fake-api';
import { aPatient } from '../../test/patient-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { ConsultationPage } from './ConsultationPage';

const VISIT_ID = '00000000-0000-4000-8000-0000000000d1';
const PATIENT_ID = '00000000-0000-4000-8000-0000000000d2';

function makeVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    number: 'V-2026-000042',
    patientId: PATIENT_ID,
    patient: {
      id: PATIENT_ID,
      mrn: 'MRN-000300',
      firstName: 'Tunde',
      middleName: null,
      lastName: 'Bakare',
      sex: 'MALE',
      dateOfBirth: '1979-05-05',
      phone: '+2348035556666',
    },
    type: 'OUTPATIENT',
    payer: 'CASH',
    emergency: false,
    emergencyReason: null,
    assignedDoctorId: null,
    assignedDoctorName: null,
    chiefComplaint: 'Headache',
    status: 'OPEN',
    paymentStatus: 'PARTIALLY_PAID',
    paymentCleared: false,
    summary: {
      charges: 1_500_000,
      waived: 0,
      hmoCovered: 0,
      hmoPending: 0,
      patientShare: 1_500_000,
      paid: 500_000,
      outstanding: 1_000_000,
      net: 1_500_000,
    },
    insurance: null,
    consultation: null,
    balanceDeferred: false,
    deferredAt: null,
    deferralReason: null,
    invoiceNumber: null,
    openedAt: '2026-11-23T08:00:00.000Z',
    openedBy: '00000000-0000-4000-8000-0000000000d3',
    closedAt: null,
    closedBy: null,
    ...overrides,
  };
}

const inProgress: Consultation = {
  id: '00000000-0000-4000-8000-0000000000d4',
  visitId: VISIT_ID,
  doctorId: '00000000-0000-4000-8000-000000000001',
  doctorName: 'Dr Test',
  status: 'IN_PROGRESS',
  presentingComplaint: null,
  history: null,
  examination: null,
  diagnoses: [],
  plan: null,
  notes: null,
  startedAt: '2026-11-23T09:00:00.000Z',
  completedAt: null,
  updatedAt: '2026-11-23T09:00:00.000Z',
};

const api = fakeApi();
const calls = () => api.requests;

beforeEach(() => {
  signInAs(['DOCTOR']);
  api.on(
    'GET /api/v1/patients/:id',
    aPatient({
      id: PATIENT_ID,
      mrn: 'MRN-000300',
      firstName: 'Tunde',
      lastName: 'Bakare',
      allergies: [{ substance: 'Sulfa drugs', severity: 'SEVERE' }],
    }),
  );
});

afterEach(() => {
  endSession();
});

function renderPage() {
  const router = createMemoryRouter([{ path: '/doctor/visits/:id', element: <ConsultationPage /> }], {
    initialEntries: [`/doctor/visits/${VISIT_ID}`],
  });
  renderWithProviders(<RouterProvider router={router} />);
}

// Form-filling tests do many renders; a loaded two-core CI box needs more than the 5 s default.
describe('ConsultationPage', { timeout: 20_000 }, () => {
  test('a visit not yet cleared is locked, naming the payment status; "Check again" unlocks once paid', async () => {
    let visit = makeVisit();
    api.on('GET /api/v1/visits/:id', () => visit);
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Tunde Bakare' })).toBeTruthy();
    const locked = await screen.findByTestId('payment-locked');
    expect(locked.textContent).toContain('Waiting for payment — partially paid');
    expect(locked.textContent).toContain('Send the patient to the cashier');
    expect(screen.queryByRole('button', { name: 'Start consultation' })).toBeNull();
    expect(await screen.findByText('Sulfa drugs (severe)')).toBeTruthy();
    expect(screen.getByText('₦ 10,000.00')).toBeTruthy();

    visit = makeVisit({ paymentStatus: 'PAID', paymentCleared: true });
    fireEvent.click(within(locked).getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('button', { name: 'Start consultation' })).toBeTruthy();
    expect(screen.queryByTestId('payment-locked')).toBeNull();
  });

  test('an HMO visit awaiting authorisation says so', async () => {
    api.on('GET /api/v1/visits/:id', makeVisit({ payer: 'HMO', paymentStatus: 'INSURANCE_PENDING' }));
    renderPage();
    const locked = await screen.findByTestId('payment-locked');
    expect(locked.textContent).toContain('Waiting for HMO authorisation');
    expect(locked.textContent).toContain('authorisation code');
  });

  test('when the server refuses the start with 403 PAYMENT_NOT_CLEARED, the page locks with the status it names', async () => {
    api.on('GET /api/v1/visits/:id', makeVisit({ paymentStatus: 'PAID', paymentCleared: true })).on(
      'POST /api/v1/visits/:id/consultation',
      refuse(403, 'PAYMENT_NOT_CLEARED', 'The visit is not cleared for consultation', {
        paymentStatus: 'UNPAID',
      }),
    );
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Start consultation' }));
    const locked = await screen.findByTestId('payment-locked');
    expect(locked.textContent).toContain('Waiting for payment — nothing paid yet');
  });

  test('the form keeps exactly one primary diagnosis, saves every field, and completes', async () => {
    let consultation = inProgress;
    api
      .on('GET /api/v1/visits/:id', () =>
        makeVisit({
          paymentStatus: 'PAID',
          paymentCleared: true,
          consultation: {
            id: inProgress.id,
            status: consultation.status,
            doctorId: inProgress.doctorId,
            startedAt: inProgress.startedAt,
            completedAt: consultation.completedAt,
          },
        }),
      )
      .on('GET /api/v1/visits/:id/consultation', () => consultation)
      .on('PATCH /api/v1/visits/:id/consultation', ({ body }) => {
        consultation = { ...consultation, ...(body as object), updatedAt: '2026-11-23T09:30:00.000Z' };
        return consultation;
      })
      .on('POST /api/v1/visits/:id/consultation/complete', () => {
        consultation = { ...consultation, status: 'COMPLETED', completedAt: '2026-11-23T09:40:00.000Z' };
        return consultation;
      });
    renderPage();

    fireEvent.change(await screen.findByRole('textbox', { name: 'Presenting complaint' }), {
      target: { value: 'Fever and chills' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add diagnosis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add diagnosis' }));
    const primary = () => screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked);
    expect(primary()).toEqual([true, false]);
    fireEvent.click(screen.getByRole('radio', { name: 'Diagnosis 2 is primary' }));
    expect(primary()).toEqual([false, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove diagnosis 2' }));
    expect(primary()).toEqual([true]);

    fireEvent.change(screen.getByRole('textbox', { name: 'ICD-10 code 1' }), { target: { value: 'b54' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Diagnosis is required')).toBeTruthy();
    expect(calls().some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: 'Diagnosis 1' }), { target: { value: 'Malaria' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls().find((c) => c.method === 'PATCH')?.body).toEqual({
        presentingComplaint: 'Fever and chills',
        history: '',
        examination: '',
        diagnoses: [{ code: 'B54', text: 'Malaria', primary: true }],
        plan: '',
        notes: '',
      }),
    );
    expect(await screen.findByText(/^Saved /)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Complete consultation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Complete consultation' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete' }));
    expect(await screen.findByText('Completed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByText('(primary)', { exact: false }).textContent).toContain('Malaria');
  });

  test('closing shows the server’s refusal in words', async () => {
    api
      .on('GET /api/v1/visits/:id', makeVisit({ paymentStatus: 'PAID', paymentCleared: true }))
      .on(
        'POST /api/v1/visits/:id/close',
        refuse(409, 'OUTSTANDING_BALANCE', 'Outstanding balance', { outstanding: 250_000 }),
      );
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Close visit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close visit' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close visit' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('The visit cannot be closed yet');
    expect(refusal.textContent).toContain('The patient still owes ₦ 2,500.00');
  });
});
