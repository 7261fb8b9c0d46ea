import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../lib/api';
import { AppModal } from './AppModal';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Runs on confirm; a thrown error is shown in the dialog, which stays open. */
  action: () => Promise<void>;
}

/** One confirmation step before an action, showing the server's refusal if there is one. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      await request.action();
      close();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened={request !== null} onClose={close} title={request?.title}>
      <Stack gap="md">
        {typeof request?.body === 'string' ? <Text size="sm">{request.body}</Text> : request?.body}
        {error && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color={request?.danger ? 'red.9' : undefined} onClick={confirm} loading={busy}>
            {request?.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
