import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AuditEntry } from '@modern-emr/domain';
import { IconAlertCircle, IconFilter, IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import classes from './admin.module.css';
import { listAudit, verifyAuditChain } from './audit-api';
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
  // The check reads the whole chain, so it runs only when asked (the button), never in the background.
  const chainQuery = useQuery({
    queryKey: queryKeys.auditChain,
    queryFn: ({ signal }) => verifyAuditChain(signal),
    enabled: false,
  });
  const chain = chainQuery.data ?? null;
  const chainError = chainQuery.error ? errorMessage(chainQuery.error, 'The check could not run.') : null;
  // Usernames for the actor column (a small clinic has few accounts; ids stay visible too).
  const names =
    useQuery({
      queryKey: queryKeys.userNames,
      queryFn: ({ signal }) => listUsers({ page: 1, pageSize: 200 }, signal),
      select: (result) => new Map(result.items.map((u) => [u.id, u.username])),
    }).data ?? new Map<string, string>();
  const form = useForm<FilterValues>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      actorId: uuidOrEmpty('The actor ID'),
      patientId: uuidOrEmpty('The patient ID'),
      to: (to, all) => (to && all.from && to < all.from ? 'The end date is before the start date' : null),
    },
  });

  const query = {
    action: filter.action.trim() || undefined,
    actorId: filter.actorId.trim() || undefined,
    patientId: filter.patientId.trim() || undefined,
    from: dayBoundary(filter.from, false),
    to: dayBoundary(filter.to, true),
  };
  const list = usePagedList({
    queryKey: (page) => queryKeys.auditList({ ...query, page }),
    fetchPage: (page, signal) => listAudit({ ...query, page, pageSize: PAGE_SIZE }, signal),
    failureText: 'The audit log could not be loaded.',
  });

  const verify = () => void chainQuery.refetch();

  const columns: Column<AuditEntry>[] = [
    { key: 'id', header: '#', cell: (entry) => entry.id },
    {
      key: 'time',
      header: 'Time',
      cell: (entry) => (
        <Text size="sm" className={classes.nowrap}>
          {formatDateTime(entry.createdAt)}
        </Text>
      ),
    },
    { key: 'action', header: 'Action', cell: (entry) => <code>{entry.action}</code> },
    {
      key: 'outcome',
      header: 'Outcome',
      cell: (entry) => (
        <Badge variant="light" color={outcomeColor(entry.outcome)} maw="none">
          {entry.outcome}
        </Badge>
      ),
    },
    {
      key: 'actor',
      header: 'Actor',
      cell: (entry) => (
        <>
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
        </>
      ),
    },
    {
      key: 'subject',
      header: 'Subject',
      cell: (entry) => (
        <>
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
        </>
      ),
    },
    { key: 'from', header: 'From', cell: (entry) => <Text size="sm">{entry.ip ?? ''}</Text> },
    {
      key: 'details',
      header: 'Details',
      cell: (entry) =>
        Object.keys(entry.metadata).length > 0 && (
          <pre className={classes.metadata}>{JSON.stringify(entry.metadata)}</pre>
        ),
    },
  ];

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
          loading={chainQuery.isFetching}
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
          {chain.firstBadId === undefined
            ? `The checkpoint ${chain.checkpoint ?? ''} kept outside the database was not signed by this server: it was altered or replaced`
            : `Entry #${chain.firstBadId} does not match the chain: it or an entry before it was altered or removed`}{' '}
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
        <PaginatedTable
          label="Audit entries"
          columns={columns}
          data={list.data}
          page={list.page}
          pageSize={PAGE_SIZE}
          onPageChange={list.setPage}
          rowKey={(entry) => String(entry.id)}
          empty="No entries match these filters."
          loadingText="Loading entries…"
          error={list.error}
          onRetry={() => void list.reload()}
          refreshing={list.refreshing}
          countText={(total) => `${total} ${total === 1 ? 'entry' : 'entries'}`}
          tableProps={{ verticalSpacing: 'xs', striped: true }}
        />
      </Paper>
    </Stack>
  );
}
