import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { theme } from './theme/theme';

interface AppProvidersProps {
  children: ReactNode;
  /** 'test' turns off transitions and portals for unit tests. */
  env?: 'default' | 'test';
  /**
   * A test's own cache. The app's cache is provided by app/SignedInArea.tsx around the pages behind
   * sign-in, so that TanStack Query is not part of the sign-in page's JavaScript.
   */
  queryClient?: QueryClient;
}

/**
 * The production CSP (style-src 'self') blocks <style> elements, so nothing here may inject one:
 * theme variables and global classes ship in mantine-theme.gen.css, the colour scheme is fixed to
 * light (index.html sets the attribute; no ColorSchemeScript), and components that always emit
 * <style> (AppShell, Grid, SimpleGrid) or responsive style props such as `p={{ base: 'sm' }}` must
 * not be used. web/biome.json refuses those imports; the e2e suite fails on any CSP violation.
 */
export function AppProviders({ children, env = 'default', queryClient }: AppProvidersProps) {
  const ui = (
    <MantineProvider
      theme={theme}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
  return queryClient ? <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider> : ui;
}
