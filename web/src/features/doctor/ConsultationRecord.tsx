import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Consultation } from '@modern-emr/domain';
import { formatDateTime } from '../../lib/format';
import classes from './doctor.module.css';

const SECTIONS = [
  ['presentingComplaint', 'Presenting complaint'],
  ['history', 'History'],
  ['examination', 'Examination'],
  ['plan', 'Plan'],
  ['notes', 'Notes'],
] as const;

/** A completed consultation, read-only: the record as signed off. */
export function ConsultationRecord({ consultation }: { consultation: Consultation }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="consultation-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="consultation-heading">
            Consultation{' '}
            <Badge color="green" variant="light" tt="none" ml={4}>
              Completed
            </Badge>
          </Title>
          <Text size="sm" c="dimmed">
            {consultation.doctorName}, completed {formatDateTime(consultation.completedAt)}
          </Text>
        </div>
        {SECTIONS.map(([key, label]) => (
          <div key={key}>
            <Title order={3} size="h6">
              {label}
            </Title>
            <Text size="sm" className={classes.readOnly}>
              {consultation[key] || '—'}
            </Text>
          </div>
        ))}
        <div>
          <Title order={3} size="h6">
            Diagnoses
          </Title>
          <List size="sm">
            {consultation.diagnoses.map((d) => (
              <List.Item key={d.code}>
                <code>{d.code}</code> {d.text}
                {d.primary ? ' (primary)' : ''}
              </List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Paper>
  );
}
