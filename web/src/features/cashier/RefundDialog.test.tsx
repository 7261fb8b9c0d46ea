import type { RefundChanged } from '@modern-emr/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { queryKeys } from '../../lib/query-keys';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { RefundDialog } from './RefundDialog';
import { payment, VISIT_ID } from './testing/fixtures';

const paid = payment({ amount: 10_000_000, applied: 10_000_000, refundable: 9_000_000, refunded: 1_000_000 });

function refund(status: RefundChanged['status']): RefundChanged {
  return {
    id: '00000000-0000-4000-8000-0000000000a6',
    paymentId: paid.id,
    visitId: VISIT_ID,
    receiptNumber: paid.receiptNumber,
    method: 'CASH',
    amount: 8_000_000,
    reason: 'Test not done',
    status,
    refundNumber: status === 'COMPLETED' ? 'RFD-2026-000003' : null,
    requestedAt: '2026-11-23T11:00:00.000Z',
    requestedByName: 'Chioma Eze',
    decidedAt: null,
    decidedByName: null,
    decisionNote: null,
    visit: { id: VISIT_ID, paymentStatus: 'PAID', paymentCleared: true, outstanding: 0 },
  };
}

const api = fakeApi();
let answer: RefundChanged;

beforeEach(() => {
  signInAs(['CASHIER']);
  api.on('POST /api/v1/payments/:id/refund', () => answer);
});

afterEach(() => {
  endSession();
});

describe('RefundDialog', { timeout: 20_000 }, () => {
  test('a large refund is recorded but clearly waits for an administrator', async () => {
    answer = refund('PENDING_APPROVAL');
    const { queryClient } = renderWithProviders(<RefundDialog payment={paid} onClose={() => {}} />);
    queryClient.setQueryData(queryKeys.visitBilling(VISIT_ID), { cached: true });

    const dialog = screen.getByRole('dialog', { name: 'Refund from RCT-2026-000042' });
    expect(dialog.textContent).toContain('₦ 90,000.00');
    const amount = within(dialog).getByRole('textbox', { name: /amount to refund/i });
    fireEvent.change(amount, { target: { value: '90,000.01' } });
    fireEvent.blur(amount);
    expect(await within(dialog).findByText('The amount cannot be more than ₦ 90,000.00.')).toBeTruthy();

    fireEvent.change(amount, { target: { value: '80,000' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /reason/i }), {
      target: { value: 'Test not done' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));

    expect(await screen.findByText('Awaiting admin approval')).toBeTruthy();
    expect(screen.getByText(/Pay nothing out until an administrator approves it/)).toBeTruthy();
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe(`/api/v1/payments/${paid.id}/refund`);
    expect(posts[0]?.headers['idempotency-key']).toBeTruthy();
    expect(posts[0]?.body).toEqual({ amount: 8_000_000, reason: 'Test not done' });
    // The visit's bill behind the dialog is refetched.
    await waitFor(() =>
      expect(queryClient.getQueryState(queryKeys.visitBilling(VISIT_ID))?.isInvalidated).toBe(true),
    );
  });

  test('a refund within the cashier’s limit is completed with its number', async () => {
    answer = refund('COMPLETED');
    renderWithProviders(<RefundDialog payment={paid} onClose={() => {}} />);

    fireEvent.change(screen.getByRole('textbox', { name: /amount to refund/i }), {
      target: { value: '80000' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /reason/i }), {
      target: { value: 'Test not done' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Refund' }));

    expect(await screen.findByText(/Refund RFD-2026-000003 of/)).toBeTruthy();
  });
});
