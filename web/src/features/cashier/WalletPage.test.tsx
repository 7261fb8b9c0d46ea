import type { WalletEntry } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { jsonResponse, signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { PATIENT_ID, visit } from './testing/fixtures';
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

const deposits: { key: string | undefined; body: unknown }[] = [];

beforeEach(() => {
  deposits.length = 0;
  signInAs(['CASHIER']);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (init?.method === 'POST') {
      const headers = (init.headers ?? {}) as Record<string, string>;
      deposits.push({ key: headers['Idempotency-Key'], body: JSON.parse(String(init.body)) });
      return jsonResponse(201, {
        entry: {
          ...entry,
          id: '00000000-0000-4000-8000-0000000000a8',
          amount: 250_050,
          balanceAfter: 1_250_050,
        },
        balance: 1_250_050,
        receiptNumber: 'RCT-2026-000051',
      });
    }
    if (url.startsWith(`/api/v1/patients/${PATIENT_ID}/wallet`)) {
      return jsonResponse(200, {
        patientId: PATIENT_ID,
        balance: 1_000_000,
        transactions: { items: [entry], total: 1, page: 1, pageSize: 20 },
      });
    }
    if (url === `/api/v1/patients/${PATIENT_ID}`) return jsonResponse(200, { ...visit().patient });
    return jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
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
    expect(deposits.map((d) => d.body)).toEqual([
      { amount: 250_050, method: 'TRANSFER' },
      { amount: 250_050, method: 'TRANSFER' },
    ]);
    // Two deliberate deposits of the same amount are two attempts, never mistaken for a retry.
    expect(deposits[0]?.key).toBeTruthy();
    expect(deposits[1]?.key).not.toBe(deposits[0]?.key);
  });
});
