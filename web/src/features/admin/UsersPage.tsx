import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconDots,
  IconKey,
  IconLockOpen,
  IconSearch,
  IconShieldOff,
  IconUserCheck,
  IconUserOff,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../app/routing/access';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
import { SuccessNotice } from '../../components/SuccessNotice';
import { usePagedList } from '../../components/use-paged-list';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import classes from './admin.module.css';
import { MfaPolicyCard } from './MfaPolicyCard';
import { CreateUserDialog, EditRolesDialog, ResetPasswordDialog } from './UserDialogs';
import { listUsers, type User, updateUser } from './users-api';

const PAGE_SIZE = 20;

function isLocked(user: User): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

function StatusBadges({ user }: { user: User }) {
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="green" variant="light">
          Active
        </Badge>
      ) : (
        <Badge color="gray" variant="filled">
          Deactivated
        </Badge>
      )}
      {isLocked(user) && (
        <Badge color="red" variant="light" title={`Locked until ${formatDateTime(user.lockedUntil)}`}>
          Locked
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="amber" variant="light">
          Temporary password
        </Badge>
      )}
      {user.mfaEnabled && (
        <Badge color="clinic" variant="light">
          2FA on
        </Badge>
      )}
    </Group>
  );
}

interface UserActionsProps {
  user: User;
  self: boolean;
  onEditRoles: () => void;
  onResetPassword: () => void;
  act: (
    request: Omit<ConfirmRequest, 'action'>,
    change: Parameters<typeof updateUser>[1],
    done: string,
  ) => void;
}

function UserActions({ user, self, onEditRoles, onResetPassword, act }: UserActionsProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.username}`}>
          <IconDots size={18} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {!user.roles.includes('PATIENT') && (
          <Menu.Item leftSection={<IconUsersGroup size={16} aria-hidden="true" />} onClick={onEditRoles}>
            Edit roles
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={onResetPassword}>
          Set temporary password
        </Menu.Item>
        {isLocked(user) && (
          <Menu.Item
            leftSection={<IconLockOpen size={16} aria-hidden="true" />}
            onClick={() =>
              act(
                {
                  title: 'Unlock account',
                  body: `Unlock ${user.fullName} (${user.username})? They can try signing in again at once.`,
                  confirmLabel: 'Unlock',
                },
                { unlock: true },
                `${user.username} is unlocked.`,
              )
            }
          >
            Unlock
          </Menu.Item>
        )}
        {user.mfaEnabled && (
          <Menu.Item
            leftSection={<IconShieldOff size={16} aria-hidden="true" />}
            onClick={() =>
              act(
                {
                  title: 'Reset two-factor authentication',
                  body: `Remove ${user.fullName}’s authenticator and recovery codes? They are signed out everywhere and must set it up again if their role requires it.`,
                  confirmLabel: 'Reset two-factor',
                  danger: true,
                },
                { resetMfa: true },
                `Two-factor authentication of ${user.username} was reset.`,
              )
            }
          >
            Reset two-factor
          </Menu.Item>
        )}
        <Menu.Divider />
        {user.active ? (
          <Menu.Item
            color="red.9"
            leftSection={<IconUserOff size={16} aria-hidden="true" />}
            disabled={self}
            onClick={() =>
              act(
                {
                  title: 'Deactivate account',
                  body: `Deactivate ${user.fullName} (${user.username})? They are signed out at once and cannot sign in until reactivated. Their records stay.`,
                  confirmLabel: 'Deactivate',
                  danger: true,
                },
                { active: false },
                `${user.username} is deactivated.`,
              )
            }
          >
            Deactivate
          </Menu.Item>
        ) : (
          <Menu.Item
            leftSection={<IconUserCheck size={16} aria-hidden="true" />}
            onClick={() =>
              act(
                {
                  title: 'Reactivate account',
                  body: `Reactivate ${user.fullName} (${user.username})? They can sign in again with their password.`,
                  confirmLabel: 'Reactivate',
                },
                { active: true },
                `${user.username} is active again.`,
              )
            }
          >
            Reactivate
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

export function UsersPage() {
  usePageTitle('Users');
  const session = useSession();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const list = usePagedList({
    queryKey: (page) => queryKeys.userList(debouncedQuery, page),
    fetchPage: (page, signal) =>
      listUsers({ q: debouncedQuery || undefined, page, pageSize: PAGE_SIZE }, signal),
    failureText: 'The list of users could not be loaded.',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const replace = (updated: User) =>
    list.update((current) => ({
      ...current,
      items: current.items.map((u) => (u.id === updated.id ? updated : u)),
    }));

  const actOn =
    (user: User): UserActionsProps['act'] =>
    (request, change, done) =>
      setConfirm({
        ...request,
        action: async () => {
          replace(await updateUser(user.id, change));
          setNotice(done);
        },
      });

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (user) => (
        <>
          <Text fw={500}>{user.fullName}</Text>
          <Text size="sm" c="dimmed">
            {user.username}
            {user.id === session?.user.id && ' (you)'}
          </Text>
        </>
      ),
    },
    {
      key: 'roles',
      header: 'Roles',
      cell: (user) => (
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role} variant="outline" color="gray" tt="none" maw="none">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'status', header: 'Status', cell: (user) => <StatusBadges user={user} /> },
    {
      key: 'lastLogin',
      header: 'Last sign-in',
      cell: (user) => <Text size="sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</Text>,
    },
    {
      key: 'actions',
      header: 'Actions',
      hideHeader: true,
      cell: (user) => (
        <UserActions
          user={user}
          self={user.id === session?.user.id}
          onEditRoles={() => setEditing(user)}
          onResetPassword={() => setResetting(user)}
          act={actOn(user)}
        />
      ),
    },
  ];

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Users</Title>
          <Text c="dimmed" mt={4}>
            Staff accounts and their roles. Accounts are deactivated, never deleted; every change is audited.
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
          New user
        </Button>
      </Group>

      <SuccessNotice notice={notice} onDismiss={() => setNotice(null)} />

      <Paper withBorder radius="md" p="md" component="section" aria-label="Staff accounts">
        <div className={classes.toolbar}>
          <TextInput
            label="Search"
            placeholder="Username or name"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={280}
          />
          {list.data && (
            <Text size="sm" c="dimmed" pb={8}>
              {list.data.total} {list.data.total === 1 ? 'account' : 'accounts'}
            </Text>
          )}
        </div>
        <PaginatedTable
          label="Staff accounts"
          columns={columns}
          data={list.data}
          page={list.page}
          pageSize={PAGE_SIZE}
          onPageChange={list.setPage}
          rowKey={(user) => user.id}
          rowProps={(user) => ({ 'data-username': user.username })}
          empty="No accounts match."
          loadingText="Loading users…"
          error={list.error}
          onRetry={() => void list.reload()}
          tableProps={{ mt: 'md', highlightOnHover: true }}
        />
      </Paper>

      <MfaPolicyCard />

      <CreateUserDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setNotice(`${user.username} was created.`);
          void list.reload();
        }}
      />
      <EditRolesDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          replace(user);
          setNotice(`Roles of ${user.username} were saved.`);
        }}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} onSaved={replace} />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
