import { ActionIcon, Button, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  type ConsultationValues,
  withNewDiagnosis,
  withoutDiagnosis,
  withPrimary,
} from './consultation-form';
import classes from './doctor.module.css';

/** ICD-10 coded diagnoses; the radio buttons share one name, so exactly one can be primary. */
export function DiagnosisFields({ form }: { form: UseFormReturnType<ConsultationValues> }) {
  const rows = form.getValues().diagnoses;
  const error = form.errors.diagnoses;
  return (
    <Stack
      gap="sm"
      component="fieldset"
      aria-describedby={error ? 'diagnoses-error' : undefined}
      className={classes.fieldset}
    >
      <Title order={2} size="h5" component="legend">
        Diagnoses
      </Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          None yet. A consultation is completed only with a primary diagnosis.
        </Text>
      )}
      {rows.map((row, index) => (
        // Rows have no identity of their own until saved; the index is their place in the list.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className={classes.diagnosisRow} key={index}>
          <TextInput
            label={`ICD-10 code ${index + 1}`}
            placeholder="e.g. B54"
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps(`diagnoses.${index}.code`)}
          />
          <TextInput
            label={`Diagnosis ${index + 1}`}
            placeholder="e.g. Malaria, unspecified"
            {...form.getInputProps(`diagnoses.${index}.text`)}
          />
          <Radio
            className={classes.primaryRadio}
            name="primary-diagnosis"
            label="Primary"
            aria-label={`Diagnosis ${index + 1} is primary`}
            checked={row.primary}
            onChange={() => form.setFieldValue('diagnoses', withPrimary(rows, index))}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            mb={2}
            aria-label={`Remove diagnosis ${index + 1}`}
            onClick={() => form.setFieldValue('diagnoses', withoutDiagnosis(rows, index))}
          >
            <IconTrash size={18} aria-hidden="true" />
          </ActionIcon>
        </div>
      ))}
      {error && (
        <Text size="sm" c="red.9" id="diagnoses-error" role="alert">
          {error}
        </Text>
      )}
      <div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() => form.setFieldValue('diagnoses', withNewDiagnosis(rows))}
        >
          Add diagnosis
        </Button>
      </div>
    </Stack>
  );
}
