import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Consultation } from '@modern-emr/domain';
import { IconAlertCircle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ApiError } from '../../lib/api';
import { serverFieldErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { completeConsultation, saveConsultation } from './consultation-api';
import {
  CONSULTATION_LABELS,
  type ConsultationValues,
  checkConsultation,
  consultationValues,
} from './consultation-form';
import { DiagnosisFields } from './DiagnosisFields';

const NOTE_FIELDS = [
  { key: 'presentingComplaint', label: 'Presenting complaint', rows: 2 },
  { key: 'history', label: 'History', rows: 3 },
  { key: 'examination', label: 'Examination', rows: 3 },
] as const;
const PLAN_FIELDS = [
  { key: 'plan', label: 'Plan', rows: 3 },
  { key: 'notes', label: 'Notes', rows: 2 },
] as const;

interface ConsultationFormProps {
  visitId: string;
  consultation: Consultation;
  onChange: (consultation: Consultation) => void;
}

/** The doctor's note while IN_PROGRESS: saved with PATCH, then completed once (then immutable). */
export function ConsultationForm({ visitId, consultation, onChange }: ConsultationFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const form = useForm<ConsultationValues>({
    mode: 'controlled',
    initialValues: consultationValues(consultation),
    validate: (values) => {
      const check = checkConsultation(values);
      return check.ok ? {} : check.errors;
    },
  });

  /** Saves what is on screen; false (with the problem shown) when it could not. */
  const save = async (): Promise<boolean> => {
    const result = form.validate();
    if (result.hasErrors) return false;
    const check = checkConsultation(form.getValues());
    if (!check.ok) return false;
    setError(null);
    setSaving(true);
    try {
      const saved = await saveConsultation(visitId, check.fields);
      form.setValues(consultationValues(saved));
      form.resetDirty(consultationValues(saved));
      setSavedAt(saved.updatedAt);
      onChange(saved);
      return true;
    } catch (cause) {
      const fields = serverFieldErrors(cause, CONSULTATION_LABELS);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else
        setError(
          cause instanceof ApiError ? cause.message : 'The consultation could not be saved. Try again.',
        );
      return false;
    } finally {
      setSaving(false);
    }
  };

  // Unsaved text is saved first, so what is completed is what the doctor sees.
  const askComplete = async () => {
    if (form.isDirty() && !(await save())) return;
    setConfirm({
      title: 'Complete consultation',
      body: 'Once completed, the consultation can no longer be edited; later findings are added as addenda. Complete it now?',
      confirmLabel: 'Complete',
      action: async () => {
        try {
          onChange(await completeConsultation(visitId));
        } catch (cause) {
          if (cause instanceof ApiError && cause.code === 'DIAGNOSIS_REQUIRED') {
            throw new ApiError(
              409,
              cause.code,
              'Record the primary diagnosis (ICD-10 code and text) before completing.',
            );
          }
          throw cause;
        }
      },
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="consultation-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4" id="consultation-heading">
              Consultation
            </Title>
            <Text size="sm" c="dimmed" role="status">
              {form.isDirty()
                ? 'Unsaved changes'
                : savedAt
                  ? `Saved ${formatDateTime(savedAt)}`
                  : `Started ${formatDateTime(consultation.startedAt)} by ${consultation.doctorName}`}
            </Text>
          </Group>
          {error && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
              {error}
            </Alert>
          )}
          {NOTE_FIELDS.map((f) => (
            <Textarea
              key={f.key}
              label={f.label}
              rows={f.rows}
              resize="vertical"
              {...form.getInputProps(f.key)}
            />
          ))}
          <DiagnosisFields form={form} />
          {PLAN_FIELDS.map((f) => (
            <Textarea
              key={f.key}
              label={f.label}
              rows={f.rows}
              resize="vertical"
              {...form.getInputProps(f.key)}
            />
          ))}
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              loading={saving}
              leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
            >
              Save
            </Button>
            <Button
              onClick={() => void askComplete()}
              disabled={saving}
              leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
            >
              Complete consultation
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Paper>
  );
}
