import { Button, Table, Text } from '@mantine/core';
import type { PaymentView, RefundView } from '@modern-emr/domain';
import { IconReceiptRefund } from '@tabler/icons-react';
import { MoneyText } from '../../components/MoneyText';
import { formatDateTime } from '../../lib/format';
import classes from './cashier.module.css';
import { METHOD_LABELS } from './labels';
import { PrintDocumentButton } from './PrintDocumentButton';
import { receiptPath } from './pdf-documents';
import { RefundStatusBadge } from './StatusBadges';

function RefundLine({ refund }: { refund: RefundView }) {
  return (
    <Text size="xs" mt={4}>
      <RefundStatusBadge status={refund.status} /> <MoneyText minor={refund.amount} />
      {refund.refundNumber ? ` (${refund.refundNumber})` : ''} — {refund.reason}
    </Text>
  );
}

interface PaymentsTableProps {
  payments: readonly PaymentView[];
  refunds: readonly RefundView[];
  /** False on a closed visit. */
  canRefund: boolean;
  onRefund: (payment: PaymentView) => void;
}

/** Payments are never edited: a refund is a new entry, listed under the payment it returns money from. */
export function PaymentsTable({ payments, refunds, canRefund, onRefund }: PaymentsTableProps) {
  if (payments.length === 0) return <Text size="sm">No payments yet.</Text>;
  return (
    <div className={classes.tableWrap}>
      <Table verticalSpacing="sm" aria-label="Payments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Receipt</Table.Th>
            <Table.Th scope="col">Received</Table.Th>
            <Table.Th scope="col">Method</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Amount
            </Table.Th>
            <Table.Th scope="col">Documents and refunds</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((p) => (
            <Table.Tr key={p.id} data-receipt={p.receiptNumber}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.receiptNumber}
                </Text>
                {refunds
                  .filter((r) => r.paymentId === p.id)
                  .map((r) => (
                    <RefundLine key={r.id} refund={r} />
                  ))}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(p.receivedAt)}</Text>
                {p.cashierName && (
                  <Text size="xs" c="dimmed">
                    {p.cashierName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{METHOD_LABELS[p.method]}</Text>
                {p.reference && (
                  <Text size="xs" c="dimmed">
                    {p.reference}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={p.amount} size="sm" />
                {p.walletCredit > 0 && (
                  <Text size="xs" c="dimmed">
                    <MoneyText minor={p.walletCredit} /> to wallet
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <div className={classes.actions}>
                  <PrintDocumentButton
                    size="xs"
                    path={receiptPath(p.id, 'a4')}
                    label="Receipt"
                    aria-label={`Print receipt ${p.receiptNumber}`}
                  />
                  <PrintDocumentButton
                    size="xs"
                    path={receiptPath(p.id, 'thermal')}
                    label="80 mm"
                    aria-label={`Print receipt ${p.receiptNumber} on 80 mm paper`}
                  />
                  {canRefund && p.refundable > 0 && (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconReceiptRefund size={14} aria-hidden="true" />}
                      onClick={() => onRefund(p)}
                      aria-label={`Refund from ${p.receiptNumber}`}
                    >
                      Refund
                    </Button>
                  )}
                </div>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
