import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { ApiError, fieldErrors } from '../../lib/api';
import { RoleCheckboxes } from './RoleCheckboxes';
import { TemporaryPasswordField } from './TemporaryPasswordField';
import { createUser, generateTemporaryPassword, type User, updateUser } from './users-api';

function serverProblem(
  error: unknown,
  form: { setFieldError: (f: string, e: string) => void },
): string | null {
  const fields = fieldErrors(error);
  const labels: Record<string, string> = {
    username: 'The username',
    fullName: 'The name',
    roles: 'Roles',
    temporaryPassword: 'The password',
  };
  let shown = false;
  for (const [field, messages] of Object.entries(fields)) {
    const label = labels[field];
    if (!label) continue;
    form.setFieldError(field, `${label} ${messages.join('; ')}`);
    shown = true;
  }
  if (shown) return null;
  return error instanceof ApiError ? error.message : 'That did not work. Try again.';
}

interface NewUserValues {
  username: string;
  fullName: string;
  roles: Role[];
  temporaryPassword: string;
}

/** Creates a staff account; afterwards shows the temporary password once more to hand over. */
export function CreateUserDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  const form = useForm<NewUserValues>({
    mode: 'controlled',
    initialValues: { username: '', fullName: '', roles: [], temporaryPassword: generateTemporaryPassword() },
    validate: {
      username: (v) =>
        /^[a-z0-9][a-z0-9._-]{2,63}$/.test(v.trim().toLowerCase())
          ? null
          : '3–64 letters, digits, dots, dashes or underscores',
      fullName: (v) => (v.trim() ? null : 'Enter the person’s full name'),
      roles: (v) => (v.length > 0 ? null : 'Choose at least one role'),
      temporaryPassword: (v) => (v.length >= 12 ? null : 'At least 12 characters; use Generate'),
    },
  });

  const close = () => {
    form.setValues({ username: '', fullName: '', roles: [], temporaryPassword: generateTemporaryPassword() });
    form.clearErrors();
    setError(null);
    setCreated(null);
    onClose();
  };

  const submit = async (values: NewUserValues) => {
    setError(null);
    setBusy(true);
    try {
      const user = await createUser({
        username: values.username.trim().toLowerCase(),
        fullName: values.fullName.trim(),
        roles: values.roles,
        temporaryPassword: values.temporaryPassword,
      });
      setCreated({ user, password: values.temporaryPassword });
      onCreated(user);
    } catch (cause) {
      setError(serverProblem(cause, form));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened={opened} onClose={close} title="New staff account" size="lg">
      {created ? (
        <Stack gap="md">
          <Alert role="status" color="green" variant="light" title="Account created">
            <Text size="sm">
              <strong>{created.user.fullName}</strong> can now sign in as <Code>{created.user.username}</Code>{' '}
              with the temporary password below, and will be asked to choose their own straight away.
            </Text>
          </Alert>
          <Text size="sm">
            Temporary password: <Code data-testid="created-temporary-password">{created.password}</Code>
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="md">
            {error && (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
                {error}
              </Alert>
            )}
            <TextInput
              label="Username"
              description="Lower-case letters, digits, dots, dashes or underscores"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...form.getInputProps('username')}
            />
            <TextInput label="Full name" autoComplete="off" required {...form.getInputProps('fullName')} />
            <RoleCheckboxes
              value={form.values.roles}
              onChange={(roles) => form.setFieldValue('roles', roles)}
              error={form.errors.roles as string | undefined}
            />
            <TemporaryPasswordField
              value={form.values.temporaryPassword}
              onChange={(v) => form.setFieldValue('temporaryPassword', v)}
              error={form.errors.temporaryPassword as string | undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Create account
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

/** Changes a user's roles; takes effect on their next request. */
export function EditRolesDialog({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  return (
    <AppModal opened={user !== null} onClose={onClose} title={`Roles of ${user?.fullName ?? ''}`} size="lg">
      {user && <EditRolesForm key={user.id} user={user} onClose={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function EditRolesForm({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (u: User) => void;
}) {
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((r) => r !== 'PATIENT'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (roles.length === 0) {
      setError('Choose at least one role. To stop someone signing in, deactivate the account instead.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await updateUser(user.id, { roles }));
      onClose();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The roles could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        The change applies to {user.username}’s very next request; they need not sign in again.
      </Text>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}
      <RoleCheckboxes value={roles} onChange={setRoles} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={save} loading={busy}>
          Save roles
        </Button>
      </Group>
    </Stack>
  );
}

/** Replaces a forgotten password with a temporary one (their sign-ins end; they must change it). */
export function ResetPasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  return (
    <AppModal opened={user !== null} onClose={onClose} title="Set a temporary password" size="lg">
      {user && <ResetPasswordForm key={user.id} user={user} onClose={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function ResetPasswordForm({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (u: User) => void;
}) {
  const [password, setPassword] = useState(generateTemporaryPassword);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await updateUser(user.id, { temporaryPassword: password }));
      setDone(true);
    } catch (cause) {
      const fields = fieldErrors(cause);
      setError(
        fields.temporaryPassword
          ? `The password ${fields.temporaryPassword.join('; ')}`
          : cause instanceof ApiError
            ? cause.message
            : 'The password could not be set.',
      );
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Stack gap="md">
        <Alert role="status" color="green" variant="light" title="Temporary password set">
          {user.fullName} is signed out everywhere and must choose a new password at next sign-in.
        </Alert>
        <Text size="sm">
          Temporary password: <Code>{password}</Code>
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        {user.fullName} ({user.username}) will be signed out everywhere and must choose a new password at next
        sign-in.
      </Text>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}
      <TemporaryPasswordField value={password} onChange={setPassword} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red.9" onClick={save} loading={busy}>
          Set temporary password
        </Button>
      </Group>
    </Stack>
  );
}
