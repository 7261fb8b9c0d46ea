import type { PatientSummary } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { PatientSearch } from './PatientSearch';
import { SEARCH_DEBOUNCE_MS } from './use-patient-search';

const adaeze: PatientSummary = {
  id: '00000000-0000-4000-8000-0000000000b1',
  mrn: 'MRN-000123',
  firstName: 'Adaeze',
  middleName: null,
  lastName: 'Okonkwo',
  sex: 'FEMALE',
  dateOfBirth: '1990-03-01',
  dateOfBirthEstimated: false,
  phone: '+2348031234567',
  nationalId: null,
  archivedAt: null,
};
const adebayo: PatientSummary = {
  ...adaeze,
  id: '00000000-0000-4000-8000-0000000000b2',
  mrn: 'MRN-000124',
  firstName: 'Adebayo',
  lastName: 'Ade',
  sex: 'MALE',
  dateOfBirth: null,
  phone: '+2348039999999',
};

const api = fakeApi();
/** The `q` of every search the page sent, in order. */
const searches = () => api.reads('/api/v1/patients').map((r) => r.query.get('q') ?? '');

beforeEach(() => {
  signInAs(['RECEPTIONIST']);
  api.on('GET /api/v1/patients', ({ query }) => {
    const q = query.get('q') ?? '';
    const items = [adaeze, adebayo].filter((p) =>
      `${p.firstName} ${p.lastName} ${p.mrn}`.toLowerCase().includes(q.toLowerCase()),
    );
    return { items, total: items.length, page: 1, pageSize: 10, totalCapped: false };
  });
});

afterEach(() => {
  endSession();
});

function renderSearch() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <PatientSearch /> },
      { path: '/patients/:id', element: <h1>Patient page</h1> },
    ],
    { initialEntries: ['/'] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Form-filling tests do many renders; a loaded two-core CI box needs more than the 5 s default.
describe('PatientSearch', { timeout: 20_000 }, () => {
  test('waits for two characters and for typing to pause, then searches once', async () => {
    renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Find a patient' });

    fireEvent.change(box, { target: { value: 'a' } });
    expect(await screen.findByText('Type at least 2 characters.')).toBeTruthy();
    await pause(SEARCH_DEBOUNCE_MS + 100);
    expect(searches()).toEqual([]);

    fireEvent.change(box, { target: { value: 'ad' } });
    fireEvent.change(box, { target: { value: 'ade' } });
    fireEvent.change(box, { target: { value: 'adeb' } });
    const results = await screen.findByRole('list', { name: 'Matching patients' });
    expect(searches()).toEqual(['adeb']);
    expect(screen.getByRole('status').textContent).toBe('1 patient matches.');
    const row = within(results).getByRole('link');
    expect(row.textContent).toContain('MRN-000124');
    expect(row.textContent).toContain('Adebayo Ade');
    expect(row.textContent).toContain('Male');
    expect(row.textContent).toContain('+2348039999999');
  });

  test('shows MRN, name, sex and age, phone; arrow keys walk the results and Enter opens one', async () => {
    const router = renderSearch();
    const box = screen.getByRole('searchbox', { name: 'Find a patient' });
    fireEvent.change(box, { target: { value: 'ad' } });
    const results = await screen.findByRole('list', { name: 'Matching patients' });
    const [first, second] = within(results).getAllByRole('link');
    expect(first?.textContent).toMatch(/^MRN-000123Adaeze OkonkwoFemale · \d+ y · \+2348031234567$/);
    expect(screen.getByRole('status').textContent).toBe('2 patients match.');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' });
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);

    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/patients/${adaeze.id}`));
  });

  test('says so when nobody matches', async () => {
    renderSearch();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a patient' }), { target: { value: 'zz' } });
    expect(await screen.findByText('No patient matches “zz”.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Matching patients' })).toBeNull();
  });
});
