import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';

export interface StationInfo {
  title: string;
  summary: string;
  /** What this station's worklist will hold once its features land. */
  upcoming: readonly string[];
}

export const STATION_INFO = {
  nurse: {
    title: 'Nursing station',
    summary: 'Record vitals and nursing notes, collect samples, give medication.',
    upcoming: ['Patients waiting for vitals', 'Nursing notes', 'Medication administration'],
  },
  lab: {
    title: 'Laboratory',
    summary: 'Collect samples, enter and verify results.',
    upcoming: ['Lab worklist (paid orders only)', 'Sample collection', 'Result entry and verification'],
  },
  radiology: {
    title: 'Radiology',
    summary: 'Perform studies, upload images and write reports.',
    upcoming: ['Radiology worklist (paid orders only)', 'Image upload', 'Reports'],
  },
  pharmacy: {
    title: 'Pharmacy',
    summary: 'Dispense prescriptions and keep drug stock.',
    upcoming: ['Prescriptions to dispense', 'Stock receipts and adjustments', 'Expiry tracking'],
  },
} as const satisfies Record<string, StationInfo>;

/** A role's home: its real heading and what its worklist will hold (features arrive issue by issue). */
export function StationHomePage({ info, children }: { info: StationInfo; children?: ReactNode }) {
  usePageTitle(info.title);
  const session = useSession();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{info.title}</Title>
        <Text c="dimmed" mt={4}>
          {session ? `Signed in as ${session.user.fullName}. ` : ''}
          {info.summary}
        </Text>
      </div>
      {children}
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="upcoming-heading">
        <Title order={2} size="h4" id="upcoming-heading" mb="xs">
          Worklist{' '}
          <Badge variant="light" color="gray" ml={4}>
            Coming soon
          </Badge>
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          This station’s worklist is on its way. It will show:
        </Text>
        <List size="sm" spacing={4}>
          {info.upcoming.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
