import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import type { DuplicateReason, PatientCreated } from '@modern-emr/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { fullName } from './patient-format';
import { patientPath } from './patient-paths';

const REASON_WORDS: Record<DuplicateReason, string> = {
  SAME_PHONE: 'same phone number',
  SAME_NATIONAL_ID: 'same national ID',
  SAME_NAME_AND_DATE_OF_BIRTH: 'same name and date of birth',
};

/**
 * The new record is saved, but the server found records that may be the same person. The desk
 * decides: continue with the new record, or open an existing one and use that instead.
 */
export function DuplicateWarning({ created }: { created: PatientCreated }) {
  return (
    <Alert
      role="alert"
      color="amber"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title="Registered — but this may be a patient already on file"
    >
      <Text size="sm" mb="sm">
        {fullName(created)} was registered as <strong>{created.mrn}</strong>. These existing records look
        alike. If one of them is the same person, use that record and archive the new one.
      </Text>
      <List size="sm" spacing="xs" mb="md" aria-label="Possible duplicates">
        {created.possibleDuplicates.map((d) => (
          <List.Item key={d.id}>
            <Anchor component={Link} to={patientPath(d.id)} fw={600} underline="always">
              {d.name} ({d.mrn})
            </Anchor>{' '}
            — {d.phone}
            {d.dateOfBirth ? `, born ${formatDate(d.dateOfBirth)}` : ''} ·{' '}
            {d.reasons.map((r) => REASON_WORDS[r]).join(', ')}
          </List.Item>
        ))}
      </List>
      <Group>
        <Button component={Link} to={patientPath(created.id)}>
          Continue with the new record
        </Button>
      </Group>
    </Alert>
  );
}
