import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuildingHospital,
  IconCash,
  IconListSearch,
  IconReportMedical,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/routing/paths';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import classes from './admin.module.css';

interface Area {
  title: string;
  description: string;
  icon: ReactNode;
  to?: string;
}

const AREAS: readonly Area[] = [
  {
    title: 'Users',
    description:
      'Create staff accounts, change roles, deactivate, unlock, reset two-factor; set the two-factor policy.',
    icon: <IconUsers size={20} aria-hidden="true" />,
    to: paths.adminUsers,
  },
  {
    title: 'Audit log',
    description: 'Every sign-in, change and chart view, filterable; verify that no entry was altered.',
    icon: <IconListSearch size={20} aria-hidden="true" />,
    to: paths.adminAuditLog,
  },
  {
    title: 'Service catalogue',
    description: 'Services, prices, departments and billing timing.',
    icon: <IconReportMedical size={20} aria-hidden="true" />,
  },
  {
    title: 'HMO providers',
    description: 'Providers, tariffs and coverage rules.',
    icon: <IconCash size={20} aria-hidden="true" />,
  },
  {
    title: 'Clinic settings',
    description: 'Clinic name and address, currency, time zone, MRN prefix, visit fees.',
    icon: <IconBuildingHospital size={20} aria-hidden="true" />,
  },
];

export function AdminHomePage() {
  usePageTitle('Administration');
  const session = useSession();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Administration</Title>
        <Text c="dimmed" mt={4}>
          {session ? `Signed in as ${session.user.fullName}. ` : ''}Accounts, security and clinic set-up.
        </Text>
      </div>
      <ul className={classes.links}>
        {AREAS.map((area) => {
          const card = (
            <Paper withBorder radius="md" p="lg" className={classes.linkCard}>
              <Group justify="space-between" align="flex-start" mb="sm">
                <ThemeIcon variant="light" size="lg" radius="md">
                  {area.icon}
                </ThemeIcon>
                {!area.to && (
                  <Badge variant="light" color="gray">
                    Coming soon
                  </Badge>
                )}
              </Group>
              <Title order={2} size="h5">
                {area.title}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {area.description}
              </Text>
            </Paper>
          );
          return (
            <li key={area.title}>
              {area.to ? (
                <Link to={area.to} className={classes.linkCard}>
                  {card}
                </Link>
              ) : (
                card
              )}
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
