import { Button, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import type { CoverageType } from '@modern-emr/domain';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { DialogFooter } from '../../components/DialogFooter';
import { errorMessage } from '../../lib/api';
import { useActiveHmoProviders } from '../visits/use-reference-lists';
import { attachCover } from './billing-api';
import classes from './cashier.module.css';

/** Puts a visit on HMO cover; it then waits (INSURANCE_PENDING) for the HMO's authorisation. */
export function AttachCoverDialog({
  visitId,
  onClose,
  onAttached,
}: {
  visitId: string;
  onClose: () => void;
  onAttached: () => void;
}) {
  const providersQuery = useActiveHmoProviders();
  const providers = providersQuery.data ?? null;
  const [providerId, setProviderId] = useState<string | null>(null);
  const [policyNumber, setPolicyNumber] = useState('');
  const [coverage, setCoverage] = useState<CoverageType>('FULL');
  const [percent, setPercent] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const [submitError, setError] = useState<string | null>(null);
  const error =
    submitError ??
    (providersQuery.error
      ? errorMessage(providersQuery.error, 'The HMO providers could not be loaded.')
      : null);

  const percentOk =
    coverage === 'FULL' ||
    (typeof percent === 'number' && Number.isInteger(percent) && percent >= 1 && percent <= 99);
  const ready = providerId !== null && policyNumber.trim() !== '' && percentOk;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !ready || providerId === null) return;
    setBusy(true);
    setError(null);
    try {
      await attachCover(visitId, {
        providerId,
        policyNumber: policyNumber.trim(),
        coverage,
        ...(coverage === 'PARTIAL' && typeof percent === 'number' ? { coveragePercent: percent } : {}),
      });
      onAttached();
      onClose();
    } catch (cause) {
      setError(errorMessage(cause, 'The cover could not be attached.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title="Attach HMO cover">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label="HMO"
            required
            placeholder={providers ? 'Choose the HMO' : 'Loading…'}
            data={(providers ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
            value={providerId}
            onChange={setProviderId}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <TextInput
            label="Enrollee / policy number"
            required
            maxLength={64}
            value={policyNumber}
            onChange={(e) => setPolicyNumber(e.currentTarget.value)}
          />
          <Radio.Group
            label="Coverage"
            required
            value={coverage}
            onChange={(value) => setCoverage(value as CoverageType)}
          >
            <div className={classes.actions}>
              <Radio value="FULL" label="Full (100%)" />
              <Radio value="PARTIAL" label="Partial" />
            </div>
          </Radio.Group>
          {coverage === 'PARTIAL' && (
            <NumberInput
              label="HMO pays (per cent)"
              required
              min={1}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              suffix="%"
              value={percent}
              onChange={setPercent}
              error={percent !== '' && !percentOk ? 'A whole number from 1 to 99.' : null}
              w={180}
            />
          )}
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!ready}>
              Attach cover
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
