import { Button, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { paths } from '../../app/routing/paths';
import { usePageTitle } from '../../lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  const location = useLocation();
  return (
    <Stack gap="md" align="flex-start" maw={560}>
      <Text size="sm" fw={600} c="clinic.8">
        Error 404
      </Text>
      <Title order={1}>Page not found</Title>
      <Text>
        There is no page at <code>{location.pathname}</code>. The link may be out of date, or the address may
        have a typo.
      </Text>
      <Button component={Link} to={paths.home}>
        Go to my home page
      </Button>
    </Stack>
  );
}
