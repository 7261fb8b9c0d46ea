import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { jsonResponse, signInAs } from '../../test/session-fixtures';
import { endSession } from '../auth/session';
import { AuditLogPage } from './AuditLogPage';
import { UsersPage } from './UsersPage';
import type { User } from './users-api';

const nurse: User = {
  id: '00000000-0000-4000-8000-0000000000a1',
  username: 'nurse',
  fullName: 'Ngozi Nwosu',
  roles: ['NURSE'],
  active: true,
  mustChangePassword: false,
  mfaEnabled: true,
  lockedUntil: new Date(Date.now() + 20 * 60_000).toISOString(),
  lastLoginAt: null,
  createdAt: '2026-11-01T08:00:00.000Z',
};

type Handler = (url: string, init: RequestInit | undefined) => Response | undefined;
let handler: Handler;
const calls: { url: string; method: string; body: unknown }[] = [];

beforeEach(() => {
  calls.length = 0;
  signInAs(['ADMIN']);
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({
      url,
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = handler(url, init);
    if (answer) return answer;
    if (url.startsWith('/api/v1/users'))
      return jsonResponse(200, { items: [nurse], total: 1, page: 1, pageSize: 20 });
    if (url === '/api/v1/mfa-policy') return jsonResponse(200, { requiredRoles: ['ADMIN'] });
    return jsonResponse(404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  endSession();
});

function renderPage(element: ReactElement) {
  renderWithProviders(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('UsersPage', () => {
  test('lists accounts with their state, and each action asks for confirmation first', async () => {
    handler = (_url, init) =>
      init?.method === 'PATCH' ? jsonResponse(200, { ...nurse, lockedUntil: null }) : undefined;
    renderPage(<UsersPage />);

    const row = (await screen.findByText('Ngozi Nwosu')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Locked')).toBeTruthy();
    expect(within(row).getByText('2FA on')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Actions for nurse' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Unlock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock account' });
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ unlock: true }));
    expect(await screen.findByText('nurse is unlocked.')).toBeTruthy();
    await waitFor(() => expect(within(row).queryByText('Locked')).toBeNull());
  });

  test('a refusal from the server is shown in the dialog, which stays open', async () => {
    handler = (_url, init) =>
      init?.method === 'PATCH'
        ? jsonResponse(409, { error: { code: 'CONFLICT', message: 'This is the last active administrator' } })
        : undefined;
    renderPage(<UsersPage />);

    const row = (await screen.findByText('Ngozi Nwosu')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Actions for nurse' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate account' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'This is the last active administrator',
    );
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ active: false });
  });

  test('a new account gets a generated temporary password; the server’s field errors land on the fields', async () => {
    handler = (url, init) =>
      url === '/api/v1/users' && init?.method === 'POST'
        ? jsonResponse(400, {
            error: {
              code: 'VALIDATION_FAILED',
              message: 'The request is invalid',
              details: [{ path: 'body.temporaryPassword', message: 'is a commonly used password' }],
            },
          })
        : undefined;
    renderPage(<UsersPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New staff account' });
    const password = within(dialog).getByRole('textbox', { name: /temporary password/i }) as HTMLInputElement;
    expect(password.value).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z\d]).{16}$/);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /username/i }), {
      target: { value: 'Chioma.E' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /full name/i }), {
      target: { value: 'Chioma Eze' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Nurse' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create account' }));

    expect(await within(dialog).findByText('The password is a commonly used password')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'chioma.e',
      fullName: 'Chioma Eze',
      roles: ['NURSE'],
      temporaryPassword: password.value,
    });
  });
});

describe('AuditLogPage', () => {
  test('filters go to the server as query parameters; "Verify chain" names the first bad entry', async () => {
    handler = (url) => {
      if (url === '/api/v1/audit-logs/verify')
        return jsonResponse(200, { ok: false, checked: 120, firstBadId: 57 });
      if (url.startsWith('/api/v1/audit-logs')) {
        return jsonResponse(200, {
          items: [
            {
              id: 3,
              createdAt: '2026-11-23T10:00:00.000Z',
              actorId: nurse.id,
              actorRoles: ['NURSE'],
              action: 'auth.login',
              entityType: 'user',
              entityId: nurse.id,
              patientId: null,
              visitId: null,
              outcome: 'SUCCESS',
              ip: '10.0.0.7',
              userAgent: null,
              requestId: null,
              metadata: { mfa: 'TOTP' },
              hash: 'abc',
            },
          ],
          total: 1,
          page: 1,
          pageSize: 25,
        });
      }
      return undefined;
    };
    renderPage(<AuditLogPage />);

    expect(await screen.findByText('auth.login')).toBeTruthy();
    expect(await screen.findAllByText('nurse')).not.toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: 'Action' }), { target: { value: 'auth.lockout' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Actor ID' }), { target: { value: 'not-an-id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/The actor ID is an ID like/)).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Actor ID' }), { target: { value: nurse.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain(
        `/api/v1/audit-logs?action=auth.lockout&actorId=${nurse.id}&page=1&pageSize=25`,
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    const alert = await screen.findByText(/Entry #57 does not match the chain/);
    expect(alert.textContent).toContain('120 entries checked');
  });
});
