import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { destinationAfterSignIn } from '../../app/routing/access';
import { safeNext } from '../../app/routing/paths';
import { usePageTitle } from '../../lib/use-page-title';
import classes from './LoginPage.module.css';
import { PasswordChangeForm } from './PasswordChangeForm';
import { signOut, useSession } from './session';

/** Where an account with a temporary password is held until it picks its own. */
export function ChangePasswordPage() {
  usePageTitle('Choose a new password');
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  if (!session) return null;
  const forced = session.user.mustChangePassword;

  return (
    <div className={classes.page}>
      <Paper className={classes.card} withBorder shadow="sm" radius="lg" p="xl">
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              Choose a new password
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Signed in as <strong>{session.user.username}</strong>
            </Text>
          </div>
          {forced && (
            <Alert role="note" color="clinic" variant="light" icon={<IconKey aria-hidden="true" />}>
              Your account has a temporary password from your administrator. Choose your own before you
              continue; nobody else should know it.
            </Alert>
          )}
          <PasswordChangeForm
            username={session.user.username}
            currentLabel={forced ? 'Temporary password' : 'Current password'}
            submitLabel="Save new password"
            onChanged={(user) =>
              navigate(destinationAfterSignIn(user, safeNext(params.get('next'))), { replace: true })
            }
          />
          <Button
            variant="subtle"
            color="gray"
            onClick={() => void signOut()}
            style={{ alignSelf: 'flex-start' }}
          >
            Sign out instead
          </Button>
        </Stack>
      </Paper>
    </div>
  );
}
