import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, test } from 'vitest';
import { type Answering, fakeApi, refuse } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { makeUser } from '../../test/session-fixtures';
import { LoginPage } from './LoginPage';
import { endSession, getSession } from './session';

function renderLogin(entry = '/login') {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/reception', element: <p>Reception page</p> },
      { path: '/admin/users', element: <p>Users page</p> },
      { path: '/change-password', element: <p>Change password page</p> },
    ],
    { initialEntries: [entry] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return router;
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

const api = fakeApi();
const logins = () => api.requests.filter((r) => r.path === '/api/v1/auth/login');

/** The server's answers to the sign-ins of this test, in order. */
function respondWith(...answers: Answering<'POST /api/v1/auth/login'>[]) {
  api.on('POST /api/v1/auth/login', (request) => {
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    return typeof next === 'function' ? next(request) : next;
  });
}

const sessionFor = (roles: Parameters<typeof makeUser>[0], overrides = {}) => ({
  accessToken: 'access-1',
  accessTokenExpiresIn: 900,
  user: makeUser(roles, overrides),
});

afterEach(() => {
  endSession();
});

describe('LoginPage', () => {
  test('shows the server’s message when the credentials are refused', async () => {
    respondWith(refuse(401, 'INVALID_CREDENTIALS', 'Wrong username or password'));
    renderLogin();

    fillAndSubmit('reception', 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Wrong username or password');
    expect((screen.getByLabelText(/password/i, { selector: 'input' }) as HTMLInputElement).value).toBe('');
    expect(document.title).toBe('Sign in · Modern EMR');
  });

  test('asks for missing fields without calling the server', async () => {
    respondWith();
    renderLogin();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(api.requests).toHaveLength(0);
  });

  test('signs in with the refresh token in a cookie, keeps the access token in memory, opens the role’s home', async () => {
    respondWith(sessionFor(['RECEPTIONIST']));
    renderLogin();

    fillAndSubmit(' reception ', 'Demo-Clinic-2026!');

    expect(await screen.findByText('Reception page')).toBeTruthy();
    expect(api.requests[0]?.url).toBe('/api/v1/auth/login');
    expect(api.requests[0]?.body).toEqual({
      username: 'reception',
      password: 'Demo-Clinic-2026!',
      useCookie: true,
    });
    await waitFor(() => expect(getSession()?.accessToken).toBe('access-1'));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  test('on MFA_REQUIRED asks for the authenticator code and sends it with the password', async () => {
    respondWith(
      refuse(401, 'MFA_REQUIRED', 'Enter the code from your authenticator app'),
      sessionFor(['ADMIN']),
    );
    renderLogin('/login?next=%2Fadmin%2Fusers');

    fillAndSubmit('admin', 'Demo-Clinic-2026!');

    const codeField = await screen.findByLabelText(/authentication code/i, { selector: 'input' });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(codeField, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    expect(await screen.findByText('Users page')).toBeTruthy();
    expect(logins()[1]?.body).toEqual({
      username: 'admin',
      password: 'Demo-Clinic-2026!',
      totp: '123456',
      useCookie: true,
    });
  });

  test('a recovery code goes in its own field; a refused code says so and keeps the step', async () => {
    respondWith(
      refuse(401, 'MFA_REQUIRED', 'Enter the code'),
      refuse(401, 'MFA_REQUIRED', 'That code is not valid'),
    );
    renderLogin();
    fillAndSubmit('admin', 'Demo-Clinic-2026!');
    fireEvent.change(await screen.findByLabelText(/authentication code/i, { selector: 'input' }), {
      target: { value: 'abcde-fghij' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    expect((await screen.findByRole('alert')).textContent).toContain('That code is not valid');
    expect(screen.getByLabelText(/authentication code/i, { selector: 'input' })).toBeTruthy();
    expect(logins()[1]?.body).toMatchObject({
      recoveryCode: 'abcde-fghij',
    });
  });

  test('a locked account is told so, with how long until it unlocks', async () => {
    respondWith(
      refuse(
        423,
        'ACCOUNT_LOCKED',
        'Too many failed sign-ins; the account is locked for now',
        { retryAfterSeconds: 1800 },
        { 'retry-after': '1800' },
      ),
    );
    renderLogin();
    fillAndSubmit('nurse', 'wrong-again');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Account locked');
    expect(alert.textContent).toContain('30 minutes');
    expect(alert.textContent).toContain('ask your clinic administrator to unlock it');
  });

  test('a rate-limited sign-in says how long to wait', async () => {
    respondWith(refuse(429, 'RATE_LIMITED', 'Too many attempts', undefined, { 'retry-after': '42' }));
    renderLogin();
    fillAndSubmit('nurse', 'whatever-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many sign-in attempts from this computer');
    expect(alert.textContent).toContain('42 seconds');
  });

  test('an account with a temporary password goes to the password page first', async () => {
    respondWith(sessionFor(['NURSE'], { mustChangePassword: true }));
    renderLogin('/login?next=%2Fnurse');
    fillAndSubmit('newnurse', 'Temp-Password-123!');
    expect(await screen.findByText('Change password page')).toBeTruthy();
  });

  test('`next` never leaves the app', async () => {
    respondWith(sessionFor(['RECEPTIONIST']));
    const router = renderLogin('/login?next=%2F%2Fevil.example%2Fphish');
    fillAndSubmit('reception', 'Demo-Clinic-2026!');
    expect(await screen.findByText('Reception page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/reception');
  });
});
