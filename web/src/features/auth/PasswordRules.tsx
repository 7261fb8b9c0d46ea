import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordRuleProblems } from '@modern-emr/domain';
import { IconCheck, IconPoint } from '@tabler/icons-react';

/** The rules the domain package checks, in words a person reads while typing. */
const RULES: readonly { label: string; message: string }[] = [
  { label: `At least ${PASSWORD_MIN_LENGTH} characters`, message: PASSWORD_MESSAGES.tooShort },
  { label: 'An upper-case letter', message: PASSWORD_MESSAGES.needsUpper },
  { label: 'A lower-case letter', message: PASSWORD_MESSAGES.needsLower },
  { label: 'A digit', message: PASSWORD_MESSAGES.needsDigit },
  { label: 'A symbol, such as ! or #', message: PASSWORD_MESSAGES.needsSymbol },
  { label: 'Does not contain your username', message: PASSWORD_MESSAGES.containsUsername },
];

export function PasswordRules({
  password,
  username,
  id,
}: {
  password: string;
  username?: string;
  id?: string;
}) {
  const problems = new Set(passwordRuleProblems(password, username));
  return (
    <div id={id}>
      <Text size="sm" fw={500} mb={4}>
        The new password needs
      </Text>
      <List spacing={2} size="sm" center aria-live="polite">
        {RULES.map((rule) => {
          const met = password.length > 0 && !problems.has(rule.message);
          return (
            <List.Item
              key={rule.message}
              data-met={met || undefined}
              icon={
                <ThemeIcon
                  size={18}
                  radius="xl"
                  variant={met ? 'filled' : 'light'}
                  color={met ? 'green.8' : 'gray'}
                >
                  {met ? (
                    <IconCheck size={12} aria-hidden="true" />
                  ) : (
                    <IconPoint size={12} aria-hidden="true" />
                  )}
                </ThemeIcon>
              }
            >
              <Text span size="sm" c={met ? undefined : 'dimmed'}>
                {rule.label}
                <VisuallyHidden>{met ? ' (done)' : ' (not yet)'}</VisuallyHidden>
              </Text>
            </List.Item>
          );
        })}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        The server also refuses common or easily guessed passwords.
      </Text>
    </div>
  );
}
