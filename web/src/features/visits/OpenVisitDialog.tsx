import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Patient, VISIT_TYPES, type Visit } from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { ApiError, errorMessage } from '../../lib/api';
import { serverFieldErrors } from '../../lib/form-errors';
import { useInvalidateFor } from '../../lib/invalidate';
import { localToday } from '../../lib/today';
import { fullName } from '../patients/patient-format';
import {
  activeEnrolment,
  checkOpenVisit,
  initialOpenVisitValues,
  OPEN_VISIT_LABELS,
  type OpenVisitValues,
} from './open-visit-form';
import { useActiveHmoProviders, useDoctors } from './use-reference-lists';
import { VISIT_TYPE_LABELS } from './visit-labels';
import { openVisit } from './visits-api';

interface OpenVisitDialogProps {
  patient: Patient;
  opened: boolean;
  onClose: () => void;
  onOpened: (visit: Visit) => void;
}

/**
 * Opens a visit for the patient. The payer starts as the patient's active HMO enrolment (or cash);
 * the desk may change it. An emergency bypasses the payment gates, so it needs a reason.
 */
export function OpenVisitDialog({ patient, opened, onClose, onOpened }: OpenVisitDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enrolment = activeEnrolment(patient.hmoEnrolments, localToday());
  const form = useForm<OpenVisitValues>({
    mode: 'controlled',
    initialValues: initialOpenVisitValues(enrolment),
    validate: (values) => {
      const check = checkOpenVisit(patient.id, values);
      return check.ok ? {} : check.errors;
    },
  });
  const values = form.getValues();

  const invalidate = useInvalidateFor();
  const providersQuery = useActiveHmoProviders(opened && values.payer === 'HMO');
  const providers = providersQuery.data ?? null;
  const providersError = providersQuery.error
    ? errorMessage(providersQuery.error, 'The HMO list could not be loaded.')
    : null;
  const doctorsQuery = useDoctors(opened);
  // The visit can still open unassigned, so the list failing only takes the choice away.
  const doctors = doctorsQuery.error ? [] : (doctorsQuery.data ?? null);
  const doctorsError = doctorsQuery.error
    ? errorMessage(doctorsQuery.error, 'The doctor list could not be loaded.')
    : null;

  const close = () => {
    form.setValues(initialOpenVisitValues(enrolment));
    form.clearErrors();
    setError(null);
    onClose();
  };

  const submit = async (formValues: OpenVisitValues) => {
    const check = checkOpenVisit(patient.id, formValues);
    if (!check.ok) return;
    setError(null);
    setBusy(true);
    try {
      const visit = await openVisit(check.body);
      form.setValues(initialOpenVisitValues(enrolment));
      // Today's visits, the cashier's queue and the doctor's list show it without a refresh.
      void invalidate({ type: 'visit.opened', patientId: visit.patientId });
      onOpened(visit);
    } catch (cause) {
      const fields = serverFieldErrors(cause, OPEN_VISIT_LABELS);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else setError(cause instanceof ApiError ? cause.message : 'The visit could not be opened. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const providerOptions = [
    { value: '', label: providers === null ? 'Loading…' : 'Choose the HMO' },
    ...(providers ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` })),
  ];

  const doctorOptions = [
    { value: '', label: doctors === null ? 'Loading…' : 'Not assigned (any doctor)' },
    ...(doctors ?? []).map((d) => ({ value: d.id, label: d.fullName })),
  ];

  return (
    <AppModal opened={opened} onClose={close} title={`Open a visit for ${fullName(patient)}`} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {error && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {error}
            </Alert>
          )}
          <NativeSelect
            label="Visit type"
            data={VISIT_TYPES.map((t) => ({ value: t, label: VISIT_TYPE_LABELS[t] }))}
            {...form.getInputProps('type')}
            onChange={(event) => {
              const type = event.currentTarget.value as OpenVisitValues['type'];
              form.setFieldValue('type', type);
              // An emergency visit type almost always means treat first; the flag stays editable.
              if (type === 'EMERGENCY') form.setFieldValue('emergency', true);
            }}
          />
          <Radio.Group
            label="Payer"
            description={
              enrolment
                ? `Active enrolment: ${enrolment.providerName}, policy ${enrolment.policyNumber}`
                : 'No active HMO enrolment on file'
            }
            {...form.getInputProps('payer')}
          >
            <Group gap="md" mt={6}>
              <Radio value="CASH" label="Cash (patient pays)" />
              <Radio value="HMO" label="HMO" />
            </Group>
          </Radio.Group>

          {values.payer === 'HMO' && (
            <Stack gap="sm">
              {providersError && (
                <Alert role="alert" color="red" variant="light">
                  {providersError}
                </Alert>
              )}
              <NativeSelect
                label="HMO provider"
                required
                data={providerOptions}
                {...form.getInputProps('insurance.providerId')}
              />
              <TextInput
                label="Policy (enrollee) number"
                required
                autoComplete="off"
                {...form.getInputProps('insurance.policyNumber')}
              />
              <Radio.Group label="Coverage" {...form.getInputProps('insurance.coverage')}>
                <Group gap="md" mt={6}>
                  <Radio value="FULL" label="Full (100%)" />
                  <Radio value="PARTIAL" label="Partial" />
                </Group>
              </Radio.Group>
              {values.insurance.coverage === 'PARTIAL' && (
                <TextInput
                  label="HMO pays (%)"
                  required
                  inputMode="numeric"
                  description="1 to 99; the patient pays the rest"
                  {...form.getInputProps('insurance.coveragePercent')}
                />
              )}
            </Stack>
          )}

          <Checkbox
            label="Emergency: treat first, bill later (bypasses the payment gate; audited)"
            {...form.getInputProps('emergency', { type: 'checkbox' })}
          />
          {values.emergency && (
            <Textarea
              label="Reason for emergency"
              required
              rows={2}
              resize="vertical"
              {...form.getInputProps('emergencyReason')}
            />
          )}
          <NativeSelect
            label="Assigned doctor"
            description={doctorsError ?? undefined}
            data={doctorOptions}
            {...form.getInputProps('assignedDoctorId')}
          />
          <Textarea
            label="Chief complaint"
            rows={2}
            resize="vertical"
            {...form.getInputProps('chiefComplaint')}
          />

          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Open visit
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
