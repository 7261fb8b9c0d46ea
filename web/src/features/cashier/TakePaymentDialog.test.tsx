import type { PaymentCreated } from '@modern-emr/domain';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { queryKeys } from '../../lib/query-keys';
import { type Answering, fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { TakePaymentDialog } from './TakePaymentDialog';
import { charge, paymentCreated, VISIT_ID } from './testing/fixtures';

const consultation = charge();
const malaria = charge({
  id: '00000000-0000-4000-8000-0000000000c2',
  serviceCode: 'LAB-MP',
  name: 'Malaria parasite',
  amount: 250_050,
  patientShare: 250_050,
  patientDue: 250_050,
});
const payment = paymentCreated();

const api = fakeApi();
const PAYMENTS = `/api/v1/visits/${VISIT_ID}/payments`;
const posts = () => api.requests.filter((r) => r.method === 'POST' && r.path === PAYMENTS);
const answerWith = (handler: Answering<'POST /api/v1/visits/:id/payments'>) =>
  api.on('POST /api/v1/visits/:id/payments', handler);

beforeEach(() => {
  signInAs(['CASHIER']);
});

afterEach(() => {
  endSession();
});

function renderDialog(overrides: { walletBalance?: number | null } = {}) {
  const { queryClient } = renderWithProviders(
    <TakePaymentDialog
      visitId={VISIT_ID}
      outstanding={1_250_050}
      charges={[consultation, malaria]}
      walletBalance={overrides.walletBalance ?? 500_000}
      onClose={() => {}}
    />,
  );
  // The bill behind the dialog, as the billing page cached it.
  queryClient.setQueryData(queryKeys.visitBilling(VISIT_ID), { cached: true });
  const billIsStale = () => queryClient.getQueryState(queryKeys.visitBilling(VISIT_ID))?.isInvalidated;
  return { billIsStale };
}

const amountField = () => screen.getByRole('textbox', { name: /amount/i }) as HTMLInputElement;
const submitButton = () => screen.getByRole('button', { name: 'Take payment' });

describe('TakePaymentDialog', { timeout: 20_000 }, () => {
  test('WEB-MONEY-1: a double click posts once, and the receipt number is shown at once', async () => {
    let release: (answer: PaymentCreated) => void = () => {};
    answerWith(() => new Promise((resolve) => (release = resolve)));
    const { billIsStale } = renderDialog();

    expect(amountField().value).toBe('12,500.50');
    // Both clicks land before React re-renders (the button is not yet disabled for the second).
    const button = submitButton();
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
    expect(billIsStale()).toBe(false);

    release(payment);
    expect(await screen.findByText('RCT-2026-000042')).toBeTruthy();
    expect(posts()).toHaveLength(1);
    // The bill behind the dialog is refetched (WEB-DATA-1: every view of the visit's money).
    expect(billIsStale()).toBe(true);
    expect(screen.getByRole('button', { name: 'Print receipt (A4)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print receipt (80 mm)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print invoice' })).toBeTruthy();
  });

  test('WEB-MONEY-1: a retry after a lost answer sends the same Idempotency-Key', async () => {
    let attempt = 0;
    answerWith(() => {
      attempt += 1;
      // The connection drops before the answer arrives.
      if (attempt === 1) throw new TypeError('Failed to fetch');
      return payment;
    });
    renderDialog();

    fireEvent.click(submitButton());
    expect((await screen.findByRole('alert')).textContent).toContain('never recorded twice');
    fireEvent.click(submitButton());
    expect(await screen.findByText('RCT-2026-000042')).toBeTruthy();

    expect(posts()).toHaveLength(2);
    expect(posts()[0]?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts()[1]?.headers['idempotency-key']).toBe(posts()[0]?.headers['idempotency-key']);
  });

  test('naira typed by the cashier is sent in kobo, with method, reference and picked charges', async () => {
    answerWith({ ...payment, amount: 500_050, method: 'POS' });
    renderDialog();

    fireEvent.change(amountField(), { target: { value: '5,000.5' } });
    fireEvent.click(screen.getByRole('radio', { name: 'POS (card)' }));
    fireEvent.change(screen.getByRole('textbox', { name: /reference/i }), { target: { value: ' POS-778 ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Malaria parasite/ }));
    fireEvent.click(submitButton());

    await screen.findByText('RCT-2026-000042');
    expect(posts()[0]?.body).toEqual({
      amount: 500_050,
      method: 'POS',
      reference: 'POS-778',
      chargeIds: [malaria.id],
    });
  });

  test('typed money is never rounded: a third decimal place is refused and nothing is posted', async () => {
    answerWith(payment);
    renderDialog();

    fireEvent.change(amountField(), { target: { value: '100.505' } });
    fireEvent.blur(amountField());
    expect(await screen.findByText('Use at most 2 decimal places.')).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(submitButton().closest('form') as HTMLFormElement);
    expect(posts()).toHaveLength(0);
  });

  test('a wallet payment cannot exceed the wallet balance', async () => {
    answerWith(payment);
    renderDialog({ walletBalance: 500_000 });

    expect(screen.getByText('Balance ₦ 5,000.00')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Wallet/ }));
    expect(screen.getByText(/A wallet payment can be at most ₦ 5,000.00/)).toBeTruthy();
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(amountField(), { target: { value: '5000' } });
    expect((submitButton() as HTMLButtonElement).disabled).toBe(false);
  });
});
