import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { PaymentView, RefundRequest } from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { refundPayment } from './billing-api';
import { useMoneyDialog } from './use-money-dialog';

/** A refund is a new entry with a reason; above the clinic's threshold it waits for an administrator. */
export function RefundDialog({ payment, onClose }: { payment: PaymentView; onClose: () => void }) {
  const attempt = useMoneyDialog({
    post: (key, body: RefundRequest) => refundPayment(payment.id, key, body),
    changed: () => ({
      type: 'visit.billing-changed',
      visitId: payment.visitId,
      patientId: payment.patientId,
    }),
    action: 'refund',
  });
  // The server's figure: applied to the visit, less refunds done or awaiting approval.
  const max = payment.refundable;
  const [amount, setAmount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const { error, done } = attempt;
  const reasonOk = reason.trim().length >= 3;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (amount === null || problem || !reasonOk) return;
    await attempt.submit({ amount, reason: reason.trim() });
  };

  if (done) {
    return (
      <AppModal opened onClose={onClose} title="Refund recorded">
        <Stack gap="md">
          {done.status === 'PENDING_APPROVAL' ? (
            <Alert role="status" color="amber" variant="light" title="Awaiting admin approval">
              The refund of <MoneyText minor={done.amount} fw={600} /> is above the amount a cashier may
              refund alone. Pay nothing out until an administrator approves it.
            </Alert>
          ) : (
            <Alert role="status" color="green" variant="light">
              Refund {done.refundNumber} of <MoneyText minor={done.amount} fw={600} /> recorded. Pay it out to
              the patient.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title={`Refund from ${payment.receiptNumber}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Up to <MoneyText minor={max} fw={600} /> can be refunded from this payment.
          </Text>
          <MoneyInput
            label="Amount to refund"
            required
            max={max}
            value={amount}
            onChange={(minor, why) => {
              setAmount(minor);
              setProblem(why);
            }}
            data-autofocus
          />
          <Textarea
            label="Reason"
            required
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reason.length > 0 && !reasonOk ? 'Write at least 3 characters.' : null}
          />
          {error && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={attempt.busy}>
              Cancel
            </Button>
            <Button
              type="submit"
              color="red.9"
              loading={attempt.busy}
              disabled={amount === null || problem !== null || !reasonOk}
            >
              Refund
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
