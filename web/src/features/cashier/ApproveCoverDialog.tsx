import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { DialogFooter } from '../../components/DialogFooter';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { errorMessage } from '../../lib/api';
import { approveCover } from './billing-api';

interface ApproveCoverDialogProps {
  visitId: string;
  /** The approval in force when this is a top-up; null for a first approval. */
  currentApproved: number | null;
  /** Pre-filled: the HMO's share of the current charges. */
  suggested: number | null;
  onClose: () => void;
  onApproved: () => void;
}

/**
 * Records the HMO's authorisation. An approved amount of 0 is a real answer (zero cover: the patient
 * pays everything), not "unlimited"; a top-up must raise the amount already approved.
 */
export function ApproveCoverDialog({
  visitId,
  currentApproved,
  suggested,
  onClose,
  onApproved,
}: ApproveCoverDialogProps) {
  const topUp = currentApproved !== null;
  const [code, setCode] = useState('');
  const [amount, setAmount] = useState<number | null>(suggested);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notRaised = topUp && amount !== null && amount <= currentApproved;
  const ready = code.trim() !== '' && amount !== null && problem === null && !notRaised;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready || amount === null) return;
    setBusy(true);
    setError(null);
    try {
      await approveCover(visitId, { authorizationCode: code.trim(), approvedAmount: amount });
      onApproved();
      onClose();
    } catch (cause) {
      setError(errorMessage(cause, 'The approval could not be recorded.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={topUp ? 'Top up HMO approval' : 'Approve HMO cover'}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {topUp && (
            <Text size="sm">
              Approved so far: <MoneyText minor={currentApproved} fw={600} />. Charges beyond it fall to the
              patient until the HMO raises it.
            </Text>
          )}
          <TextInput
            label="Authorisation code"
            description="As given by the HMO."
            required
            maxLength={64}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data-autofocus
          />
          <MoneyInput
            label={topUp ? 'New approved amount' : 'Approved amount'}
            description="Pre-filled with the HMO’s share of the current charges. 0 means the HMO covers nothing."
            required
            allowZero={!topUp}
            value={amount}
            onChange={(minor, why) => {
              setAmount(minor);
              setProblem(why);
            }}
            error={notRaised ? 'A top-up must be more than the amount already approved.' : undefined}
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!ready}>
              {topUp ? 'Top up' : 'Approve'}
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
