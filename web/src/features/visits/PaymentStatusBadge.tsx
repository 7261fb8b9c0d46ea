import { Badge } from '@mantine/core';
import type { VisitPaymentStatus } from '@modern-emr/domain';
import { PAYMENT_STATUS_COLORS, PAYMENT_STATUS_LABELS } from './payment-status';

/** The visit's payment status in words, coloured by whether the doctor may see the patient. */
export function PaymentStatusBadge({ status }: { status: VisitPaymentStatus }) {
  return (
    <Badge
      variant="light"
      color={PAYMENT_STATUS_COLORS[status]}
      tt="none"
      maw="none"
      data-payment-status={status}
    >
      {PAYMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
