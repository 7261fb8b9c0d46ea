import { ActionIcon, Button, CopyButton, Group, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import classes from './admin.module.css';
import { generateTemporaryPassword } from './users-api';

interface TemporaryPasswordFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * Shown in clear on purpose: the administrator reads it to the person or writes it down, and the
 * account must replace it at first sign-in.
 */
export function TemporaryPasswordField({ value, onChange, error }: TemporaryPasswordFieldProps) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label="Temporary password"
        description="Hand it over in person. They must choose their own at first sign-in."
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        autoComplete="off"
        spellCheck={false}
        required
        flex={1}
        classNames={{ input: classes.monoInput }}
      />
      <Button
        variant="default"
        leftSection={<IconRefresh size={16} aria-hidden="true" />}
        onClick={() => onChange(generateTemporaryPassword())}
      >
        Generate
      </Button>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon
              variant="default"
              size={36}
              onClick={copy}
              disabled={!value}
              aria-label={copied ? 'Copied' : 'Copy the temporary password'}
            >
              {copied ? (
                <IconCheck size={16} aria-hidden="true" />
              ) : (
                <IconCopy size={16} aria-hidden="true" />
              )}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
