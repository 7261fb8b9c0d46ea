import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { passwordRuleProblems } from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, fieldErrors } from '../../lib/api';
import { changePassword } from './auth-api';
import { PasswordRules } from './PasswordRules';
import { type SessionUser, startSession } from './session';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface PasswordChangeFormProps {
  username: string;
  /** "Temporary password" on the forced page. */
  currentLabel?: string;
  submitLabel?: string;
  onChanged: (user: SessionUser) => void;
}

const RULES_ID = 'new-password-rules';

/**
 * Changing the password ends every other sign-in of the account; the server answers with a
 * fresh session for this tab, which replaces the old one.
 */
export function PasswordChangeForm({
  username,
  currentLabel = 'Current password',
  submitLabel = 'Change password',
  onChanged,
}: PasswordChangeFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : `Enter your ${currentLabel.toLowerCase()}`),
      newPassword: (v) =>
        passwordRuleProblems(v, username).length > 0
          ? 'The new password does not meet the rules below'
          : null,
      confirmPassword: (v, all) => (v === all.newPassword ? null : 'The two new passwords do not match'),
    },
  });

  const handleSubmit = async (values: Values) => {
    setError(null);
    setSubmitting(true);
    try {
      const session = await changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      startSession(session);
      form.reset();
      onChanged(session.user);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (fields.currentPassword)
        form.setFieldError('currentPassword', `This ${fields.currentPassword.join('; ')}`);
      if (fields.newPassword)
        form.setFieldError('newPassword', `The new password ${fields.newPassword.join('; ')}`);
      if (!fields.currentPassword && !fields.newPassword) {
        setError(cause instanceof ApiError ? cause.message : 'The password could not be changed. Try again.');
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {error && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
            {error}
          </Alert>
        )}
        <PasswordInput
          label={currentLabel}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          autoComplete="new-password"
          required
          aria-describedby={RULES_ID}
          {...form.getInputProps('newPassword')}
        />
        <PasswordRules id={RULES_ID} password={form.values.newPassword} username={username} />
        <PasswordInput
          label="Repeat the new password"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
