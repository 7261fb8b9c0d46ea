import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertCircle,
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
import { useCallback, useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../app/routing/access';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
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

export function UsersPage() {
  usePageTitle('Users');
  const session = useSession();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: User[]; total: number } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const result = await listUsers({ q: debouncedQuery || undefined, page, pageSize: PAGE_SIZE });
      setData({ items: result.items, total: result.total });
    } catch (cause) {
      setLoadError(errorMessage(cause, 'The list of users could not be loaded.'));
    }
  }, [debouncedQuery, page]);

  useEffect(() => {
    void load();
  }, [load]);

  // A new search starts at the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on query change only
  useEffect(() => {
    setPage(1);
  }, [debouncedQuery]);

  const replace = (updated: User) => {
    setData((current) =>
      current
        ? { ...current, items: current.items.map((u) => (u.id === updated.id ? updated : u)) }
        : current,
    );
  };

  const act = (
    user: User,
    request: Omit<ConfirmRequest, 'action'>,
    change: Parameters<typeof updateUser>[1],
    done: string,
  ) =>
    setConfirm({
      ...request,
      action: async () => {
        replace(await updateUser(user.id, change));
        setNotice(done);
      },
    });

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

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

      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}

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
          {data && (
            <Text size="sm" c="dimmed" pb={8}>
              {data.total} {data.total === 1 ? 'account' : 'accounts'}
            </Text>
          )}
        </div>

        {loadError && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            mt="md"
            icon={<IconAlertCircle aria-hidden="true" />}
          >
            {loadError}{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => void load()}>
              Try again
            </Button>
          </Alert>
        )}

        {!data && !loadError && (
          <Group justify="center" p="xl">
            <Loader size="sm" aria-hidden="true" />
            <Text role="status">Loading users…</Text>
          </Group>
        )}

        {data && (
          <div className={classes.tableWrap}>
            <Table mt="md" verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Roles</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Last sign-in</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed" ta="center" py="md">
                        No accounts match.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {data.items.map((user) => {
                  const self = user.id === session?.user.id;
                  return (
                    <Table.Tr key={user.id} data-username={user.username}>
                      <Table.Td>
                        <Text fw={500}>{user.fullName}</Text>
                        <Text size="sm" c="dimmed">
                          {user.username}
                          {self && ' (you)'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {user.roles.map((role) => (
                            <Badge key={role} variant="outline" color="gray" tt="none" maw="none">
                              {ROLE_LABELS[role]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadges user={user} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`Actions for ${user.username}`}
                            >
                              <IconDots size={18} aria-hidden="true" />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {!user.roles.includes('PATIENT') && (
                              <Menu.Item
                                leftSection={<IconUsersGroup size={16} aria-hidden="true" />}
                                onClick={() => setEditing(user)}
                              >
                                Edit roles
                              </Menu.Item>
                            )}
                            <Menu.Item
                              leftSection={<IconKey size={16} aria-hidden="true" />}
                              onClick={() => setResetting(user)}
                            >
                              Set temporary password
                            </Menu.Item>
                            {isLocked(user) && (
                              <Menu.Item
                                leftSection={<IconLockOpen size={16} aria-hidden="true" />}
                                onClick={() =>
                                  act(
                                    user,
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
                                    user,
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
                                    user,
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
                                    user,
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
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {pages > 1 && (
          <Group justify="flex-end" mt="md">
            <Pagination total={pages} value={page} onChange={setPage} getControlProps={paginationLabel} />
          </Group>
        )}
      </Paper>

      <MfaPolicyCard />

      <CreateUserDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setNotice(`${user.username} was created.`);
          void load();
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

/** Names the arrow buttons for screen readers. */
export function paginationLabel(control: 'first' | 'previous' | 'last' | 'next') {
  const labels = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };
  return { 'aria-label': labels[control] };
}
