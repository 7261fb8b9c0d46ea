import { Badge, Group } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { PaymentStatusBadge } from './PaymentStatusBadge';

/** Payment status, plus the flags that change what the desk does: emergency, closed. */
export function VisitStatusCell({
  visit,
}: {
  visit: Pick<VisitListItem, 'paymentStatus' | 'emergency' | 'status'>;
}) {
  return (
    <Group gap={4}>
      <PaymentStatusBadge status={visit.paymentStatus} />
      {visit.emergency && (
        <Badge color="red.9" variant="filled" tt="none">
          Emergency
        </Badge>
      )}
      {visit.status === 'CLOSED' && (
        <Badge color="gray" variant="outline" tt="none">
          Closed
        </Badge>
      )}
    </Group>
  );
}
