import { configure, fireEvent, screen, within } from '@testing-library/react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { endSession } from '../../features/auth/session';
import { fakeApi } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
import { routes } from './router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  renderWithProviders(<RouterProvider router={router} />);
  return router;
}

function navLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  return within(nav)
    .queryAllByRole('link')
    .map((link) => link.textContent ?? '');
}

function lazyLoaders(list: RouteObject[]): (() => Promise<unknown>)[] {
  return list.flatMap((route) => [
    ...(typeof route.lazy === 'function' ? [route.lazy as () => Promise<unknown>] : []),
    ...lazyLoaders(route.children ?? []),
  ]);
}

// Every page's code is fetched on first visit; load it all once up front (which also proves each
// lazy route resolves) so that a busy test machine does not turn that first import into a timeout.
beforeAll(async () => {
  await Promise.all(lazyLoaders(routes).map((load) => load()));
  // A lazy route still renders a few ticks later than an eager one; the default 1 s wait for a
  // heading was seen to run out on a loaded two-core machine.
  configure({ asyncUtilTimeout: 5_000 });
}, 60_000);

const api = fakeApi();
const empty = { items: [], total: 0, page: 1, pageSize: 20 };

/** A clinic with nothing going on: every home page has its lists, all empty. */
beforeEach(() => {
  api
    .on('GET /api/health', { status: 'ok' })
    .on('GET /api/v1/worklists/reception', empty)
    .on('GET /api/v1/worklists/cashier', empty)
    .on('GET /api/v1/worklists/doctor', empty)
    .on('GET /api/v1/patients/pending-verification', empty)
    .on('GET /api/v1/shifts/current', null)
    .on('GET /api/v1/users', empty)
    .on('GET /api/v1/mfa-policy', { requiredRoles: [] });
});

afterEach(() => {
  endSession();
});

describe('app routes', () => {
  test('every page sits in the shell: banner with the product name, main navigation, main area', async () => {
    signInAs(['NURSE'], { fullName: 'Ngozi Nwosu' });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nursing station' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain('Modern EMR');
    expect(screen.getByRole('banner').textContent).toContain('Ngozi Nwosu');
    expect(screen.getByRole('main')).toBeTruthy();
    expect(document.title).toBe('Nursing station · Modern EMR');
    expect(screen.getByRole('link', { name: 'Nursing station' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Connected')).toBeTruthy();
  });

  test('a signed-out visitor is sent to sign in, remembering where they were going', async () => {
    const router = renderAt('/admin/audit-log?page=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/audit-log?page=2');
  });

  test('each role lands on its own home from /', async () => {
    const homes = [
      [['ADMIN'], 'Administration'],
      [['RECEPTIONIST'], 'Reception'],
      [['CASHIER'], 'Cashier'],
      [['DOCTOR'], 'Consulting room'],
      [['LAB_TECH'], 'Laboratory'],
      [['RADIOLOGY_TECH'], 'Radiology'],
      [['PHARMACIST'], 'Pharmacy'],
    ] as const;
    for (const [roles, heading] of homes) {
      signInAs([...roles]);
      const { unmount } = renderWithProviders(
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />,
      );
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
      unmount();
    }
    // Seven station pages rendered in full, one after another: more than the default 5 s on a busy machine.
  }, 20_000);

  test('the navigation hides administration from a nurse, and the page itself refuses', async () => {
    signInAs(['NURSE']);
    renderAt('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeTruthy();
    expect(navLinks()).toEqual(['Nursing station', 'My account']);
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
  });

  test('an administrator sees users and the audit log; a receptionist-cashier sees both stations', async () => {
    signInAs(['ADMIN']);
    const { unmount } = renderWithProviders(
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/admin'] })} />,
    );
    await screen.findByRole('heading', { level: 1, name: 'Administration' });
    expect(navLinks()).toEqual(['Administration', 'Users', 'Audit log', 'My account']);
    unmount();

    signInAs(['RECEPTIONIST', 'CASHIER']);
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Reception' });
    expect(navLinks()).toEqual(['Reception', 'Cashier', 'End of day', 'My account']);
  });

  test('an account with a temporary password reaches only the password page', async () => {
    signInAs(['DOCTOR'], { mustChangePassword: true });
    renderAt('/doctor');
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeTruthy();
    expect(navLinks()).toEqual(['Change password']);
  });

  test('an account that must enrol in MFA is held on its account page', async () => {
    signInAs(['CASHIER'], { mfaEnrolmentRequired: true });
    renderAt('/cashier');
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeTruthy();
    expect(screen.getByText('Two-factor authentication is required')).toBeTruthy();
    expect(navLinks()).toEqual(['My account']);
  });

  test('the forced password page checks the rules live as the user types', async () => {
    signInAs(['NURSE'], { username: 'ngozi', mustChangePassword: true });
    renderAt('/change-password');
    const field = await screen.findByLabelText(/^new password/i, { selector: 'input' });
    fireEvent.change(field, { target: { value: 'ngozi-short' } });
    const rules = screen.getByText('The new password needs').parentElement as HTMLElement;
    const met = () =>
      Array.from(rules.querySelectorAll('li[data-met]')).map((li) =>
        li.textContent?.replace(/ \(done\)$/, ''),
      );
    expect(met()).toEqual(['A lower-case letter', 'A symbol, such as ! or #']);
    fireEvent.change(field, { target: { value: 'Clinic-Night-Shift-42' } });
    expect(met()).toHaveLength(6);
  });

  test('an unknown address shows "Page not found" with a way back', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/no/such/page')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to my home page' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Page not found · Modern EMR');
  });
});
