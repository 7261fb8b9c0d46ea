import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconClockPause, IconInfoCircle, IconShieldLock } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { destinationAfterSignIn } from '../../app/routing/access';
import { safeNext } from '../../app/routing/paths';
import { ApiError, describeWait } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { type LoginRequest, login } from './auth-api';
import classes from './LoginPage.module.css';
import { startSession, useSessionState } from './session';

interface LoginValues {
  username: string;
  password: string;
  code: string;
}

type LoginErrors = Partial<Record<keyof LoginValues, string>>;

const EMPTY: LoginValues = { username: '', password: '', code: '' };

/** The messages for what is missing, in the order the fields appear (first one gets the focus). */
function validate(values: LoginValues, mfaStep: boolean): LoginErrors {
  const errors: LoginErrors = {};
  if (mfaStep) {
    if (!values.code.trim()) errors.code = 'Enter the code from your authenticator app or a recovery code';
  } else {
    if (!values.username.trim()) errors.username = 'Enter your username';
    if (!values.password) errors.password = 'Enter your password';
  }
  return errors;
}

interface Problem {
  title: string;
  body: ReactNode;
  tone: 'error' | 'wait';
}

/** A wall-clock time for "locked until", on the clinic's clock. */
function clockTime(secondsFromNow: number): string {
  return formatTime(new Date(Date.now() + secondsFromNow * 1000));
}

function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { title: 'Sign-in failed', body: 'Try again.', tone: 'error' };
  const wait = error.retryAfterSeconds;
  switch (error.code) {
    case 'ACCOUNT_LOCKED':
      return {
        title: 'Account locked',
        tone: 'wait',
        body: (
          <>
            Too many failed sign-ins, so this account is locked
            {wait ? (
              <>
                {' '}
                for <strong>{describeWait(wait)}</strong> (until about {clockTime(wait)})
              </>
            ) : (
              ' for now'
            )}
            . Try again then, or ask your clinic administrator to unlock it.
          </>
        ),
      };
    case 'RATE_LIMITED':
      return {
        title: 'Too many attempts',
        tone: 'wait',
        body: (
          <>
            Too many sign-in attempts from this computer. Wait
            {wait ? <strong> {describeWait(wait)}</strong> : ' a moment'} and try again.
          </>
        ),
      };
    default:
      return { title: 'Sign-in failed', body: error.message, tone: 'error' };
  }
}

/** A 6-digit code from the app, or a recovery code like abcde-fghij. */
function codeField(code: string): Pick<LoginRequest, 'totp' | 'recoveryCode'> {
  const trimmed = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(trimmed) ? { totp: trimmed } : { recoveryCode: trimmed };
}

export function LoginPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSessionState();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mfaStep, setMfaStep] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [signedOutNotice] = useState(() => (session.status === 'signed-out' ? session.reason : undefined));
  // Plain controlled inputs: @mantine/form would add ~20 kB to the sign-in page's JavaScript
  // (spec: WEB-BUNDLE-1) for three fields.
  const [values, setValues] = useState<LoginValues>(EMPTY);
  const [errors, setErrors] = useState<LoginErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  /** Value, change handler (which clears the field's message, as the user fixes it) and message. */
  const field = (name: keyof LoginValues) => ({
    name,
    value: values[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
      setErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
    },
    error: errors[name],
  });

  if (session.status === 'signed-in' && !submitting) {
    return <Navigate to={destinationAfterSignIn(session.user, next)} replace />;
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = validate(values, mfaStep);
    setErrors(missing);
    const firstMissing = (Object.keys(missing) as (keyof LoginValues)[])[0];
    if (firstMissing) {
      formRef.current?.querySelector<HTMLInputElement>(`input[name="${firstMissing}"]`)?.focus();
      return;
    }
    setProblem(null);
    setSubmitting(true);
    try {
      const response = await login({
        username: values.username.trim(),
        password: values.password,
        ...(mfaStep ? codeField(values.code) : {}),
      });
      startSession(response);
      navigate(destinationAfterSignIn(response.user, next), { replace: true });
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'MFA_REQUIRED') {
        // First answer: the password was right, a code is needed. Later ones: the code was wrong.
        if (mfaStep) setProblem({ title: 'Code not accepted', body: cause.message, tone: 'error' });
        setMfaStep(true);
        setValues((current) => ({ ...current, code: '' }));
      } else {
        setProblem(problemOf(cause));
        setMfaStep(false);
        setValues((current) => ({ ...current, password: '', code: '' }));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const startOver = () => {
    setMfaStep(false);
    setProblem(null);
    setErrors({});
    setValues((current) => ({ ...current, password: '', code: '' }));
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
          {signedOutNotice === 'expired' && !problem && (
            <Alert role="status" color="clinic" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
              Your session has ended. Sign in again to continue where you were.
            </Alert>
          )}
          {problem && (
            <Alert
              role="alert"
              color={problem.tone === 'wait' ? 'amber' : 'red'}
              variant="light"
              title={problem.title}
              icon={
                problem.tone === 'wait' ? (
                  <IconClockPause aria-hidden="true" />
                ) : (
                  <IconAlertCircle aria-hidden="true" />
                )
              }
            >
              {problem.body}
            </Alert>
          )}
          <form ref={formRef} onSubmit={handleSubmit} noValidate>
            <Stack gap="md">
              {mfaStep ? (
                <>
                  <Alert
                    role="note"
                    color="clinic"
                    variant="light"
                    title="Two-factor authentication"
                    icon={<IconShieldLock aria-hidden="true" />}
                  >
                    Open your authenticator app and enter the 6-digit code for Modern EMR. Lost your phone?
                    Use one of your recovery codes instead.
                  </Alert>
                  <TextInput
                    label="Authentication code"
                    description="6-digit code, or a recovery code like abcde-fghij"
                    autoComplete="one-time-code"
                    autoCapitalize="none"
                    spellCheck={false}
                    required
                    autoFocus
                    {...field('code')}
                  />
                  <Button type="submit" fullWidth loading={submitting} mt="xs">
                    Verify and sign in
                  </Button>
                  <Anchor component="button" type="button" size="sm" onClick={startOver}>
                    Use a different account
                  </Anchor>
                </>
              ) : (
                <>
                  <TextInput
                    label="Username"
                    autoComplete="username"
                    autoCapitalize="none"
                    spellCheck={false}
                    required
                    {...field('username')}
                  />
                  <PasswordInput
                    label="Password"
                    autoComplete="current-password"
                    required
                    {...field('password')}
                  />
                  <Button type="submit" fullWidth loading={submitting} mt="xs">
                    Sign in
                  </Button>
                </>
              )}
            </Stack>
          </form>
        </Stack>
      </Paper>
    </div>
  );
}
