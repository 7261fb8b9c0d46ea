import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { PaymentCreated } from '@modern-emr/domain';
import { IconCircleCheck } from '@tabler/icons-react';
import { MoneyText } from '../../components/MoneyText';
import classes from './cashier.module.css';
import { METHOD_LABELS } from './labels';
import { PrintDocumentButton } from './PrintDocumentButton';
import { invoicePath, receiptPath } from './pdf-documents';

/** The receipt number at once, and the documents the patient may want to take away. */
export function PaymentDone({
  payment,
  visitId,
  onDone,
}: {
  payment: PaymentCreated;
  visitId: string;
  onDone: () => void;
}) {
  return (
    <Stack gap="md">
      <Alert role="status" color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
        <MoneyText minor={payment.amount} fw={600} /> received by {METHOD_LABELS[payment.method]}.
      </Alert>
      <div>
        <Text size="sm" c="dimmed">
          Receipt number
        </Text>
        <Text className={classes.receiptNumber}>{payment.receiptNumber}</Text>
      </div>
      {payment.walletCredit > 0 && (
        <Text size="sm">
          <MoneyText minor={payment.walletCredit} fw={600} /> more than was owed went to the patient’s wallet.
        </Text>
      )}
      <div className={classes.actions}>
        <PrintDocumentButton path={receiptPath(payment.id, 'a4')} label="Print receipt (A4)" />
        <PrintDocumentButton path={receiptPath(payment.id, 'thermal')} label="Print receipt (80 mm)" />
        <PrintDocumentButton path={invoicePath(visitId)} label="Print invoice" />
      </div>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
