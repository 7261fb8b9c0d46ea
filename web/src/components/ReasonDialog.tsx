import { Button, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage } from '../lib/api';
import { AppModal } from './AppModal';
import { DialogFooter } from './DialogFooter';

export interface ReasonRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Where the reason is kept, under the field: people write differently for a bill than for a chart. */
  reasonHint: string;
  /** Runs with the trimmed reason; a thrown error is shown and the dialog stays open. */
  action: (reason: string) => Promise<void>;
}

// The server's rule for every reason (domain reasonSchema): 3–500 characters.
const MIN = 3;
const MAX = 500;

/** A deliberate step that needs a written reason: waive, void, reject cover, defer a balance, archive. */
export function ReasonDialog({ request, onClose }: { request: ReasonRequest; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const trimmed = reason.trim();
  const problem = trimmed.length < MIN ? `Write at least ${MIN} characters.` : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (busy || problem) return;
    setBusy(true);
    setError(null);
    try {
      await request.action(trimmed);
      onClose();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={request.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {typeof request.body === 'string' ? <Text size="sm">{request.body}</Text> : request.body}
          <Textarea
            label="Reason"
            description={request.reasonHint}
            required
            rows={3}
            maxLength={MAX}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={touched ? problem : null}
            data-autofocus
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} color={request.danger ? 'red.9' : undefined}>
              {request.confirmLabel}
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
