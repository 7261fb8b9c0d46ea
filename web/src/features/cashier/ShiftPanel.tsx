import { Alert, Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Shift } from '@modern-emr/domain';
import { IconAlertCircle, IconCashRegister } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { MoneyText } from '../../components/MoneyText';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { CloseShiftDialog } from './CloseShiftDialog';
import { OpenShiftDialog } from './OpenShiftDialog';
import { getCurrentShift } from './till-api';

/** The cashier's till: open it with a float before taking money, count it when going off duty. */
export function ShiftPanel() {
  const [shift, setShift] = useState<Shift | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setShift(await getCurrentShift());
    } catch (cause) {
      setError(errorMessage(cause, 'The till shift could not be loaded.'));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="shift-heading">
      <Title order={2} size="h4" id="shift-heading" mb="xs">
        Till shift
      </Title>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void load()}>
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
      {dialog === 'open' && <OpenShiftDialog onClose={() => setDialog(null)} onOpened={setShift} />}
      {dialog === 'close' && (
        <CloseShiftDialog onClose={() => setDialog(null)} onClosed={() => setShift(null)} />
      )}
    </Paper>
  );
}
