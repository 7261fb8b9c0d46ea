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
import {
  type HmoProvider,
  type Patient,
  type StaffMember,
  VISIT_TYPES,
  type Visit,
} from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { ApiError, errorMessage } from '../../lib/api';
import { serverFieldErrors } from '../../lib/form-errors';
import { localToday } from '../../lib/today';
import { fullName } from '../patients/patient-format';
import { listActiveHmoProviders } from './hmo-providers-api';
import {
  activeEnrolment,
  checkOpenVisit,
  initialOpenVisitValues,
  OPEN_VISIT_LABELS,
  type OpenVisitValues,
} from './open-visit-form';
import { listDoctors } from './staff-api';
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
  const [providers, setProviders] = useState<HmoProvider[] | null>(null);
  const [providersError, setProvidersError] = useState<string | null>(null);
  const [doctors, setDoctors] = useState<StaffMember[] | null>(null);
  const [doctorsError, setDoctorsError] = useState<string | null>(null);
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

  useEffect(() => {
    if (!opened || values.payer !== 'HMO' || providers !== null) return;
    const controller = new AbortController();
    listActiveHmoProviders(controller.signal).then(
      (page) => setProviders(page.items),
      (cause: unknown) => {
        if (!controller.signal.aborted)
          setProvidersError(errorMessage(cause, 'The HMO list could not be loaded.'));
      },
    );
    return () => controller.abort();
  }, [opened, values.payer, providers]);

  useEffect(() => {
    if (!opened || doctors !== null) return;
    const controller = new AbortController();
    listDoctors(controller.signal).then(
      (page) => setDoctors(page.items),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        // The visit can still open unassigned, so the list failing only takes the choice away.
        setDoctors([]);
        setDoctorsError(errorMessage(cause, 'The doctor list could not be loaded.'));
      },
    );
    return () => controller.abort();
  }, [opened, doctors]);

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
