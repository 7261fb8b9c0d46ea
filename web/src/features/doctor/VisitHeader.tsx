import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import type { Allergy, Visit } from '@modern-emr/domain';
import { Link } from 'react-router';
import { MoneyText } from '../../components/MoneyText';
import { formatDateTime } from '../../lib/format';
import { fullName } from '../patients/patient-format';
import { patientPath } from '../patients/patient-paths';
import { VisitStatusCell } from '../visits/VisitStatusCell';
import { PAYER_LABELS, VISIT_TYPE_LABELS } from '../visits/visit-labels';
import classes from './doctor.module.css';

function allergyText(allergies: readonly Allergy[] | null): string {
  if (allergies === null) return '…';
  if (allergies.length === 0) return 'None known';
  return allergies
    .map((a) => (a.severity ? `${a.substance} (${a.severity.toLowerCase()})` : a.substance))
    .join(', ');
}

/** Who the patient is and where the visit stands, above everything the doctor writes. */
export function VisitHeader({ visit, allergies }: { visit: Visit; allergies: readonly Allergy[] | null }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={1} id="visit-heading">
            {fullName(visit.patient)}
          </Title>
          <Text c="dimmed">
            <Anchor component={Link} to={patientPath(visit.patientId)} underline="always">
              {visit.patient.mrn}
            </Anchor>{' '}
            · visit {visit.number} · opened {formatDateTime(visit.openedAt)}
          </Text>
        </div>
        <VisitStatusCell visit={visit} />
      </Group>
      <dl className={classes.facts}>
        <div>
          <dt>Type</dt>
          <dd>
            {VISIT_TYPE_LABELS[visit.type]} · {PAYER_LABELS[visit.payer]}
            {visit.insurance ? ` (${visit.insurance.providerName})` : ''}
          </dd>
        </div>
        <div>
          <dt>Chief complaint</dt>
          <dd>{visit.chiefComplaint ?? '—'}</dd>
        </div>
        {visit.emergency && (
          <div>
            <dt>Emergency</dt>
            <dd>{visit.emergencyReason}</dd>
          </div>
        )}
        <div>
          <dt>Allergies</dt>
          <dd>{allergyText(allergies)}</dd>
        </div>
        <div>
          <dt>Patient owes</dt>
          <dd>
            <MoneyText minor={Math.max(0, visit.summary.outstanding)} />
          </dd>
        </div>
      </dl>
    </Paper>
  );
}
