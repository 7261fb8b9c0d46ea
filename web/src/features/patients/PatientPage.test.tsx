import type { Patient, VisitListItem } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { hmoProvider } from '../../test/reference-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { visit } from '../cashier/testing/fixtures';
import { PatientPage } from './PatientPage';

const PATIENT_ID = '00000000-0000-4000-8000-0000000000e1';
const PROVIDER_ID = '00000000-0000-4000-8000-0000000000e2';

const patient: Patient = {
  id: PATIENT_ID,
  mrn: 'MRN-000410',
  firstName: 'Funke',
  middleName: 'Ife',
  lastName: 'Adeyemi',
  sex: 'FEMALE',
  dateOfBirth: '1992-07-01',
  dateOfBirthEstimated: true,
  phone: '+2348034445555',
  nationalId: '12345678901',
  archivedAt: null,
  email: null,
  address: '4 Allen Avenue, Ikeja',
  nextOfKin: { name: 'Bola Adeyemi', relationship: 'Sister' },
  allergies: [{ substance: 'Penicillin', reaction: 'Rash', severity: 'MODERATE' }],
  bloodGroup: 'O+',
  hasPortalAccount: false,
  portalVerified: false,
  archiveReason: null,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  hmoEnrolments: [
    {
      id: '00000000-0000-4000-8000-0000000000e3',
      patientId: PATIENT_ID,
      providerId: PROVIDER_ID,
      providerCode: 'HYG',
      providerName: 'Hygeia HMO',
      policyNumber: 'HYG-7788',
      plan: 'Gold',
      coverage: 'PARTIAL',
      coveragePercent: 80,
      validFrom: null,
      validTo: null,
      active: true,
      createdAt: '2026-01-10T09:00:00.000Z',
    },
  ],
};

const closedVisit: VisitListItem = {
  id: '00000000-0000-4000-8000-0000000000e4',
  number: 'V-2026-000007',
  patientId: PATIENT_ID,
  patientName: 'Funke Ife Adeyemi',
  mrn: 'MRN-000410',
  type: 'OUTPATIENT',
  payer: 'CASH',
  emergency: false,
  status: 'CLOSED',
  paymentStatus: 'PAID',
  paymentCleared: true,
  outstanding: 0,
  assignedDoctorId: null,
  assignedDoctorName: 'Dr Okoro',
  consultationStatus: 'COMPLETED',
  openedAt: '2026-02-01T09:00:00.000Z',
  closedAt: '2026-02-01T11:00:00.000Z',
};

const api = fakeApi();
/** The bodies the page sent (the restore has none). */
const posts = () => api.sent().flatMap((r) => (r.body === undefined ? [] : [r.body]));
let visits: VisitListItem[];
let current: Patient;

beforeEach(() => {
  visits = [closedVisit];
  current = patient;
  signInAs(['RECEPTIONIST']);
  api
    .on('GET /api/v1/patients/:id', () => current)
    .on('POST /api/v1/patients/:id/archive', () => {
      current = { ...current, archivedAt: '2026-03-01T10:00:00.000Z', archiveReason: 'Registered twice' };
      return current;
    })
    .on('POST /api/v1/patients/:id/restore', () => {
      current = { ...current, archivedAt: null };
      return current;
    })
    .on('GET /api/v1/visits', () => ({ items: visits, total: visits.length, page: 1, pageSize: 10 }))
    .on('GET /api/v1/hmo-providers', {
      items: [hmoProvider({ id: PROVIDER_ID, code: 'HYG', name: 'Hygeia HMO' })],
      total: 1,
      page: 1,
      pageSize: 200,
    })
    .on('POST /api/v1/visits', () => {
      const opened = { ...closedVisit, id: '00000000-0000-4000-8000-0000000000e5', number: 'V-2026-000099' };
      visits = [{ ...opened, status: 'OPEN', paymentStatus: 'UNPAID', paymentCleared: false }, ...visits];
      return visit({ id: opened.id, number: opened.number, patientId: PATIENT_ID });
    });
});

afterEach(() => {
  endSession();
});

