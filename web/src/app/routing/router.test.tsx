import { screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { routes } from './router';

function renderAt(path: string): void {
  renderWithProviders(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

beforeEach(() => {
  vi.stubGlobal('fetch', async () => Response.json({ status: 'ok' }));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('app routes', () => {
  test('every page sits in the shell: banner with the product name, main navigation, main area', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Modern EMR');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(document.title).toBe('Dashboard · Modern EMR');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Connected')).toBeTruthy();
  });

  test('an unknown address shows "Page not found" with a way back', async () => {
    renderAt('/patients/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/patients/nope')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Page not found · Modern EMR');
  });
});
