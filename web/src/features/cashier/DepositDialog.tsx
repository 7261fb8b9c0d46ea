import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { DEPOSIT_METHODS, type WalletDepositRequest } from '@modern-emr/domain';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import classes from './cashier.module.css';
import { METHOD_LABELS } from './labels';
import { PrintDocumentButton } from './PrintDocumentButton';
import { depositReceiptPath } from './pdf-documents';
import { useMoneyDialog } from './use-money-dialog';
import { type DepositMethod, deposit } from './wallet-api';

/** Money into the patient's wallet; one Idempotency-Key for as long as the dialog is open. */
export function DepositDialog({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const attempt = useMoneyDialog({
    post: (key, body: WalletDepositRequest) => deposit(patientId, key, body),
    changed: () => ({ type: 'wallet.changed', patientId }),
    action: 'deposit',
  });
  const [amount, setAmount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [method, setMethod] = useState<DepositMethod>('CASH');
  const [reference, setReference] = useState('');
  const { error, done } = attempt;
  const ready = amount !== null && problem === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || amount === null) return;
    await attempt.submit({ amount, method, ...(reference.trim() ? { reference: reference.trim() } : {}) });
  };

  if (done) {
    return (
      <AppModal opened onClose={onClose} title="Deposit recorded">
        <Stack gap="md">
          <Alert role="status" color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
            <MoneyText minor={done.entry.amount} fw={600} /> added. The balance is now{' '}
            <MoneyText minor={done.balance} fw={600} />.
          </Alert>
          <Text size="sm">
            Receipt number <span className={classes.receiptNumber}>{done.receiptNumber}</span>
          </Text>
          <div className={classes.actions}>
            <PrintDocumentButton path={depositReceiptPath(done.entry.id, 'a4')} label="Print receipt (A4)" />
            <PrintDocumentButton
              path={depositReceiptPath(done.entry.id, 'thermal')}
              label="Print receipt (80 mm)"
            />
          </div>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title="Deposit into wallet">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <MoneyInput
            label="Amount"
            required
            value={amount}
            onChange={(minor, why) => {
              setAmount(minor);
              setProblem(why);
            }}
            data-autofocus
          />
          <Radio.Group
            label="Method"
            required
            value={method}
            onChange={(value) => setMethod(value as DepositMethod)}
          >
            <div className={classes.actions}>
              {DEPOSIT_METHODS.map((m) => (
                <Radio key={m} value={m} label={METHOD_LABELS[m]} />
              ))}
            </div>
          </Radio.Group>
          <TextInput
            label="Reference (optional)"
            maxLength={100}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
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
            <Button type="submit" loading={attempt.busy} disabled={!ready}>
              Deposit
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
