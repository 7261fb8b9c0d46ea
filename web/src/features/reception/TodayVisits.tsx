import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { queryKeys } from '../../lib/query-keys';
import { patientPath } from '../patients/patient-paths';
import { VisitStatusCell } from '../visits/VisitStatusCell';
import { PAYER_LABELS, VISIT_TYPE_LABELS } from '../visits/visit-labels';
import { receptionWorklist } from '../visits/visits-api';

const PAGE_SIZE = 20;

const timeOf = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

const COLUMNS: Column<VisitListItem>[] = [
  { key: 'time', header: 'Opened', cell: (v) => timeOf(v.openedAt) },
  {
    key: 'patient',
    header: 'Patient',
    cell: (v) => (
      <>
        <Anchor component={Link} to={patientPath(v.patientId)} fw={500}>
          {v.patientName}
        </Anchor>
        <Text size="sm" c="dimmed">
          {v.mrn}
        </Text>
      </>
    ),
  },
  { key: 'number', header: 'Visit', cell: (v) => v.number },
  { key: 'type', header: 'Type', cell: (v) => `${VISIT_TYPE_LABELS[v.type]} · ${PAYER_LABELS[v.payer]}` },
  { key: 'payment', header: 'Payment', cell: (v) => <VisitStatusCell visit={v} /> },
  { key: 'doctor', header: 'Doctor', cell: (v) => v.assignedDoctorName ?? '—' },
];

/** Every visit opened today (the clinic's day), in arrival order, with where each stands on payment. */
export function TodayVisits() {
  const list = usePagedList({
    queryKey: queryKeys.receptionWorklist,
    fetchPage: (page, signal) => receptionWorklist(page, PAGE_SIZE, signal),
    failureText: 'Today’s visits could not be loaded.',
    poll: true,
  });
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="today-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="today-heading">
          Today’s visits
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconRefresh size={14} aria-hidden="true" />}
          onClick={() => void list.reload()}
          loading={list.loading && list.data !== null}
        >
          Refresh
        </Button>
      </Group>
      <PaginatedTable
        label="Today’s visits"
        columns={COLUMNS}
        data={list.data}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPageChange={list.setPage}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'data-visit-number': v.number })}
        empty="No visits opened yet today."
        loadingText="Loading today’s visits…"
        error={list.error}
        onRetry={() => void list.reload()}
        countText={(n) => `${n} ${n === 1 ? 'visit' : 'visits'} today`}
      />
    </Paper>
  );
}
