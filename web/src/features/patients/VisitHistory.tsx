import { Paper, Text, Title } from '@mantine/core';
import type { Role, VisitListItem } from '@modern-emr/domain';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
import type { PagedList } from '../../components/use-paged-list';
import { formatDateTime } from '../../lib/format';
import { VisitStatusCell } from '../visits/VisitStatusCell';
import { PAYER_LABELS, VISIT_TYPE_LABELS } from '../visits/visit-labels';
import { VisitLinks } from '../visits/visit-links';

export const VISIT_HISTORY_PAGE_SIZE = 10;

export function VisitHistory({ list, roles }: { list: PagedList<VisitListItem>; roles: readonly Role[] }) {
  const columns: Column<VisitListItem>[] = [
    { key: 'number', header: 'Visit', cell: (v) => v.number },
    { key: 'opened', header: 'Opened', cell: (v) => formatDateTime(v.openedAt) },
    { key: 'type', header: 'Type', cell: (v) => `${VISIT_TYPE_LABELS[v.type]} · ${PAYER_LABELS[v.payer]}` },
    { key: 'status', header: 'Status', cell: (v) => <VisitStatusCell visit={v} /> },
    { key: 'doctor', header: 'Doctor', cell: (v) => v.assignedDoctorName ?? '—' },
    {
      key: 'links',
      header: 'Open',
      hideHeader: true,
      cell: (v) => <VisitLinks visitId={v.id} roles={roles} />,
    },
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visits-heading">
      <Title order={2} size="h4" id="visits-heading" mb="sm">
        Visits
      </Title>
      <PaginatedTable
        label="Visit history"
        columns={columns}
        data={list.data}
        page={list.page}
        pageSize={VISIT_HISTORY_PAGE_SIZE}
        onPageChange={list.setPage}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'data-visit-number': v.number })}
        empty={<Text span>No visits yet.</Text>}
        loadingText="Loading visits…"
        error={list.error}
        onRetry={() => void list.reload()}
      />
    </Paper>
  );
}
