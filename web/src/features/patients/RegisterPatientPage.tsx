import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { BLOOD_GROUPS, type PatientCreated, SEXES } from '@modern-emr/domain';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/routing/paths';
import { ApiError } from '../../lib/api';
import { serverFieldErrors } from '../../lib/form-errors';
import { useInvalidateFor } from '../../lib/invalidate';
import { usePageTitle } from '../../lib/use-page-title';
import { AllergyFields } from './AllergyFields';
import { DuplicateWarning } from './DuplicateWarning';
import { fullName, SEX_LABELS } from './patient-format';
import { patientPath } from './patient-paths';
import classes from './patients.module.css';
import { registerPatient } from './patients-api';
import { checkRegistration, EMPTY_REGISTRATION, REGISTER_LABELS, type RegisterValues } from './register-form';

/** The server's refusal, with a link to the record that holds the ID when it names one. */
function NationalIdTaken({ error }: { error: ApiError }) {
  const holder = error.details as { patientId?: unknown; mrn?: unknown } | undefined;
  const id = typeof holder?.patientId === 'string' ? holder.patientId : null;
  return (
    <>
      {error.message}
      {id && (
        <>
          {' '}
          <Anchor component={Link} to={patientPath(id)} size="sm" underline="always">
            Open {typeof holder?.mrn === 'string' ? holder.mrn : 'that record'}
          </Anchor>
        </>
      )}
    </>
  );
}

/** What the patient page says on arrival from a clean registration. */
export interface RegisteredNotice {
  registered: string;
}

export function RegisterPatientPage() {
  usePageTitle('Register patient');
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<PatientCreated | null>(null);
  const invalidate = useInvalidateFor();
  const form = useForm<RegisterValues>({
    mode: 'controlled',
    initialValues: EMPTY_REGISTRATION,
    validate: (values) => {
      const check = checkRegistration(values);
      return check.ok ? {} : check.errors;
    },
  });

  const submit = async (values: RegisterValues) => {
    const check = checkRegistration(values);
    if (!check.ok) return;
    setError(null);
    setBusy(true);
    try {
      const patient = await registerPatient(check.body);
      // A search typed before the registration now finds the new record.
      void invalidate({ type: 'patient.changed', patientId: patient.id });
      if (patient.possibleDuplicates.length > 0) {
        setCreated(patient);
      } else {
        const notice: RegisteredNotice = {
          registered: `${fullName(patient)} was registered as ${patient.mrn}.`,
        };
        navigate(patientPath(patient.id), { state: notice });
      }
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        // The only conflict a registration can meet: the national ID is already on another record.
        form.setFieldError('nationalId', <NationalIdTaken error={cause} />);
        return;
      }
      const fields = serverFieldErrors(cause, REGISTER_LABELS);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else
        setError(
          cause instanceof ApiError ? cause.message : 'The patient could not be registered. Try again.',
        );
    } finally {
      setBusy(false);
    }
  };

  const estimate = form.getValues().ageMode === 'estimate';

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to={paths.reception} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden="true" />
            Reception
          </Group>
        </Anchor>
        <Title order={1} mt="xs">
          Register patient
        </Title>
        <Text c="dimmed" mt={4}>
          Search first: most people have been here before. Fields marked * are required.
        </Text>
      </div>

      {created ? (
        <DuplicateWarning created={created} />
      ) : (
        <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New patient">
          <Stack gap="lg">
            {error && (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
                {error}
              </Alert>
            )}
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="identity-heading">
              <Title order={2} size="h4" id="identity-heading" mb="sm">
                Who they are
              </Title>
              <div className={classes.fields}>
                <TextInput
                  label="First name"
                  required
                  autoComplete="off"
                  {...form.getInputProps('firstName')}
                />
                <TextInput label="Middle name" autoComplete="off" {...form.getInputProps('middleName')} />
                <TextInput
                  label="Last name"
                  required
                  autoComplete="off"
                  {...form.getInputProps('lastName')}
                />
                <Radio.Group label="Sex" required {...form.getInputProps('sex')}>
                  <Group gap="md" mt={6}>
                    {SEXES.map((s) => (
                      <Radio key={s} value={s} label={SEX_LABELS[s]} />
                    ))}
                  </Group>
                </Radio.Group>
                <Radio.Group label="Age from" {...form.getInputProps('ageMode')}>
                  <Group gap="md" mt={6}>
                    <Radio value="dob" label="Date of birth" />
                    <Radio value="estimate" label="Estimated age" />
                  </Group>
                </Radio.Group>
                {estimate ? (
                  <TextInput
                    label="Estimated age (years)"
                    inputMode="numeric"
                    description="When the date of birth is not known"
                    {...form.getInputProps('estimatedAgeYears')}
                  />
                ) : (
                  <TextInput label="Date of birth" type="date" {...form.getInputProps('dateOfBirth')} />
                )}
                <TextInput
                  label="National ID"
                  description="NIN or other national identity number"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps('nationalId')}
                />
                <NativeSelect
                  label="Blood group"
                  data={[{ value: '', label: 'Not known' }, ...BLOOD_GROUPS]}
                  {...form.getInputProps('bloodGroup')}
                />
              </div>
            </Paper>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="contact-heading">
              <Title order={2} size="h4" id="contact-heading" mb="sm">
                Contact
              </Title>
              <div className={classes.fields}>
                <TextInput
                  label="Phone number"
                  required
                  type="tel"
                  description="Local (0803…) or international (+234…)"
                  {...form.getInputProps('phone')}
                />
                <TextInput label="Email" type="email" {...form.getInputProps('email')} />
                <Textarea
                  label="Address"
                  rows={2}
                  resize="vertical"
                  className={classes.wide}
                  {...form.getInputProps('address')}
                />
                <TextInput label="Next of kin’s name" {...form.getInputProps('nextOfKin.name')} />
                <TextInput label="Relationship" {...form.getInputProps('nextOfKin.relationship')} />
                <TextInput
                  label="Next of kin’s phone"
                  type="tel"
                  {...form.getInputProps('nextOfKin.phone')}
                />
              </div>
            </Paper>

            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="allergies-heading">
              <Title order={2} size="h4" id="allergies-heading" mb="sm">
                Allergies
              </Title>
              <AllergyFields form={form} />
            </Paper>

            <Group justify="flex-end">
              <Button variant="default" component={Link} to={paths.reception}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Register patient
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
