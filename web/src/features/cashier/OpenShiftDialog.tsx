import { Button, Stack } from '@mantine/core';
import type { Shift } from '@modern-emr/domain';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput } from '../../components/MoneyInput';
import { errorMessage } from '../../lib/api';
import { openShift } from './till-api';

export function OpenShiftDialog({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (s: Shift) => void;
}) {
  const [float, setFloat] = useState<number | null>(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || float === null || problem) return;
    setBusy(true);
    setError(null);
    try {
      onOpened(await openShift(float));
      onClose();
    } catch (cause) {
      setError(errorMessage(cause, 'The shift could not be opened.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title="Open till shift">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <MoneyInput
            label="Opening float"
            description="The cash in the drawer before the first payment."
            required
            allowZero
            value={float}
            onChange={(minor, why) => {
              setFloat(minor);
              setProblem(why);
            }}
            data-autofocus
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={float === null || problem !== null}>
              Open shift
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
