import { ActionIcon, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ALLERGY_SEVERITIES } from '@modern-emr/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import classes from './patients.module.css';
import type { RegisterValues } from './register-form';

const SEVERITY_LABELS = { MILD: 'Mild', MODERATE: 'Moderate', SEVERE: 'Severe' } as const;

/** A structured allergy list: one row per substance, so later prescribing can check against it. */
export function AllergyFields({ form }: { form: UseFormReturnType<RegisterValues> }) {
  const rows = form.getValues().allergies;
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No known allergies recorded.
        </Text>
      )}
      {rows.map((_, index) => (
        // Rows have no identity of their own; the index is their position in the request.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className={classes.allergyRow} key={index}>
          <TextInput
            label={`Allergy ${index + 1}: substance`}
            required
            {...form.getInputProps(`allergies.${index}.substance`)}
          />
          <TextInput label="Reaction" {...form.getInputProps(`allergies.${index}.reaction`)} />
          <NativeSelect
            label="Severity"
            data={[
              { value: '', label: 'Not known' },
              ...ALLERGY_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] })),
            ]}
            {...form.getInputProps(`allergies.${index}.severity`)}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            mb={2}
            aria-label={`Remove allergy ${index + 1}`}
            onClick={() => form.removeListItem('allergies', index)}
          >
            <IconTrash size={18} aria-hidden="true" />
          </ActionIcon>
        </div>
      ))}
      <div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() => form.insertListItem('allergies', { substance: '', reaction: '', severity: '' })}
        >
          Add allergy
        </Button>
      </div>
    </Stack>
  );
}
