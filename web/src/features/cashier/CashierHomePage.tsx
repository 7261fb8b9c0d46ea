import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import classes from './cashier.module.css';
import { endOfDayPath } from './cashier-paths';
import { PendingPaymentsQueue } from './PendingPaymentsQueue';
import { ShiftPanel } from './ShiftPanel';

/** The cashier's station: the till shift, and the visits waiting to pay. */
export function CashierHomePage() {
  usePageTitle('Cashier');
  const session = useSession();
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Cashier</Title>
          <Text c="dimmed" mt={4}>
            {session ? `Signed in as ${session.user.fullName}. ` : ''}
            Take payments and deposits, settle HMO authorisations, issue receipts.
          </Text>
        </div>
        <Button
          component={Link}
          to={endOfDayPath()}
          variant="default"
          leftSection={<IconReportMoney size={18} aria-hidden="true" />}
        >
          End of day
        </Button>
      </Group>
      <div className={classes.home}>
        <ShiftPanel />
        <PendingPaymentsQueue />
      </div>
    </Stack>
  );
}
