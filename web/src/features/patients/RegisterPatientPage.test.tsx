import type { PatientCreated } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type Answering, fakeApi, refuse } from '../../test/fake-api';
import { aPatient } from '../../test/patient-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { RegisterPatientPage } from './RegisterPatientPage';

const created: PatientCreated = {
  ...aPatient({
    id: '00000000-0000-4000-8000-0000000000c1',
    mrn: 'MRN-000200',
    firstName: 'Ngozi',
    lastName: 'Eze',
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
  }),
  possibleDuplicates: [],
};

const api = fakeApi();
const posts = () => api.sent().map((r) => r.body);
const answerWith = (answer: Answering<'POST /api/v1/patients'>) => api.on('POST /api/v1/patients', answer);

beforeEach(() => {
  signInAs(['RECEPTIONIST']);
});

afterEach(() => {
  endSession();
});

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/reception/patients/new', element: <RegisterPatientPage /> },
      { path: '/patients/:id', element: <h1>Patient page</h1> },
      { path: '/reception', element: <h1>Reception</h1> },
    ],
    { initialEntries: ['/reception/patients/new'] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

function fillRequired() {
  fireEvent.change(screen.getByRole('textbox', { name: /first name/i }), { target: { value: ' Ngozi ' } });
  fireEvent.change(screen.getByRole('textbox', { name: /last name/i }), { target: { value: 'Eze' } });
  fireEvent.click(screen.getByRole('radio', { name: 'Female' }));
  fireEvent.change(screen.getByLabelText(/phone number/i), { target: { value: '0803 111 2222' } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));

// Form-filling tests do many renders; a loaded two-core CI box needs more than the 5 s default.
describe('RegisterPatientPage', { timeout: 20_000 }, () => {
  test('refuses in words what the domain schema refuses, before anything is sent', async () => {
    renderPage();
    fireEvent.change(screen.getByLabelText(/phone number/i), { target: { value: 'call me' } });
    fireEvent.change(screen.getByLabelText(/^email/i), { target: { value: 'not-an-email' } });
    submit();
    expect(await screen.findByText('First name is required')).toBeTruthy();
    expect(screen.getByText('Choose the patient’s sex')).toBeTruthy();
    expect(screen.getByText('Phone number must be a phone number')).toBeTruthy();
    expect(screen.getByText('Email must be an email address')).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  test('a clean registration goes to the new patient’s page; blanks are left out of the request', async () => {
    answerWith(created);
    const router = renderPage();
    fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Add allergy' }));
    fireEvent.change(screen.getByRole('textbox', { name: /allergy 1: substance/i }), {
      target: { value: 'Penicillin' },
    });
    submit();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/patients/${created.id}`));
    expect(router.state.location.state).toEqual({ registered: 'Ngozi Eze was registered as MRN-000200.' });
    expect(posts()).toEqual([
      {
        firstName: 'Ngozi',
        lastName: 'Eze',
        sex: 'FEMALE',
        phone: '0803 111 2222',
        allergies: [{ substance: 'Penicillin' }],
      },
    ]);
  });

  test('possible duplicates are shown as a warning with links to each candidate', async () => {
    answerWith({
      ...created,
      possibleDuplicates: [
        {
          id: '00000000-0000-4000-8000-0000000000c9',
          mrn: 'MRN-000017',
          name: 'Ngozi Eze',
          phone: '+2348031112222',
          dateOfBirth: '1988-02-10',
          archived: false,
          reasons: ['SAME_PHONE', 'SAME_NAME_AND_DATE_OF_BIRTH'],
        },
      ],
    });
    renderPage();
    fillRequired();
    submit();
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('Registered — but this may be a patient already on file');
    expect(warning.textContent).toContain('same phone number, same name and date of birth');
    const list = within(warning).getByRole('list', { name: 'Possible duplicates' });
    expect(within(list).getByRole('link', { name: 'Ngozi Eze (MRN-000017)' }).getAttribute('href')).toBe(
      '/patients/00000000-0000-4000-8000-0000000000c9',
    );
    expect(
      within(warning).getByRole('link', { name: 'Continue with the new record' }).getAttribute('href'),
    ).toBe(`/patients/${created.id}`);
  });

  test('a national ID already on file is refused on that field', async () => {
    answerWith(
      refuse(409, 'DUPLICATE', 'Another patient record already has this national ID', {
        field: 'body.nationalId',
        patientId: '00000000-0000-4000-8000-0000000000c7',
        mrn: 'MRN-000009',
      }),
    );
    renderPage();
    fillRequired();
    const nationalId = screen.getByRole('textbox', { name: /national id/i });
    fireEvent.change(nationalId, { target: { value: '1234 5678-901' } });
    submit();
    expect(await screen.findByText(/Another patient record already has this national ID/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open MRN-000009' }).getAttribute('href')).toBe(
      '/patients/00000000-0000-4000-8000-0000000000c7',
    );
    expect(nationalId.getAttribute('aria-invalid')).toBe('true');
    expect((posts()[0] as { nationalId: string }).nationalId).toBe('12345678901');
  });
});
