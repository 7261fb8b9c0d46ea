import { Alert, Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import {
  type ChargeView,
  COUNTER_PAYMENT_METHODS,
  formatMoney,
  type PaymentCreated,
  type PaymentRequest,
  subMinor,
} from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { type CounterMethod, takePayment } from './billing-api';
import classes from './cashier.module.css';
import { METHOD_LABELS } from './labels';
import { PaymentDone } from './PaymentDone';
import { useMoneyDialog } from './use-money-dialog';

export interface TakePaymentDialogProps {
  visitId: string;
  /** What the patient still owes (negative is a credit). */
  outstanding: number;
  charges: readonly ChargeView[];
  /** null while unknown (the wallet could not be loaded). */
  walletBalance: number | null;
  onClose: () => void;
}

/** Charges the patient still owes on, which the cashier may ask to be paid first. */
function payableCharges(charges: readonly ChargeView[]): ChargeView[] {
  return charges.filter((c) => c.patientDue > 0);
}

/**
 * Taking money for a visit. The dialog is mounted per attempt, so it holds one Idempotency-Key for
 * every click, retry and double click until it is closed.
 */
export function TakePaymentDialog({
  visitId,
  outstanding,
  charges,
  walletBalance,
  onClose,
}: TakePaymentDialogProps) {
  // The bill, the queues, the till and the wallet refetch while the dialog shows the receipt.
  const attempt = useMoneyDialog({
    post: (key, body: PaymentRequest) => takePayment(visitId, key, body),
    changed: (payment: PaymentCreated) => ({
      type: 'visit.billing-changed',
      visitId,
      patientId: payment.patientId,
    }),
    action: 'payment',
  });
  const owed = Math.max(outstanding, 0);
  const [amount, setAmount] = useState<number | null>(owed > 0 ? owed : null);
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const [method, setMethod] = useState<CounterMethod>('CASH');
  const [reference, setReference] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const { error, done: paid } = attempt;
  const payable = payableCharges(charges);

  // A wallet payment is capped at what is owed and at what the wallet holds.
  const walletLimit = walletBalance === null ? 0 : Math.min(walletBalance, owed);
  const walletProblem =
    method === 'WALLET' && amount !== null && amount > walletLimit
      ? `A wallet payment can be at most ${formatMoney(walletLimit)} (the smaller of the balance and what is owed).`
      : null;
  const overpaid = method !== 'WALLET' && amount !== null && amount > owed ? subMinor(amount, owed) : 0;
  const ready = amount !== null && amountProblem === null && walletProblem === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || amount === null) return;
    await attempt.submit({
      amount,
      method,
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(picked.length > 0 ? { chargeIds: picked } : {}),
    });
  };

  if (paid) {
    return (
      <AppModal opened onClose={onClose} title="Payment recorded">
        <PaymentDone payment={paid} visitId={visitId} onDone={onClose} />
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title="Take payment" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Outstanding: <MoneyText minor={outstanding} fw={600} />
          </Text>
          <MoneyInput
            label="Amount"
            required
            value={amount}
            onChange={(minor, problem) => {
              setAmount(minor);
              setAmountProblem(problem);
            }}
            error={walletProblem ?? undefined}
            description={
              overpaid > 0
                ? `${formatMoney(overpaid)} more than is owed goes to the patient’s wallet.`
                : undefined
            }
            data-autofocus
          />
          <Radio.Group
            label="Method"
            required
            value={method}
            onChange={(value) => setMethod(value as CounterMethod)}
          >
            <div className={classes.actions}>
              {COUNTER_PAYMENT_METHODS.map((m) => (
                <Radio
                  key={m}
                  value={m}
                  label={METHOD_LABELS[m]}
                  description={
                    m === 'WALLET'
                      ? walletBalance === null
                        ? 'Balance unknown'
                        : `Balance ${formatMoney(walletBalance)}`
                      : undefined
                  }
                  disabled={m === 'WALLET' && (walletBalance === null || walletBalance === 0)}
                />
              ))}
            </div>
          </Radio.Group>
          <TextInput
            label="Reference (optional)"
            description="POS slip number, transfer reference or teller number."
            maxLength={100}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
          {payable.length > 0 && (
            <Checkbox.Group
              label="Pay these charges first (optional)"
              description="Otherwise the oldest charges are paid first."
              value={picked}
              onChange={setPicked}
            >
              <div className={classes.pickList}>
                {payable.map((c) => (
                  <Checkbox
                    key={c.id}
                    value={c.id}
                    label={`${c.name} × ${c.quantity} — ${formatMoney(c.patientDue)} due`}
                  />
                ))}
              </div>
            </Checkbox.Group>
          )}
          {error && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={attempt.busy}>
              Cancel
            </Button>
            <Button type="submit" loading={attempt.busy} disabled={!ready}>
              Take payment
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
