import type { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../lib/query-client';

/**
 * Renders with the same providers as the app, minus transitions, and a cache of its own so no
 * answer leaks from one test into the next. Failed reads are not retried: a test sees the refusal.
 */
export function renderWithProviders(
  ui: ReactElement,
  queryClient: QueryClient = createQueryClient({ retry: false }),
): RenderResult & { queryClient: QueryClient } {
  const result = render(
    <AppProviders env="test" queryClient={queryClient}>
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient };
}
