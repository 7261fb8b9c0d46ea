import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useSessionState } from '../features/auth/session';
import { createQueryClient } from '../lib/query-client';
import { theme } from './theme/theme';

interface AppProvidersProps {
  children: ReactNode;
  /** 'test' turns off transitions and portals for unit tests. */
  env?: 'default' | 'test';
  /** A test's own cache; the app uses one for its whole life. */
  queryClient?: QueryClient;
}

const appQueryClient = createQueryClient();

/** Nothing one user loaded may be shown to the next one at a shared clinic computer. */
function ForgetDataOnSignOut() {
  const client = useQueryClient();
  const signedOut = useSessionState().status === 'signed-out';
  useEffect(() => {
    if (signedOut) client.clear();
  }, [signedOut, client]);
  return null;
}

/**
 * The production CSP (style-src 'self') blocks <style> elements, so nothing here may inject one:
 * theme variables and global classes ship in mantine-theme.gen.css, the colour scheme is fixed to
 * light (index.html sets the attribute; no ColorSchemeScript), and components that always emit
 * <style> (AppShell, Grid, SimpleGrid) or responsive style props such as `p={{ base: 'sm' }}` must
 * not be used. web/biome.json refuses those imports; the e2e suite fails on any CSP violation.
 */
export function AppProviders({ children, env = 'default', queryClient = appQueryClient }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ForgetDataOnSignOut />
      <MantineProvider
        theme={theme}
        withCssVariables={false}
        withGlobalClasses={false}
        forceColorScheme="light"
        env={env}
      >
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
