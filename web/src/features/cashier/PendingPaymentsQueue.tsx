import { Anchor, Paper, Text, Title } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { Link } from 'react-router';
import { MoneyText } from '../../components/MoneyText';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
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
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="queue-heading">
      <Title order={2} size="h4" id="queue-heading" mb={4}>
        Waiting to pay
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Open visits that still owe money or wait for an HMO approval. The patient sees the doctor once the
        visit is cleared.
      </Text>
      <PaginatedTable
        label="Visits waiting to pay"
        columns={COLUMNS}
        data={list.data}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPageChange={list.setPage}
        rowKey={(row) => row.id}
        rowProps={(row) => ({ 'data-visit': row.number })}
        empty="No visit is waiting to pay."
        loadingText="Loading the queue…"
        error={list.error}
        onRetry={() => void list.reload()}
        refreshing={list.loading && list.data !== null}
        countText={(total) => `${total} ${total === 1 ? 'visit' : 'visits'} waiting`}
      />
    </Paper>
  );
}
