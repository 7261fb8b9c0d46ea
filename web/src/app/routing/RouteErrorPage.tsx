import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useRouteError } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { PageCodeUnavailableError, reloadForNewRelease } from './lazy-page';
import { paths } from './paths';

/** Shown instead of a blank screen when a page throws while rendering or loading. */
export function RouteErrorPage() {
  const missingCode = useRouteError() instanceof PageCodeUnavailableError;
  // spec: WEB-BUNDLE-1 (a tab left open across a release reloads once instead of failing)
  const [reloading, setReloading] = useState(missingCode);
  useEffect(() => {
    if (missingCode && !reloadForNewRelease()) setReloading(false);
  }, [missingCode]);

  usePageTitle(reloading ? 'Updating' : 'Something went wrong');
  if (reloading) {
    return (
      <Center mih={240}>
        <Stack align="center" gap="xs">
          <Loader aria-hidden="true" />
          <Text role="status">Loading the latest version of Modern EMR…</Text>
        </Stack>
      </Center>
    );
  }
  if (missingCode) {
    return (
      <Stack gap="md" align="flex-start" maw={560}>
        <Title order={1}>This page could not be loaded</Title>
        <Alert color="red" variant="light" title="No connection to the clinic's server">
          The page's code did not arrive. Check the connection, then reload. Your work on other pages is not
          affected.
        </Alert>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    );
  }
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
