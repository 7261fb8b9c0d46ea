import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeApi, refuse } from '../../test/fake-api';
import { renderWithProviders } from '../../test/render';
import { signInAs } from '../../test/session-fixtures';
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

const api = fakeApi();
const calls = () => api.requests;

beforeEach(() => {
  signInAs(['ADMIN']);
  api
    .on('GET /api/v1/users', { items: [nurse], total: 1, page: 1, pageSize: 20 })
    .on('GET /api/v1/mfa-policy', { requiredRoles: ['ADMIN'] });
});

afterEach(() => {
  endSession();
});

function renderPage(element: ReactElement) {
  renderWithProviders(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('UsersPage', () => {
  test('lists accounts with their state, and each action asks for confirmation first', async () => {
    api.on('PATCH /api/v1/users/:id', { ...nurse, lockedUntil: null });
    renderPage(<UsersPage />);

    const row = (await screen.findByText('Ngozi Nwosu')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Locked')).toBeTruthy();
    expect(within(row).getByText('2FA on')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Actions for nurse' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Unlock' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock account' });
    expect(calls().some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(calls().find((c) => c.method === 'PATCH')?.body).toEqual({ unlock: true }));
    expect(await screen.findByText('nurse is unlocked.')).toBeTruthy();
    await waitFor(() => expect(within(row).queryByText('Locked')).toBeNull());
  });

  test('a refusal from the server is shown in the dialog, which stays open', async () => {
    api.on('PATCH /api/v1/users/:id', refuse(409, 'CONFLICT', 'This is the last active administrator'));
    renderPage(<UsersPage />);

    const row = (await screen.findByText('Ngozi Nwosu')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Actions for nurse' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate account' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'This is the last active administrator',
    );
    expect(calls().find((c) => c.method === 'PATCH')?.body).toEqual({ active: false });
  });

  test('a new account gets a generated temporary password; the server’s field errors land on the fields', async () => {
    api.on(
      'POST /api/v1/users',
      refuse(400, 'VALIDATION_FAILED', 'The request is invalid', [
        { path: 'body.temporaryPassword', message: 'is a commonly used password' },
      ]),
    );
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
    expect(calls().find((c) => c.method === 'POST')?.body).toEqual({
      username: 'chioma.e',
      fullName: 'Chioma Eze',
      roles: ['NURSE'],
      temporaryPassword: password.value,
    });
  });
});

describe('AuditLogPage', () => {
  test('filters go to the server as query parameters; "Verify chain" names the first bad entry', async () => {
    api
      .on('GET /api/v1/audit-logs/verify', { ok: false, checked: 120, firstBadId: 57 })
      .on('GET /api/v1/audit-logs', {
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
      expect(calls().map((c) => c.url)).toContain(
        `/api/v1/audit-logs?action=auth.lockout&actorId=${nurse.id}&page=1&pageSize=25`,
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    const alert = await screen.findByText(/Entry #57 does not match the chain/);
    expect(alert.textContent).toContain('120 entries checked');
  });
});
