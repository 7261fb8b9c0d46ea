import type { Visit, VisitBillingView } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { billing, charge, cover, PATIENT_ID, payment, summary, VISIT_ID, visit } from './testing/fixtures';
import { VisitBillingPage } from './VisitBillingPage';

let current: { visit: Visit; billing: VisitBillingView };
const settled = { id: VISIT_ID, paymentStatus: 'PAID', paymentCleared: true, outstanding: 0 } as const;
const api = fakeApi();
const posts = () => api.sent();

beforeEach(() => {
  signInAs(['CASHIER']);
  api
    .on('GET /api/v1/visits/:id', () => current.visit)
    .on('GET /api/v1/visits/:id/billing', () => current.billing)
    .on('GET /api/v1/patients/:id/wallet', {
      patientId: PATIENT_ID,
      balance: 250_000,
      transactions: { items: [], total: 0, page: 1, pageSize: 1 },
    })
    .on('POST /api/v1/visits/:id/insurance/approve', {
      ...cover({ status: 'APPROVED', authorizationCode: 'AUTH-5521', approvedAmount: 0 }),
      visit: settled,
    })
    .on('POST /api/v1/charges/:id/waive', { ...charge({ status: 'WAIVED' }), visit: settled });
});

afterEach(() => {
  endSession();
});

function renderPage() {
  const router = createMemoryRouter([{ path: '/cashier/visits/:id', element: <VisitBillingPage /> }], {
    initialEntries: [`/cashier/visits/${VISIT_ID}`],
  });
  renderWithProviders(<RouterProvider router={router} />);
}

describe('VisitBillingPage', { timeout: 20_000 }, () => {
  test('shows the charges with their status and the server’s summary, credit included', async () => {
    const v = visit({
      paymentStatus: 'PAID',
      paymentCleared: true,
      summary: summary({ paid: 1_050_000, outstanding: -50_000 }),
    });
    current = {
      visit: v,
      billing: billing(v, {
        charges: [charge({ status: 'PAID', settled: true, patientPaid: 1_000_000, patientDue: 0 })],
        payments: [payment({ amount: 1_050_000, applied: 1_050_000, refundable: 1_050_000 })],
      }),
    };
    renderPage();

    expect(await screen.findByText('Adaeze Okafor')).toBeTruthy();
    const charges = screen.getByRole('table', { name: 'Charges' });
    const row = within(charges).getByText('GP consultation').closest('tr') as HTMLElement;
    expect(within(row).getByText('Paid')).toBeTruthy();
    expect(within(row).getByText('Yes')).toBeTruthy();
    expect(within(row).getAllByText('₦ 10,000.00').length).toBeGreaterThan(0);

    const summaryList = screen.getByRole('region', { name: 'Summary' });
    expect(within(summaryList).getByText('Credit')).toBeTruthy();
    expect(within(summaryList).queryByText('Outstanding')).toBeNull();
    expect(within(summaryList).getAllByText('₦ 500.00').length).toBeGreaterThan(0);
    expect((screen.getByRole('button', { name: 'Take payment' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('a closed visit is shown locked: no payment, charge or refund actions, documents still print', async () => {
    const v = visit({
      status: 'CLOSED',
      paymentStatus: 'PAID',
      paymentCleared: true,
      closedAt: '2026-11-23T12:00:00Z',
    });
    current = { visit: v, billing: billing(v, { payments: [payment()] }) };
    renderPage();

    expect(await screen.findByText('Visit closed')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Take payment' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add charge' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Refund from/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Actions for/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print invoice' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print receipt RCT-2026-000042' })).toBeTruthy();
  });

  test('a visit waiting for its HMO says so, and approval is pre-filled with the HMO share (0 allowed)', async () => {
    const v = visit({
      payer: 'HMO',
      paymentStatus: 'INSURANCE_PENDING',
      insurance: cover({ coverage: 'PARTIAL', coveragePercent: 70 }),
      summary: summary({ hmoPending: 700_000, patientShare: 300_000, outstanding: 300_000 }),
    });
    current = { visit: v, billing: billing(v) };
    renderPage();

    expect(await screen.findByText('HMO approval pending')).toBeTruthy();
    expect(screen.getByText('Waiting for the HMO')).toBeTruthy();
    expect(screen.getByText('Awaiting the HMO')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Approve cover' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve HMO cover' });
    const amount = within(dialog).getByRole('textbox', { name: /approved amount/i }) as HTMLInputElement;
    expect(amount.value).toBe('7,000.00');

    fireEvent.change(within(dialog).getByRole('textbox', { name: /authorisation code/i }), {
      target: { value: 'AUTH-5521' },
    });
    fireEvent.change(amount, { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      url: `/api/v1/visits/${VISIT_ID}/insurance/approve`,
      body: { authorizationCode: 'AUTH-5521', approvedAmount: 0 },
    });
  });

  test('a charge the HMO carries in full reads "Nothing due", not "Unpaid"', async () => {
    const v = visit({
      payer: 'HMO',
      paymentStatus: 'INSURANCE_CLAIMED',
      paymentCleared: true,
      insurance: cover({ status: 'APPROVED', authorizationCode: 'AUTH-5521', approvedAmount: 1_000_000 }),
      summary: summary({ hmoCovered: 1_000_000, patientShare: 0, outstanding: 0 }),
    });
    const covered = charge({ hmoShare: 1_000_000, patientShare: 0, patientDue: 0, settled: true });
    current = { visit: v, billing: billing(v, { charges: [covered] }) };
    renderPage();

    const charges = await screen.findByRole('table', { name: 'Charges' });
    const row = within(charges).getByText('GP consultation').closest('tr') as HTMLElement;
    expect(within(row).getByText('Nothing due')).toBeTruthy();
    expect(within(row).queryByText('Unpaid')).toBeNull();
  });

  test('waiving a charge needs a reason, which is sent with it', async () => {
    const v = visit();
    current = { visit: v, billing: billing(v) };
    renderPage();

    fireEvent.click(await screen.findByRole('button', { name: 'Actions for GP consultation' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Waive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Waive GP consultation' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /reason/i }), { target: { value: 'ab' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Waive charge' }));
    expect(await within(dialog).findByText('Write at least 3 characters.')).toBeTruthy();
    expect(posts()).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /reason/i }), {
      target: { value: 'Staff dependant' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Waive charge' }));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.url).toBe(`/api/v1/charges/${charge().id}/waive`);
    expect(posts()[0]?.body).toEqual({ reason: 'Staff dependant' });
  });
});