function renderPage() {
  const router = createMemoryRouter([{ path: '/patients/:id', element: <PatientPage /> }], {
    initialEntries: [`/patients/${PATIENT_ID}`],
  });
  renderWithProviders(<RouterProvider router={router} />);
}

// Form-filling tests do many renders; a loaded two-core CI box needs more than the 5 s default.
describe('PatientPage', { timeout: 20_000 }, () => {
  test('shows details, allergies, HMO enrolments and visit history', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Funke Ife Adeyemi' })).toBeTruthy();
    expect(screen.getByText(/Female · about \d+ y/)).toBeTruthy();
    expect(screen.getByText('Bola Adeyemi (Sister)')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Allergies' })).getByText('Penicillin')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'HMO enrolments' })).getByText('· 80% cover'),
    ).toBeTruthy();
    const history = await screen.findByRole('table', { name: 'Visit history' });
    expect(within(history).getByText('V-2026-000007')).toBeTruthy();
    expect(within(history).getByText('Closed')).toBeTruthy();
  });

  test('"Open visit" starts from the active HMO enrolment; an emergency needs a reason; the desk is told what next', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Open visit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a visit for Funke Ife Adeyemi' });
    expect((within(dialog).getByRole('radio', { name: 'HMO' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('textbox', { name: /policy/i }) as HTMLInputElement).value).toBe(
      'HYG-7788',
    );
    expect((within(dialog).getByRole('textbox', { name: /HMO pays/ }) as HTMLInputElement).value).toBe('80');
    await waitFor(() =>
      expect((within(dialog).getByRole('combobox', { name: /^HMO/ }) as HTMLSelectElement).value).toBe(
        PROVIDER_ID,
      ),
    );

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Emergency/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));
    expect(
      await within(dialog).findByText('Say why this is an emergency (at least 3 characters)'),
    ).toBeTruthy();
    expect(posts()).toEqual([]);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Emergency/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Cash (patient pays)' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Chief complaint' }), {
      target: { value: 'Cough' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));
    await waitFor(() =>
      expect(posts()).toEqual([
        {
          patientId: PATIENT_ID,
          type: 'OUTPATIENT',
          payer: 'CASH',
          emergency: false,
          chiefComplaint: 'Cough',
        },
      ]),
    );
    expect(
      await screen.findByText(
        'Visit V-2026-000099 opened (unpaid). Send the patient to the cashier to pay before seeing the doctor.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open visit' })).toBeNull());
    expect(screen.getByText('This patient has an open visit.')).toBeTruthy();
  });

  test('an HMO visit sends the cover as chosen', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Open visit' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect((within(dialog).getByRole('combobox', { name: /^HMO/ }) as HTMLSelectElement).value).toBe(
        PROVIDER_ID,
      ),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open visit' }));
    await waitFor(() =>
      expect(posts()).toEqual([
        {
          patientId: PATIENT_ID,
          type: 'OUTPATIENT',
          payer: 'HMO',
          emergency: false,
          insurance: {
            providerId: PROVIDER_ID,
            policyNumber: 'HYG-7788',
            coverage: 'PARTIAL',
            coveragePercent: 80,
          },
        },
      ]),
    );
  });

  test('a receptionist archives a record with a reason, sees it archived with no way to open a visit, and restores it', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Funke Ife Adeyemi' });
    expect(await screen.findByRole('button', { name: 'Open visit' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Archive record' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this record?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive record' }));
    expect(await within(dialog).findByText('Write at least 3 characters.')).toBeTruthy();
    expect(posts()).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), {
      target: { value: 'Registered twice' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive record' }));
    expect(await screen.findByText('This record is archived')).toBeTruthy();
    expect(posts()).toEqual([{ reason: 'Registered twice' }]);
    expect(screen.getByText(/Reason: Registered twice/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open visit' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Restore record' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore this record?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore record' }));
    await waitFor(() => expect(screen.queryByText('This record is archived')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Archive record' })).toBeTruthy();
  });

  test('a cashier, who may read the chart, is not offered archiving', async () => {
    signInAs(['CASHIER']);
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Funke Ife Adeyemi' });
    expect(screen.queryByRole('button', { name: 'Archive record' })).toBeNull();
  });
});
