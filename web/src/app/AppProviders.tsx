import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from './theme/theme';

interface AppProvidersProps {
  children: ReactNode;
  /** 'test' turns off transitions and portals for unit tests. */
  env?: 'default' | 'test';
}

/**
 * The production CSP (style-src 'self') blocks <style> elements, so nothing here may inject one:
 * theme variables and global classes ship in mantine-theme.gen.css, the colour scheme is fixed to
 * light (index.html sets the attribute; no ColorSchemeScript), and components that always emit
 * <style> (AppShell, Grid, SimpleGrid) or responsive style props such as `p={{ base: 'sm' }}` must
 * not be used. web/biome.json refuses those imports; the e2e suite fails on any CSP violation.
 */
export function AppProviders({ children, env = 'default' }: AppProvidersProps) {
  return (
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
}
