import { Button, Text } from '@mantine/core';
import type { PendingRegistration } from '@modern-emr/domain';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ListPanel } from '../../components/ListPanel';
import type { Column } from '../../components/PaginatedTable';
import { SuccessNotice } from '../../components/SuccessNotice';
import { usePagedList } from '../../components/use-paged-list';
import { formatDate, formatDateTime } from '../../lib/format';
import { useInvalidateFor } from '../../lib/invalidate';
import { queryKeys } from '../../lib/query-keys';
import { listPendingSignups, verifySignup } from './pending-api';

const PAGE_SIZE = 10;

/** Patients who registered on the portal; it stays closed to them until the front desk checks who they are. */
export function PendingSignups() {
  const list = usePagedList({
    queryKey: queryKeys.pendingSignups,
    fetchPage: (page, signal) => listPendingSignups(page, PAGE_SIZE, signal),
    failureText: 'The sign-ups could not be loaded.',
    poll: true,
  });
  const invalidate = useInvalidateFor();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const ask = (p: PendingRegistration) =>
    setConfirm({
      title: 'Verify portal sign-up',
      body: `Have you checked that ${p.firstName} ${p.lastName} (phone ${p.phone}${
        p.dateOfBirth ? `, born ${formatDate(p.dateOfBirth)}` : ''
      }) is who they say, for example against an ID card? Verifying opens the patient portal to them.`,
      confirmLabel: 'Verify',
      action: async () => {
        await verifySignup(p.id);
        await invalidate({ type: 'signup.verified', patientId: p.id });
        setNotice(`${p.firstName} ${p.lastName} can now use the patient portal.`);
      },
    });

  const columns: Column<PendingRegistration>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (p) => (
        <>
          <Text fw={500}>
            {p.firstName} {p.lastName}
          </Text>
          <Text size="sm" c="dimmed">
            {p.username}
            {p.email ? ` · ${p.email}` : ''}
          </Text>
        </>
      ),
    },
    { key: 'phone', header: 'Phone', cell: (p) => p.phone },
    { key: 'dob', header: 'Date of birth', cell: (p) => (p.dateOfBirth ? formatDate(p.dateOfBirth) : '—') },
    { key: 'registered', header: 'Registered', cell: (p) => formatDateTime(p.registeredAt) },
    {
      key: 'action',
      header: 'Action',
      cell: (p) => (
        <Button
          size="xs"
          leftSection={<IconUserCheck size={14} aria-hidden="true" />}
          onClick={() => ask(p)}
          aria-label={`Verify ${p.firstName} ${p.lastName}`}
        >
          Verify
        </Button>
      ),
    },
  ];

  return (
    <ListPanel
      title="Portal sign-ups awaiting verification"
      description="Check each person’s identity before opening the portal to them."
      list={list}
      label="Portal sign-ups awaiting verification"
      columns={columns}
      pageSize={PAGE_SIZE}
      rowKey={(p) => p.id}
      empty="No sign-ups are waiting."
      loadingText="Loading sign-ups…"
    >
      <SuccessNotice notice={notice} onDismiss={() => setNotice(null)} mb="md" />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </ListPanel>
  );
}
