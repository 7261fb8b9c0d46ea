import { Alert, Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Shift } from '@modern-emr/domain';
import { IconAlertCircle, IconCashRegister } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MoneyText } from '../../components/MoneyText';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { CloseShiftDialog } from './CloseShiftDialog';
import { OpenShiftDialog } from './OpenShiftDialog';
import { getCurrentShift } from './till-api';

/** The cashier's till: open it with a float before taking money, count it when going off duty. */
export function ShiftPanel() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.currentShift,
    queryFn: ({ signal }) => getCurrentShift(signal),
  });
  const shift = query.data;
  const error = query.error ? errorMessage(query.error, 'The till shift could not be loaded.') : null;
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);

  // The server's answer is the panel's new state; the day's report refetches behind it.
  const settle = (next: Shift | null) => {
    client.setQueryData(queryKeys.currentShift, next);
    void client.invalidateQueries({ queryKey: queryKeys.reports });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="shift-heading">
      <Title order={2} size="h4" id="shift-heading" mb="xs">
        Till shift
      </Title>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {shift === undefined && !error && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm" role="status">
            Loading the till shift…
          </Text>
        </Group>
      )}
      {shift === null && (
        <>
          <Text size="sm" mb="md">
            No shift is open. Open one with the float in the drawer before taking money.
          </Text>
          <Button
            leftSection={<IconCashRegister size={18} aria-hidden="true" />}
            onClick={() => setDialog('open')}
          >
            Open shift
          </Button>
        </>
      )}
      {shift && (
        <>
          <Text size="sm">
            Open since {formatDateTime(shift.openedAt)}, with a float of{' '}
            <MoneyText minor={shift.openingFloat} />.
          </Text>
          <Button variant="default" mt="md" onClick={() => setDialog('close')}>
            Close shift
          </Button>
        </>
      )}
      {dialog === 'open' && <OpenShiftDialog onClose={() => setDialog(null)} onOpened={settle} />}
      {dialog === 'close' && (
        <CloseShiftDialog onClose={() => setDialog(null)} onClosed={() => settle(null)} />
      )}
    </Paper>
  );
}
