import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { can } from '@modern-emr/domain';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/routing/paths';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { PatientSearch } from '../patients/PatientSearch';
import { PendingSignups } from './PendingSignups';
import { TodayVisits } from './TodayVisits';

export function ReceptionHomePage() {
  usePageTitle('Reception');
  const session = useSession();
  const roles = session?.user.roles ?? [];
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Reception</Title>
          <Text c="dimmed" mt={4}>
            Find the patient first; register only someone who is not on file. Then open their visit.
          </Text>
        </div>
        {can(roles, 'patients.register') && (
          <Button
            component={Link}
            to={paths.receptionNewPatient}
            leftSection={<IconUserPlus size={18} aria-hidden="true" />}
          >
            Register patient
          </Button>
        )}
      </Group>
      <Paper withBorder radius="md" p="lg" component="section" aria-label="Patient search">
        <PatientSearch />
      </Paper>
      <TodayVisits />
      {can(roles, 'patients.verifyPortal') && <PendingSignups />}
    </Stack>
  );
}
