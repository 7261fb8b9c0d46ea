import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function ForbiddenPage({ home }: { home: string }) {
  usePageTitle('No access');
  return (
    <Stack gap="md" align="flex-start" maw={560}>
      <Text size="sm" fw={600} c="clinic.8">
        Error 403
      </Text>
      <Title order={1}>No access</Title>
      <Text>Your role does not include this page. If you need it, ask your clinic administrator.</Text>
      <Button component={Link} to={home}>
        Go to my home page
      </Button>
    </Stack>
  );
}
