import type { WalletEntry } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { aPatient } from '../../test/patient-fixtures';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { PATIENT_ID } from './testing/fixtures';
import { WalletPage } from './WalletPage';

const entry: WalletEntry = {
  id: '00000000-0000-4000-8000-0000000000a7',
  kind: 'DEPOSIT',
  amount: 1_000_000,
  balanceAfter: 1_000_000,
  method: 'CASH',
  reference: null,
  receiptNumber: 'RCT-2026-000050',
  paymentId: null,
  createdByName: 'Chioma Eze',
  createdAt: '2026-11-23T10:00:00.000Z',
};

const api = fakeApi();
const deposits = () => api.requests.filter((r) => r.method === 'POST');

beforeEach(() => {
  signInAs(['CASHIER']);
  api
    .on('POST /api/v1/patients/:id/wallet', {
      entry: {
        ...entry,
        id: '00000000-0000-4000-8000-0000000000a8',
        amount: 250_050,
        balanceAfter: 1_250_050,
      },
      balance: 1_250_050,
      receiptNumber: 'RCT-2026-000051',
    })
    .on('GET /api/v1/patients/:id/wallet', {
      patientId: PATIENT_ID,
      balance: 1_000_000,
      transactions: { items: [entry], total: 1, page: 1, pageSize: 20 },
    })
    .on(
      'GET /api/v1/patients/:id',
      aPatient({ id: PATIENT_ID, mrn: 'MRN-000045', firstName: 'Adaeze', lastName: 'Okafor' }),
    );
});

afterEach(() => {
  endSession();
});

async function deposit(amount: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Deposit into wallet' });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /amount/i }), { target: { value: amount } });
  fireEvent.click(within(dialog).getByRole('radio', { name: 'Bank transfer' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Deposit' }));
  const done = await screen.findByRole('dialog', { name: 'Deposit recorded' });
  expect(within(done).getByText('RCT-2026-000051')).toBeTruthy();
  fireEvent.click(within(done).getByRole('button', { name: 'Done' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('WalletPage', { timeout: 20_000 }, () => {
  test('shows the balance and ledger; each deposit is sent in kobo with a key of its own', async () => {
    const router = createMemoryRouter([{ path: '/cashier/patients/:id/wallet', element: <WalletPage /> }], {
      initialEntries: [`/cashier/patients/${PATIENT_ID}/wallet`],
    });
    renderWithProviders(<RouterProvider router={router} />);

    expect(await screen.findByText('Adaeze Okafor · MRN-000045')).toBeTruthy();
    const ledger = await screen.findByRole('table', { name: 'Wallet ledger' });
    expect(within(ledger).getByText('Deposit')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Balance' }).textContent).toContain('₦ 10,000.00');

    await deposit('2,500.50');
    await deposit('2500.5');
    expect(deposits().map((d) => d.body)).toEqual([
      { amount: 250_050, method: 'TRANSFER' },
      { amount: 250_050, method: 'TRANSFER' },
    ]);
    // Two deliberate deposits of the same amount are two attempts, never mistaken for a retry.
    const keys = deposits().map((d) => d.headers['idempotency-key']);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).not.toBe(keys[0]);
  });
});
