import type { VisitListItem } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { aPatient } from '../../test/patient-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { PendingPaymentsQueue } from '../cashier/PendingPaymentsQueue';
import { visit } from '../cashier/testing/fixtures';
import { PatientPage } from '../patients/PatientPage';
import { TodayVisits } from './TodayVisits';

const PATIENT_ID = '00000000-0000-4000-8000-0000000000e1';
const NEW_VISIT_ID = '00000000-0000-4000-8000-0000000000e9';
const patient = aPatient({ id: PATIENT_ID, mrn: 'MRN-000410', firstName: 'Funke', lastName: 'Adeyemi' });

const opened: VisitListItem = {
  id: NEW_VISIT_ID,
  number: 'V-2026-000321',
  patientId: PATIENT_ID,
  patientName: 'Funke Adeyemi',
  mrn: 'MRN-000410',
  type: 'OUTPATIENT',
  payer: 'CASH',
  emergency: false,
  status: 'OPEN',
  paymentStatus: 'UNPAID',
  paymentCleared: false,
  outstanding: 500_000,
  assignedDoctorId: null,
  assignedDoctorName: null,
  consultationStatus: null,
  openedAt: '2026-11-23T09:00:00.000Z',
  closedAt: null,
};

const api = fakeApi();
/** The server's open visits today: the reception list and the cashier's queue both show them. */
let today: VisitListItem[];
const page = () => ({ items: today, total: today.length, page: 1, pageSize: 20 });

beforeEach(() => {
  today = [];
  // One workstation where the desk's and the cashier's panels share the app's cache.
  signInAs(['RECEPTIONIST', 'CASHIER']);
  api
    .on('GET /api/v1/patients/:id', patient)
    .on('GET /api/v1/visits', () => ({ items: [], total: 0, page: 1, pageSize: 10 }))
    .on('GET /api/v1/staff/doctors', { items: [], total: 0, page: 1, pageSize: 200 })
    .on('GET /api/v1/worklists/reception', page)
    .on('GET /api/v1/worklists/cashier', page)
    .on('POST /api/v1/visits', () => {
      today = [...today, opened];
      return visit({ id: NEW_VISIT_ID, number: opened.number, patientId: PATIENT_ID });
    });
});

afterEach(() => {
  endSession();
});

function Station() {
  return (
    <>
      <PatientPage />
      <TodayVisits />
      <PendingPaymentsQueue />
    </>
  );
}

describe('one data layer', { timeout: 20_000 }, () => {
  test('WEB-DATA-1: a visit opened at the desk appears in today’s visits and the cashier’s queue without pressing Refresh', async () => {
    const router = createMemoryRouter([{ path: '/patients/:id', element: <Station /> }], {
      initialEntries: [`/patients/${PATIENT_ID}`],
    });
    renderWithProviders(<RouterProvider router={router} />);

    const queue = await screen.findByRole('table', { name: 'Visits waiting to pay' });
    expect(within(queue).getByText('No visit is waiting to pay.')).toBeTruthy();
    const todays = await screen.findByRole('table', { name: 'Today’s visits' });
    expect(within(todays).getByText('No visits opened yet today.')).toBeTruthy();
    const queueReads = api.reads('/api/v1/worklists/cashier').length;

    fireEvent.click(await screen.findByRole('button', { name: 'Open visit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a visit for Funke Adeyemi' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Cash (patient pays)' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));

    // Well within the 15 s poll: the mutation's invalidation refetched both lists.
    await waitFor(() => expect(within(queue).getByText('V-2026-000321')).toBeTruthy());
    expect(screen.getByText('1 visit waiting')).toBeTruthy();
    await waitFor(() => expect(within(todays).getByText('V-2026-000321')).toBeTruthy());
    expect(api.reads('/api/v1/worklists/cashier').length).toBe(queueReads + 1);
  });
});
