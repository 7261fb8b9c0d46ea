import { Anchor, Text } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { Link } from 'react-router';
import { ListPanel } from '../../components/ListPanel';
import { MoneyText } from '../../components/MoneyText';
import type { Column } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { PaymentStatusBadge } from '../visits/PaymentStatusBadge';
import { PAYER_LABELS } from '../visits/visit-labels';
import { listCashierQueue } from './billing-api';
import { visitBillingPath } from './cashier-paths';

const PAGE_SIZE = 20;

const COLUMNS: readonly Column<VisitListItem>[] = [
  {
    key: 'visit',
    header: 'Visit',
    cell: (row) => (
      <>
        <Anchor
          component={Link}
          to={visitBillingPath(row.id)}
          fw={500}
          aria-label={`Bill of visit ${row.number}`}
        >
          {row.number}
        </Anchor>
        <Text size="xs" c="dimmed">
          {PAYER_LABELS[row.payer]}
          {row.emergency ? ' · emergency' : ''}
        </Text>
      </>
    ),
  },
  {
    key: 'patient',
    header: 'Patient',
    cell: (row) => (
      <>
        <Text size="sm" fw={500}>
          {row.patientName}
        </Text>
        <Text size="xs" c="dimmed">
          {row.mrn}
        </Text>
      </>
    ),
  },
  { key: 'opened', header: 'Opened', cell: (row) => <Text size="sm">{formatDateTime(row.openedAt)}</Text> },
  { key: 'status', header: 'Status', cell: (row) => <PaymentStatusBadge status={row.paymentStatus} /> },
  {
    key: 'outstanding',
    header: 'Outstanding',
    cell: (row) => <MoneyText minor={row.outstanding} size="sm" />,
  },
];

/** Open visits that are not cleared yet (unpaid, partly paid, or waiting for an HMO), longest waiting first. */
export function PendingPaymentsQueue() {
  const list = usePagedList({
    queryKey: queryKeys.cashierQueue,
    fetchPage: (page, signal) => listCashierQueue(page, PAGE_SIZE, signal),
    failureText: 'The payment queue could not be loaded.',
    poll: true,
  });
  return (
    <ListPanel
      title="Waiting to pay"
      description="Open visits that still owe money or wait for an HMO approval. The patient sees the doctor once the visit is cleared."
      list={list}
      label="Visits waiting to pay"
      columns={COLUMNS}
      pageSize={PAGE_SIZE}
      rowKey={(row) => row.id}
      rowProps={(row) => ({ 'data-visit': row.number })}
      empty="No visit is waiting to pay."
      loadingText="Loading the queue…"
      countText={(total) => `${total} ${total === 1 ? 'visit' : 'visits'} waiting`}
    />
  );
}
