import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../app/AppProviders';

/** Renders with the same providers as the app, minus transitions. */
export function renderWithProviders(ui: ReactElement): RenderResult {
  return render(<AppProviders env="test">{ui}</AppProviders>);
}
