import type { Shift } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { ShiftPanel } from './ShiftPanel';

const openShift: Shift = {
  id: '00000000-0000-4000-8000-0000000000a5',
  cashierId: '00000000-0000-4000-8000-000000000001',
  cashierName: 'Chioma Eze',
  status: 'OPEN',
  openingFloat: 500_000,
  openedAt: '2026-11-23T08:00:00.000Z',
  closedAt: null,
  movements: {
    payments: { CASH: 2_000_000, POS: 1_500_000, TRANSFER: 0 },
    refunds: { CASH: 0, POS: 0, TRANSFER: 0 },
    deposits: { CASH: 0, POS: 0, TRANSFER: 0 },
    walletPayments: 0,
    paymentCount: 3,
  },
  expected: { CASH: 2_500_000, POS: 1_500_000, TRANSFER: 0, total: 4_000_000 },
  counted: null,
  variance: null,
  note: null,
};

const closedShift: Shift = {
  ...openShift,
  status: 'CLOSED',
  closedAt: '2026-11-23T17:00:00.000Z',
  counted: { CASH: 2_490_000, POS: 1_500_000, TRANSFER: 0, total: 3_990_000 },
  variance: { CASH: -10_000, POS: 0, TRANSFER: 0, total: -10_000 },
};

const api = fakeApi();
let current: Shift | null;

beforeEach(() => {
  signInAs(['CASHIER']);
  api
    .on('GET /api/v1/shifts/current', () => current)
    .on('POST /api/v1/shifts/open', openShift)
    .on('POST /api/v1/shifts/close', closedShift);
});

afterEach(() => {
  endSession();
});

describe('ShiftPanel', { timeout: 20_000 }, () => {
  test('opens a shift with a float typed in naira and sent in kobo', async () => {
    current = null;
    renderWithProviders(<ShiftPanel />);

    fireEvent.click(await screen.findByRole('button', { name: 'Open shift' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open till shift' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /opening float/i }), {
      target: { value: '5,000' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open shift' }));

    await waitFor(() =>
      expect(api.sent()).toEqual([{ url: '/api/v1/shifts/open', body: { openingFloat: 500_000 } }]),
    );
    expect(await screen.findByText(/Open since/)).toBeTruthy();
  });

  test('closing asks for every method’s count, then shows expected, counted and variance', async () => {
    current = openShift;
    renderWithProviders(<ShiftPanel />);

    fireEvent.click(await screen.findByRole('button', { name: 'Close shift' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close till shift' });
    const submit = within(dialog).getByRole('button', { name: 'Close shift' }) as HTMLButtonElement;
    fireEvent.change(within(dialog).getByRole('textbox', { name: /cash counted/i }), {
      target: { value: '24,900' },
    });
    expect(submit.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /pos \(card\) counted/i }), {
      target: { value: '15000' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /bank transfer counted/i }), {
      target: { value: '0' },
    });
    fireEvent.click(submit);

    await waitFor(() => expect(api.sent()).toHaveLength(1));
    expect(api.sent()[0]?.body).toEqual({ counted: { CASH: 2_490_000, POS: 1_500_000, TRANSFER: 0 } });
    const result = await screen.findByRole('dialog', { name: 'Shift closed' });
    const table = within(result).getByRole('table', { name: 'Shift count by method' });
    const cash = within(table).getByRole('rowheader', { name: 'Cash' }).closest('tr') as HTMLElement;
    expect(within(cash).getByText('₦ 25,000.00')).toBeTruthy();
    expect(within(cash).getByText('₦ 24,900.00')).toBeTruthy();
    expect(within(cash).getByText('-₦ 100.00')).toBeTruthy();
    expect(within(table).getByText(/short/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open shift' })).toBeTruthy();
  });
});
