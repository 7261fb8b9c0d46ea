import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../app/routing/access';
import { usePageTitle } from '../../lib/use-page-title';
import { PasswordChangeForm } from '../auth/PasswordChangeForm';
import { useSession } from '../auth/session';
import { MfaSection } from './MfaSection';

export function AccountPage() {
  usePageTitle('My account');
  const session = useSession();
  const [passwordChanged, setPasswordChanged] = useState(false);
  if (!session) return null;
  const { user } = session;

  return (
    <Stack gap="xl" maw={720}>
      <div>
        <Title order={1}>My account</Title>
        <Text c="dimmed" mt={4}>
          {user.fullName} · <code>{user.username}</code>
        </Text>
        <Group gap={6} mt="xs">
          {user.roles.map((role) => (
            <Badge key={role} variant="light">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
        </Group>
      </div>

      {user.mfaEnrolmentRequired && (
        <Alert
          role="alert"
          color="amber"
          variant="light"
          title="Two-factor authentication is required"
          icon={<IconShieldLock aria-hidden="true" />}
        >
          Your clinic requires two-factor authentication for your role. Set it up below; the rest of Modern
          EMR opens once it is on.
        </Alert>
      )}

      <MfaSection />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="password-heading">
        <Title order={2} size="h4" id="password-heading" mb={4}>
          Password
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Changing your password signs you out everywhere else.
        </Text>
        {passwordChanged && (
          <Alert role="status" color="green" variant="light" mb="md">
            Your password has been changed. Other devices have been signed out.
          </Alert>
        )}
        <PasswordChangeForm username={user.username} onChanged={() => setPasswordChanged(true)} />
      </Paper>
    </Stack>
  );
}
