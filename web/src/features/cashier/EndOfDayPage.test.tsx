import type { EndOfDayReport } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { EndOfDayPage } from './EndOfDayPage';
import { endOfDayReport } from './testing/fixtures';

let report: EndOfDayReport;
const api = fakeApi();

beforeEach(() => {
  signInAs(['CASHIER']);
  api
    .on('GET /api/v1/reports/end-of-day', () => report)
    .on('POST /api/v1/reports/end-of-day/finalise', () => {
      report = {
        ...report,
        finalised: true,
        finalisedAt: '2026-11-23T19:00:00.000Z',
        finalisedByName: 'Chioma Eze',
      };
      return report;
    });
});

afterEach(() => {
  endSession();
});

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/cashier/end-of-day', element: <EndOfDayPage /> }], {
    initialEntries: [path],
  });
  renderWithProviders(<RouterProvider router={router} />);
}

describe('EndOfDayPage', { timeout: 20_000 }, () => {
  test('shows the day asked for, and after finalising it is read-only', async () => {
    report = endOfDayReport();
    renderAt('/cashier/end-of-day?date=2026-11-23');

    const takings = await screen.findByRole('table', { name: 'Takings by method' });
    expect(api.requests[0]?.url).toBe('/api/v1/reports/end-of-day?date=2026-11-23');
    const cash = within(takings).getByRole('rowheader', { name: 'Cash' }).closest('tr') as HTMLElement;
    expect(within(cash).getByText('₦ 19,500.00')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Takings by cashier' }).textContent).toContain('Chioma Eze');

    fireEvent.click(screen.getByRole('button', { name: 'Finalise day' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finalise the day' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Finalise' }));

    expect(await screen.findByText('Finalised')).toBeTruthy();
    expect(screen.getByText(/by Chioma Eze\. This report is read-only/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Finalise day' })).toBeNull());
    expect(api.sent()[0]?.body).toEqual({ date: '2026-11-23' });
  });

  test('a finalised day offers no way to change it', async () => {
    report = endOfDayReport({
      finalised: true,
      finalisedAt: '2026-11-23T19:00:00.000Z',
      finalisedBy: '00000000-0000-4000-8000-000000000001',
      finalisedByName: 'Chioma Eze',
    });
    renderAt('/cashier/end-of-day?date=2026-11-23');

    expect(await screen.findByText('Finalised')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Finalise day' })).toBeNull();
  });

  test('without a date it asks for today', async () => {
    report = endOfDayReport();
    renderAt('/cashier/end-of-day');
    await screen.findByRole('table', { name: 'Takings by method' });
    expect(api.requests[0]?.url).toMatch(/^\/api\/v1\/reports\/end-of-day\?date=\d{4}-\d{2}-\d{2}$/);
  });
});
