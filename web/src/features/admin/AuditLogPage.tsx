import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AuditChainCheck, AuditEntry } from '@modern-emr/domain';
import { IconAlertCircle, IconFilter, IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import classes from './admin.module.css';
import { listAudit, verifyAuditChain } from './audit-api';
import { paginationLabel } from './UsersPage';
import { listUsers } from './users-api';

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FilterValues {
  action: string;
  actorId: string;
  patientId: string;
  from: string;
  to: string;
}

const EMPTY: FilterValues = { action: '', actorId: '', patientId: '', from: '', to: '' };

const uuidOrEmpty = (label: string) => (v: string) =>
  !v.trim() || UUID.test(v.trim()) ? null : `${label} is an ID like 3f2a…-…; copy it from a record`;

/** `yyyy-mm-dd` from a date field, as the start (or end) of that day in the user's time zone. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function outcomeColor(outcome: string): string {
  if (outcome === 'SUCCESS') return 'green';
  if (outcome === 'DENIED') return 'amber';
  return 'red';
}

export function AuditLogPage() {
  usePageTitle('Audit log');
  const [filter, setFilter] = useState<FilterValues>(EMPTY);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: AuditEntry[]; total: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chain, setChain] = useState<AuditChainCheck | null>(null);
  const [chainError, setChainError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const form = useForm<FilterValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      actorId: uuidOrEmpty('The actor ID'),
      patientId: uuidOrEmpty('The patient ID'),
      to: (to, all) => (to && all.from && to < all.from ? 'The end date is before the start date' : null),
    },
  });

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const result = await listAudit({
        action: filter.action.trim() || undefined,
        actorId: filter.actorId.trim() || undefined,
        patientId: filter.patientId.trim() || undefined,
        from: dayBoundary(filter.from, false),
        to: dayBoundary(filter.to, true),
        page,
        pageSize: PAGE_SIZE,
      });
      setData({ items: result.items, total: result.total });
    } catch (cause) {
      setError(errorMessage(cause, 'The audit log could not be loaded.'));
    } finally {
      setLoading(false);
    }
  }, [filter, page]);

  useEffect(() => {
    void load();
  }, [load]);

  // Usernames for the actor column (a small clinic has few accounts; ids stay visible too).
  useEffect(() => {
    listUsers({ page: 1, pageSize: 200 })
      .then((result) => setNames(new Map(result.items.map((u) => [u.id, u.username]))))
      .catch(() => undefined);
  }, []);

  const verify = async () => {
    setVerifying(true);
    setChainError(null);
    try {
      setChain(await verifyAuditChain());
    } catch (cause) {
      setChainError(errorMessage(cause, 'The check could not run.'));
    } finally {
      setVerifying(false);
    }
  };

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Audit log</Title>
          <Text c="dimmed" mt={4}>
            Who did what, when and from where. Entries cannot be changed or removed; the chain check proves
            it.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
          onClick={verify}
          loading={verifying}
        >
          Verify chain
        </Button>
      </Group>

      {chain?.ok && (
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconLink aria-hidden="true" />}
          title="Chain intact"
        >
          All {chain.checked} entries checked; none has been altered or removed.
        </Alert>
      )}
      {chain && !chain.ok && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconLinkOff aria-hidden="true" />}
          title="Chain broken"
        >
          Entry #{chain.firstBadId} does not match the chain: it or an entry before it was altered or removed
          outside the application ({chain.checked} entries checked). Report this to whoever is responsible for
          the server.
        </Alert>
      )}
      {chainError && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {chainError}
        </Alert>
      )}

      <Paper withBorder radius="md" p="md" component="section" aria-label="Filters">
        <form
          onSubmit={form.onSubmit((values) => {
            setPage(1);
            setFilter(values);
          })}
          noValidate
        >
          <div className={classes.filters}>
            <TextInput label="Action" placeholder="e.g. auth.login" {...form.getInputProps('action')} />
            <TextInput label="Actor ID" spellCheck={false} {...form.getInputProps('actorId')} />
            <TextInput label="Patient ID" spellCheck={false} {...form.getInputProps('patientId')} />
            <TextInput label="From" type="date" {...form.getInputProps('from')} />
            <TextInput label="To" type="date" {...form.getInputProps('to')} />
            <Group gap="xs">
              <Button type="submit" leftSection={<IconFilter size={16} aria-hidden="true" />}>
                Apply
              </Button>
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  form.setValues(EMPTY);
                  form.clearErrors();
                  setPage(1);
                  setFilter(EMPTY);
                }}
              >
                Clear
              </Button>
            </Group>
          </div>
        </form>
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-label="Entries">
        {error && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
            {error}
          </Alert>
        )}
        {!data && loading && (
          <Group justify="center" p="xl">
            <Loader size="sm" aria-hidden="true" />
            <Text role="status">Loading entries…</Text>
          </Group>
        )}
        {data && (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {data.total} {data.total === 1 ? 'entry' : 'entries'}
              {loading ? ' · updating…' : ''}
            </Text>
            <div className={classes.tableWrap}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">#</Table.Th>
                    <Table.Th scope="col">Time</Table.Th>
                    <Table.Th scope="col">Action</Table.Th>
                    <Table.Th scope="col">Outcome</Table.Th>
                    <Table.Th scope="col">Actor</Table.Th>
                    <Table.Th scope="col">Subject</Table.Th>
                    <Table.Th scope="col">From</Table.Th>
                    <Table.Th scope="col">Details</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={8}>
                        <Text c="dimmed" ta="center" py="md">
                          No entries match these filters.
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {data.items.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>{entry.id}</Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(entry.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <code>{entry.action}</code>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={outcomeColor(entry.outcome)} maw="none">
                          {entry.outcome}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {entry.actorId ? (
                          <Tooltip label={entry.actorId}>
                            <Text size="sm" tabIndex={0}>
                              {names.get(entry.actorId) ?? `${entry.actorId.slice(0, 8)}…`}
                            </Text>
                          </Tooltip>
                        ) : (
                          <Text size="sm" c="dimmed">
                            anonymous
                          </Text>
                        )}
                        {entry.actorRoles.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {entry.actorRoles.join(', ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {entry.entityType && (
                          <Text size="sm">
                            {entry.entityType}
                            {entry.entityId && entry.entityType === 'user' && names.has(entry.entityId)
                              ? ` ${names.get(entry.entityId)}`
                              : ''}
                          </Text>
                        )}
                        {entry.patientId && (
                          <Text size="xs" className={classes.mono}>
                            patient {entry.patientId}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{entry.ip ?? ''}</Text>
                      </Table.Td>
                      <Table.Td>
                        {Object.keys(entry.metadata).length > 0 && (
                          <pre className={classes.metadata}>{JSON.stringify(entry.metadata)}</pre>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {pages > 1 && (
              <Group justify="flex-end" mt="md">
                <Pagination total={pages} value={page} onChange={setPage} getControlProps={paginationLabel} />
              </Group>
            )}
          </>
        )}
      </Paper>
    </Stack>
  );
}
