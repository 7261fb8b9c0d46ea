import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCash, IconClipboardHeart, IconStethoscope, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/routing/paths';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import classes from './HomePage.module.css';

interface Area {
  title: string;
  description: string;
  icon: ReactNode;
}

const AREAS: readonly Area[] = [
  {
    title: 'Patients',
    description: 'Register patients, find records by name, MRN, phone or national ID.',
    icon: <IconUsers size={20} aria-hidden="true" />,
  },
  {
    title: 'Visits',
    description: 'Open visits, follow them through reception, consultation and close.',
    icon: <IconClipboardHeart size={20} aria-hidden="true" />,
  },
  {
    title: 'Billing',
    description: 'Charges, payments, HMO authorisations, receipts and end-of-day.',
    icon: <IconCash size={20} aria-hidden="true" />,
  },
  {
    title: 'Clinical',
    description: 'Consultations, vitals, lab, radiology and pharmacy worklists.',
    icon: <IconStethoscope size={20} aria-hidden="true" />,
  },
];

export function HomePage() {
  usePageTitle('Dashboard');
  const session = useSession();

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Dashboard</Title>
        <Text c="dimmed" mt={4}>
          {session ? `Signed in as ${session.user.fullName}.` : 'Overview of the clinic’s work today.'}
        </Text>
      </div>

      {!session && (
        <Paper withBorder radius="md" p="lg">
          <Group justify="space-between" gap="md">
            <div>
              <Text fw={600}>You are not signed in</Text>
              <Text size="sm" c="dimmed">
                Sign in to see your worklists and patients.
              </Text>
            </div>
            <Button component={Link} to={paths.login}>
              Sign in
            </Button>
          </Group>
        </Paper>
      )}

      <section aria-labelledby="areas-heading">
        <Title order={2} size="h4" id="areas-heading" mb="sm">
          Work areas
        </Title>
        <ul className={classes.grid}>
          {AREAS.map((area) => (
            <li key={area.title}>
              <Paper withBorder radius="md" p="lg" className={classes.card}>
                <Group justify="space-between" align="flex-start" mb="sm">
                  <ThemeIcon variant="light" size="lg" radius="md">
                    {area.icon}
                  </ThemeIcon>
                  <Badge variant="light" color="gray">
                    Coming soon
                  </Badge>
                </Group>
                <Title order={3} size="h5">
                  {area.title}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {area.description}
                </Text>
              </Paper>
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
