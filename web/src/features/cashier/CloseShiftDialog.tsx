import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type Shift, TILL_METHODS, type TillMethod } from '@modern-emr/domain';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput } from '../../components/MoneyInput';
import { errorMessage } from '../../lib/api';
import { METHOD_LABELS } from './labels';
import { ShiftCountTable } from './ShiftCountTable';
import { closeShift } from './till-api';

type Counts = Record<TillMethod, { minor: number | null; problem: string | null }>;

const EMPTY: Counts = {
  CASH: { minor: null, problem: null },
  POS: { minor: null, problem: null },
  TRANSFER: { minor: null, problem: null },
};

const HINTS: Record<TillMethod, string> = {
  CASH: 'Everything in the drawer, float included.',
  POS: 'The total on the POS terminal’s end-of-shift slip.',
  TRANSFER: 'Transfers confirmed in the clinic’s account.',
};

/** Counting the till; the answer shows what the system expected for each method against the count. */
export function CloseShiftDialog({
  onClose,
  onClosed,
}: {
  onClose: () => void;
  onClosed: (s: Shift) => void;
}) {
  const [counts, setCounts] = useState<Counts>(EMPTY);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState<Shift | null>(null);

  const ready = TILL_METHODS.every((m) => counts[m].minor !== null && counts[m].problem === null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready) return;
    setBusy(true);
    setError(null);
    try {
      const counted = {
        CASH: counts.CASH.minor ?? 0,
        POS: counts.POS.minor ?? 0,
        TRANSFER: counts.TRANSFER.minor ?? 0,
      };
      const result = await closeShift(counted, note.trim() || undefined);
      setClosed(result);
      onClosed(result);
    } catch (cause) {
      setError(errorMessage(cause, 'The shift could not be closed.'));
    } finally {
      setBusy(false);
    }
  };

  if (closed) {
    return (
      <AppModal opened onClose={onClose} title="Shift closed" size="lg">
        <Stack gap="md">
          <ShiftCountTable shift={closed} />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title="Close till shift">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">Count each method, then close. The expected amounts are shown afterwards.</Text>
          {TILL_METHODS.map((method, i) => (
            <MoneyInput
              key={method}
              label={`${METHOD_LABELS[method]} counted`}
              description={HINTS[method]}
              required
              allowZero
              value={counts[method].minor}
              onChange={(minor, problem) => setCounts((c) => ({ ...c, [method]: { minor, problem } }))}
              data-autofocus={i === 0 || undefined}
            />
          ))}
          <Textarea
            label="Note (optional)"
            description="For example, why the drawer is short."
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!ready}>
              Close shift
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
