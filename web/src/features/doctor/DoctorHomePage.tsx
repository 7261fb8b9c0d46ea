import { Anchor, Stack, Switch, Text, Title } from '@mantine/core';
import type { VisitListItem } from '@modern-emr/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListPanel } from '../../components/ListPanel';
import type { Column } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { VisitStatusCell } from '../visits/VisitStatusCell';
import { PAYER_LABELS, VISIT_TYPE_LABELS } from '../visits/visit-labels';
import { doctorWorklist } from './consultation-api';
import { consultationPath } from './doctor-paths';

const PAGE_SIZE = 20;

const CONSULTATION_WORDS = { IN_PROGRESS: 'In progress', COMPLETED: 'Completed' } as const;

const COLUMNS: Column<VisitListItem>[] = [
  {
    key: 'patient',
    header: 'Patient',
    cell: (v) => (
      <>
        <Anchor component={Link} to={consultationPath(v.id)} fw={500}>
          {v.patientName}
        </Anchor>
        <Text size="sm" c="dimmed">
          {v.mrn} · {v.number}
        </Text>
      </>
    ),
  },
  { key: 'opened', header: 'Waiting since', cell: (v) => formatDateTime(v.openedAt) },
  { key: 'type', header: 'Type', cell: (v) => `${VISIT_TYPE_LABELS[v.type]} · ${PAYER_LABELS[v.payer]}` },
  { key: 'payment', header: 'Payment', cell: (v) => <VisitStatusCell visit={v} /> },
  {
    key: 'consultation',
    header: 'Consultation',
    cell: (v) => (v.consultationStatus ? CONSULTATION_WORDS[v.consultationStatus] : 'Not started'),
  },
  { key: 'doctor', header: 'Doctor', cell: (v) => v.assignedDoctorName ?? 'Any' },
];

/** Open visits cleared for consultation (paid, HMO-approved, or emergencies), oldest first. */
export function DoctorHomePage() {
  usePageTitle('Consulting room');
  const session = useSession();
  const [mine, setMine] = useState(false);
  const list = usePagedList({
    queryKey: (page) => queryKeys.doctorWorklist(mine, page),
    fetchPage: (page, signal) => doctorWorklist({ mine, page, pageSize: PAGE_SIZE }, signal),
    failureText: 'The queue could not be loaded.',
    poll: true,
  });
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Consulting room</Title>
        <Text c="dimmed" mt={4}>
          {session ? `Signed in as ${session.user.fullName}. ` : ''}Patients whose visit is paid for,
          authorised by their HMO, or an emergency.
        </Text>
      </div>
      <ListPanel
        title="Ready for consultation"
        controls={
          <Switch
            label="Only patients assigned to me"
            checked={mine}
            onChange={(event) => setMine(event.currentTarget.checked)}
          />
        }
        list={list}
        label="Ready for consultation"
        columns={COLUMNS}
        pageSize={PAGE_SIZE}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'data-visit-number': v.number })}
        empty="Nobody is waiting. Visits appear here once they are paid for or authorised."
        loadingText="Loading the queue…"
        countText={(n) => `${n} ${n === 1 ? 'patient' : 'patients'} waiting`}
      />
    </Stack>
  );
}
