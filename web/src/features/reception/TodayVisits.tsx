import { Anchor, Text } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { Link } from 'react-router';
import { ListPanel } from '../../components/ListPanel';
import type { Column } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { formatTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { patientPath } from '../patients/patient-paths';
import { VisitStatusCell } from '../visits/VisitStatusCell';
import { PAYER_LABELS, VISIT_TYPE_LABELS } from '../visits/visit-labels';
import { receptionWorklist } from '../visits/visits-api';

const PAGE_SIZE = 20;

const COLUMNS: Column<VisitListItem>[] = [
  { key: 'time', header: 'Opened', cell: (v) => formatTime(v.openedAt) },
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
    <ListPanel
      title="Today’s visits"
      list={list}
      label="Today’s visits"
      columns={COLUMNS}
      pageSize={PAGE_SIZE}
      rowKey={(v) => v.id}
      rowProps={(v) => ({ 'data-visit-number': v.number })}
      empty="No visits opened yet today."
      loadingText="Loading today’s visits…"
      countText={(n) => `${n} ${n === 1 ? 'visit' : 'visits'} today`}
    />
  );
}
