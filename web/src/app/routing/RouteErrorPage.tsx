import { Alert, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { paths } from './paths';

/** Shown instead of a blank screen when a page throws while rendering or loading. */
export function RouteErrorPage() {
  usePageTitle('Something went wrong');
  return (
    <Stack gap="md" align="flex-start" maw={560}>
      <Title order={1}>Something went wrong</Title>
      <Alert color="red" variant="light" title="This page could not be shown">
        Your work on other pages is not affected. Try again, or go back to your home page.
      </Alert>
      <Button component={Link} to={paths.home} reloadDocument>
        Go to my home page
      </Button>
    </Stack>
  );
}
