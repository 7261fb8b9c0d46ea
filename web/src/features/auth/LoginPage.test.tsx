import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { LoginPage } from './LoginPage';
import { endSession, getSession } from './session';

function renderLogin() {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/', element: <p>Dashboard page</p> },
    ],
    { initialEntries: ['/login'] },
  );
  renderWithProviders(<RouterProvider router={router} />);
}

function fillAndSubmit(username: string, password: string): void {
  fireEvent.change(screen.getByLabelText(/username/i, { selector: 'input' }), {
    target: { value: username },
  });
  fireEvent.change(screen.getByLabelText(/password/i, { selector: 'input' }), {
    target: { value: password },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function respondWith(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  endSession();
});

describe('LoginPage', () => {
  test('shows the server’s message when the credentials are refused', async () => {
    respondWith(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' } });
    renderLogin();

    fillAndSubmit('reception', 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wrong username or password');
    expect((screen.getByLabelText(/password/i, { selector: 'input' }) as HTMLInputElement).value).toBe('');
    expect(document.title).toBe('Sign in · Modern EMR');
  });

  test('asks for missing fields without calling the server', async () => {
    const fetchMock = respondWith(200, {});
    renderLogin();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('signs in, keeps the token in memory only, and opens the dashboard', async () => {
    const fetchMock = respondWith(200, {
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      user: { id: 'u1', username: 'reception', fullName: 'Ada Okafor', roles: ['RECEPTIONIST'] },
    });
    renderLogin();

    fillAndSubmit(' reception ', 'Demo-Clinic-2026!');

    expect(await screen.findByText('Dashboard page')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login');
    expect(init?.body).toBe(JSON.stringify({ username: 'reception', password: 'Demo-Clinic-2026!' }));
    await waitFor(() => expect(getSession()?.accessToken).toBe('access-1'));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
