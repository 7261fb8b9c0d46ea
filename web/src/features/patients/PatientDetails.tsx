import { Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import type { Allergy, HmoEnrolment, Patient } from '@modern-emr/domain';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format';
import classes from './patients.module.css';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {children || (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </dd>
    </>
  );
}

export function PatientDetails({ patient }: { patient: Patient }) {
  const kin = patient.nextOfKin;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="details-heading">
      <Title order={2} size="h4" id="details-heading" mb="sm">
        Details
      </Title>
      <dl className={classes.details}>
        <Row label="Date of birth">
          {patient.dateOfBirth &&
            `${formatDate(patient.dateOfBirth)}${patient.dateOfBirthEstimated ? ' (estimated)' : ''}`}
        </Row>
        <Row label="Phone">{patient.phone}</Row>
        <Row label="Email">{patient.email}</Row>
        <Row label="Address">{patient.address}</Row>
        <Row label="National ID">
          {patient.nationalId && <span className={classes.mono}>{patient.nationalId}</span>}
        </Row>
        <Row label="Blood group">{patient.bloodGroup}</Row>
        <Row label="Next of kin">
          {kin &&
            [kin.name, kin.relationship && `(${kin.relationship})`, kin.phone].filter(Boolean).join(' ')}
        </Row>
        <Row label="Registered">{formatDate(patient.createdAt)}</Row>
        <Row label="Portal">
          {patient.hasPortalAccount
            ? patient.portalVerified
              ? 'Verified'
              : 'Awaiting verification'
            : 'No account'}
        </Row>
      </dl>
    </Paper>
  );
}

const SEVERITY_COLORS = { MILD: 'gray', MODERATE: 'amber', SEVERE: 'red' } as const;

export function AllergyList({ allergies }: { allergies: readonly Allergy[] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="allergies-heading">
      <Title order={2} size="h4" id="allergies-heading" mb="sm">
        Allergies
      </Title>
      {allergies.length === 0 ? (
        <Text size="sm">No known allergies.</Text>
      ) : (
        <List spacing="xs" size="sm">
          {allergies.map((a) => (
            <List.Item key={a.substance}>
              <Group gap="xs" component="span">
                <strong>{a.substance}</strong>
                {a.reaction && <span>— {a.reaction}</span>}
                {a.severity && (
                  <Badge size="sm" variant="light" color={SEVERITY_COLORS[a.severity]} tt="none">
                    {a.severity.toLowerCase()}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function validity(e: HmoEnrolment): string {
  if (e.validFrom && e.validTo) return `${formatDate(e.validFrom)} to ${formatDate(e.validTo)}`;
  if (e.validTo) return `until ${formatDate(e.validTo)}`;
  if (e.validFrom) return `from ${formatDate(e.validFrom)}`;
  return 'no end date';
}

export function EnrolmentList({ enrolments }: { enrolments: readonly HmoEnrolment[] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="hmo-heading">
      <Title order={2} size="h4" id="hmo-heading" mb="sm">
        HMO enrolments
      </Title>
      {enrolments.length === 0 ? (
        <Text size="sm">None. Visits are paid in cash unless an HMO is chosen when opening one.</Text>
      ) : (
        <List spacing="sm" size="sm">
          {enrolments.map((e) => (
            <List.Item key={e.id}>
              <Group gap="xs" component="span">
                <strong>{e.providerName}</strong>
                <span>policy {e.policyNumber}</span>
                {e.plan && <span>· {e.plan}</span>}
                <span>· {e.coverage === 'FULL' ? 'full cover' : `${e.coveragePercent}% cover`}</span>
                <span>· {validity(e)}</span>
                {!e.active && (
                  <Badge size="sm" variant="outline" color="gray" tt="none">
                    Inactive
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
