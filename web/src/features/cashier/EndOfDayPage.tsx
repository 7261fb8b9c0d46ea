import { Alert, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { type EndOfDayReport, localDateSchema } from '@modern-emr/domain';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { localToday } from '../../lib/today';
import { usePageTitle } from '../../lib/use-page-title';
import classes from './cashier.module.css';
import {
  CashiersSection,
  LeaksSection,
  OutstandingSection,
  ReceivablesSection,
  ShiftsSection,
  TakingsSection,
} from './EndOfDaySections';
import { finaliseEndOfDay, getEndOfDay } from './reports-api';

/**
 * The day's money in the clinic's time zone. Finalising freezes it (read-only afterwards); it
 * never closes visits.
 */
export function EndOfDayPage() {
  usePageTitle('End of day');
  const [params, setParams] = useSearchParams();
  const requested = params.get('date');
  // The desk's computer stands in the clinic, so its calendar day is the clinic's.
  const date = requested && localDateSchema.safeParse(requested).success ? requested : localToday();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.endOfDay(date),
    queryFn: ({ signal }) => getEndOfDay(date, signal),
  });
  const report = query.data ?? null;
  const error = query.error ? errorMessage(query.error, 'The report could not be loaded.') : null;
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const askFinalise = (r: EndOfDayReport) =>
    setConfirm({
      title: 'Finalise the day',
      body: `Finalise ${formatDate(r.date)}? The report is frozen as it stands and cannot be changed afterwards. Visits stay as they are.`,
      confirmLabel: 'Finalise',
      action: async () => {
        client.setQueryData(queryKeys.endOfDay(r.date), await finaliseEndOfDay(r.date));
      },
    });

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>End of day</Title>
          <Text c="dimmed" mt={4}>
            Takings, shifts, balances owed and work not paid for, in the clinic’s time zone
            {report ? ` (${report.timeZone})` : ''}.
          </Text>
        </div>
        <TextInput
          type="date"
          label="Date"
          value={date}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (localDateSchema.safeParse(next).success) setParams({ date: next });
          }}
        />
      </Group>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {!report && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text role="status">Loading the report…</Text>
        </Group>
      )}
      {report && (
        <>
          {report.finalised ? (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />} title="Finalised">
              Finalised {formatDateTime(report.finalisedAt)}
              {report.finalisedByName ? ` by ${report.finalisedByName}` : ''}. This report is read-only: it
              shows the figures as they were frozen.
            </Alert>
          ) : (
            <div className={classes.actions}>
              <Button onClick={() => askFinalise(report)}>Finalise day</Button>
            </div>
          )}
          <TakingsSection report={report} />
          <CashiersSection report={report} />
          <ShiftsSection report={report} />
          <OutstandingSection report={report} />
          <ReceivablesSection report={report} />
          <LeaksSection report={report} />
        </>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
