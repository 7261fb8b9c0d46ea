import { Alert, Button, Group, Loader, Pagination, Paper, Table, Text, Title } from '@mantine/core';
import type { PendingRegistration } from '@modern-emr/domain';
import { IconAlertCircle, IconUserCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { paginationLabel } from '../admin/UsersPage';
import { listPendingSignups, verifySignup } from './pending-api';

const PAGE_SIZE = 10;

/** Patients who registered on the portal; it stays closed to them until the front desk checks who they are. */
export function PendingSignups() {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: PendingRegistration[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const result = await listPendingSignups(page, PAGE_SIZE);
      setData({ items: result.items, total: result.total });
    } catch (cause) {
      setError(errorMessage(cause, 'The sign-ups could not be loaded.'));
    }
  }, [page]);

  useEffect(() => {
    void load();
  }, [load]);

  const ask = (p: PendingRegistration) =>
    setConfirm({
      title: 'Verify portal sign-up',
      body: `Have you checked that ${p.firstName} ${p.lastName} (phone ${p.phone}${
        p.dateOfBirth ? `, born ${formatDate(p.dateOfBirth)}` : ''
      }) is who they say, for example against an ID card? Verifying opens the patient portal to them.`,
      confirmLabel: 'Verify',
      action: async () => {
        await verifySignup(p.id);
        await load();
        setNotice(`${p.firstName} ${p.lastName} can now use the patient portal.`);
      },
    });

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="pending-heading">
      <Title order={2} size="h4" id="pending-heading" mb={4}>
        Portal sign-ups awaiting verification
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Check each person’s identity before opening the portal to them.
      </Text>
      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          mb="md"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}
      {!data && !error && <Loader size="sm" aria-label="Loading sign-ups" />}
      {data && data.items.length === 0 && <Text size="sm">No sign-ups are waiting.</Text>}
      {data && data.items.length > 0 && (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Phone</Table.Th>
              <Table.Th scope="col">Date of birth</Table.Th>
              <Table.Th scope="col">Registered</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text fw={500}>
                    {p.firstName} {p.lastName}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {p.username}
                    {p.email ? ` · ${p.email}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{p.phone}</Table.Td>
                <Table.Td>{p.dateOfBirth ? formatDate(p.dateOfBirth) : '—'}</Table.Td>
                <Table.Td>{formatDateTime(p.registeredAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    leftSection={<IconUserCheck size={14} aria-hidden="true" />}
                    onClick={() => ask(p)}
                    aria-label={`Verify ${p.firstName} ${p.lastName}`}
                  >
                    Verify
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Group justify="flex-end" mt="md">
          <Pagination total={pages} value={page} onChange={setPage} getControlProps={paginationLabel} />
        </Group>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Paper>
  );
}
