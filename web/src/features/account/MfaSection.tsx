import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Image,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCopy, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, fieldErrors } from '../../lib/api';
import { disableMfa, fetchMe, type MfaSetup, setupMfa, verifyMfa } from '../auth/auth-api';
import { updateUser, useSession } from '../auth/session';
import classes from './MfaSection.module.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'setup'; setup: MfaSetup }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'disable' };

function problemText(error: unknown): string {
  const fields = fieldErrors(error);
  if (fields.code) return `The code ${fields.code.join('; ')}. Check the time on your phone and try again.`;
  if (fields.password) return `The password ${fields.password.join('; ')}.`;
  return error instanceof ApiError ? error.message : 'That did not work. Try again.';
}

async function reloadMe(): Promise<void> {
  try {
    updateUser(await fetchMe());
  } catch {
    // The page still works; the next sign-in shows the new state.
  }
}

/** TOTP enrolment: QR code and secret, a first code to prove it, ten recovery codes shown once. */
export function MfaSection() {
  const session = useSession();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  if (!session) return null;
  const enabled = session.user.mfaEnabled;

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (cause) {
      setError(problemText(cause));
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      setCode('');
      setStep({ kind: 'setup', setup: await setupMfa() });
    });

  const verify = () =>
    run(async () => {
      const { recoveryCodes } = await verifyMfa(code.replace(/\s+/g, ''));
      setStep({ kind: 'codes', codes: recoveryCodes });
      setCode('');
      await reloadMe();
    });

  const finish = () => setStep({ kind: 'idle' });

  const turnOff = () =>
    run(async () => {
      await disableMfa({ password, code: code.replace(/\s+/g, '') });
      setPassword('');
      setCode('');
      setStep({ kind: 'idle' });
      await reloadMe();
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mfa-heading">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h4" id="mfa-heading">
          Two-factor authentication
        </Title>
        <Badge color={enabled ? 'green' : 'gray'} variant="light">
          {enabled ? 'On' : 'Off'}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        A code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator
        or FreeOTP) is asked for at every sign-in, so a stolen password alone is not enough.
      </Text>

      {error && (
        <Alert role="alert" color="red" variant="light" mb="md" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}

      {step.kind === 'idle' && !enabled && (
        <Button onClick={start} loading={busy}>
          Set up two-factor authentication
        </Button>
      )}

      {step.kind === 'idle' && enabled && (
        <Button variant="default" onClick={() => setStep({ kind: 'disable' })}>
          Turn off two-factor authentication
        </Button>
      )}

      {step.kind === 'setup' && (
        <Stack gap="md">
          <List type="ordered" size="sm" spacing={4}>
            <List.Item>Open your authenticator app and add an account.</List.Item>
            <List.Item>Scan this QR code, or type the key below into the app.</List.Item>
            <List.Item>Enter the 6-digit code the app shows.</List.Item>
          </List>
          <Image
            src={step.setup.qrCodeDataUrl}
            alt="QR code for adding Modern EMR to your authenticator app"
            w={200}
            h={200}
            className={classes.qr}
          />
          <div>
            <Text size="sm" fw={500}>
              Key for typing in by hand
            </Text>
            <Group gap="xs" wrap="nowrap">
              <code className={classes.secret} data-testid="mfa-secret">
                {step.setup.secret}
              </code>
              <CopyButton value={step.setup.secret}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={copy}
                    leftSection={<IconCopy size={14} aria-hidden="true" />}
                  >
                    {copied ? 'Copied' : 'Copy key'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </div>
          <TextInput
            label="Code from the app"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            w={220}
          />
          <Group>
            <Button onClick={verify} loading={busy} disabled={code.replace(/\s+/g, '').length !== 6}>
              Verify and turn on
            </Button>
            <Button variant="subtle" color="gray" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}

      {step.kind === 'codes' && (
        <Stack gap="md">
          <Alert role="status" color="green" variant="light" title="Two-factor authentication is on">
            These ten recovery codes let you sign in if you lose your phone. Each works once. Copy or print
            them now and keep them somewhere safe: <strong>they will not be shown again</strong>.
          </Alert>
          <ol className={classes.codes} aria-label="Recovery codes">
            {step.codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
          <Group className={classes.noPrint}>
            <CopyButton value={step.codes.join('\n')}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={<IconCopy size={16} aria-hidden="true" />}
                >
                  {copied ? 'Copied' : 'Copy codes'}
                </Button>
              )}
            </CopyButton>
            <Button
              variant="default"
              onClick={() => window.print()}
              leftSection={<IconPrinter size={16} aria-hidden="true" />}
            >
              Print
            </Button>
            <Button onClick={finish}>I have saved my codes</Button>
          </Group>
        </Stack>
      )}

      {step.kind === 'disable' && (
        <Stack gap="md" maw={360}>
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <TextInput
            label="Code from the app"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Group>
            <Button color="red.9" onClick={turnOff} loading={busy} disabled={!password || !code}>
              Turn off
            </Button>
            <Button variant="subtle" color="gray" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
