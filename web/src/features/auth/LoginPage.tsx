import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/routing/paths';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/use-page-title';
import { login } from './auth-api';
import classes from './LoginPage.module.css';
import { startSession } from './session';

interface LoginValues {
  username: string;
  password: string;
}

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    // Only same-app paths: never bounce the user to another site after signing in.
    if (state.from.startsWith('/') && !state.from.startsWith('//')) return state.from;
  }
  return paths.home;
}

export function LoginPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<LoginValues>({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : 'Enter your username'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const handleSubmit = async (values: LoginValues) => {
    setError(null);
    setSubmitting(true);
    try {
      const session = await login({ username: values.username.trim(), password: values.password });
      startSession(session);
      navigate(returnPath(location.state), { replace: true });
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'Sign-in failed. Try again.');
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={classes.page}>
      <Paper className={classes.card} withBorder shadow="sm" radius="lg" p="xl">
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Use the staff account your clinic administrator gave you.
            </Text>
          </div>
          {error && (
            <Alert
              role="alert"
              color="red"
              variant="light"
              title="Sign-in failed"
              icon={<IconAlertCircle aria-hidden="true" />}
            >
              {error}
            </Alert>
          )}
          <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
            <Stack gap="md">
              <TextInput
                label="Username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" fullWidth loading={submitting} mt="xs">
                Sign in
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </div>
  );
}
