import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { can, type Visit } from '@modern-emr/domain';
import { IconAlertCircle, IconArrowLeft, IconDoorEnter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '../../app/routing/paths';
import { SuccessNotice } from '../../components/SuccessNotice';
import { usePagedList } from '../../components/use-paged-list';
import { useInvalidateFor } from '../../lib/invalidate';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { OpenVisitDialog } from '../visits/OpenVisitDialog';
import { PAYMENT_STATUS_LABELS } from '../visits/payment-status';
import { listVisits } from '../visits/visits-api';
import { ArchiveActions, ArchivedNotice } from './ArchiveActions';
import { AllergyList, EnrolmentList, PatientDetails } from './PatientDetails';
import { fullName, sexAndAge } from './patient-format';
import classes from './patients.module.css';
import type { RegisteredNotice } from './RegisterPatientPage';
import { usePatient } from './use-patient';
import { VISIT_HISTORY_PAGE_SIZE, VisitHistory } from './VisitHistory';

function arrivalNotice(state: unknown): string | null {
  return typeof state === 'object' &&
    state !== null &&
    typeof (state as RegisteredNotice).registered === 'string'
    ? (state as RegisteredNotice).registered
    : null;
}

function openedNotice(visit: Visit): string {
  const next = visit.paymentCleared
    ? 'Nothing is owed; the patient can see the doctor.'
    : visit.emergency
      ? 'Emergency: the doctor may start at once; billing follows.'
      : visit.paymentStatus === 'INSURANCE_PENDING'
        ? 'The cashier must record the HMO’s authorisation before the doctor can start.'
        : 'Send the patient to the cashier to pay before seeing the doctor.';
  return `Visit ${visit.number} opened (${PAYMENT_STATUS_LABELS[visit.paymentStatus].toLowerCase()}). ${next}`;
}

export function PatientPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const { state } = usePatient(id);
  const invalidate = useInvalidateFor();
  const [notice, setNotice] = useState<string | null>(() => arrivalNotice(location.state));
  const [opening, setOpening] = useState(false);
  const visits = usePagedList({
    queryKey: (page) => queryKeys.visitList({ patientId: id, page }),
    fetchPage: (page, signal) =>
      listVisits({ patientId: id, page, pageSize: VISIT_HISTORY_PAGE_SIZE }, signal),
    failureText: 'The visits could not be loaded.',
  });
  usePageTitle(state.status === 'ready' ? fullName(state.patient) : 'Patient');

  const back = (
    <Anchor component={Link} to={paths.reception} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden="true" />
        Reception
      </Group>
    </Anchor>
  );

  if (state.status === 'loading') {
    return (
      <Group justify="center" p="xl">
        <Loader size="sm" aria-hidden="true" />
        <Text role="status">Loading patient…</Text>
      </Group>
    );
  }
  if (state.status !== 'ready') {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{state.status === 'missing' ? 'Patient not found' : 'Patient'}</Title>
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {state.status === 'missing'
            ? 'There is no patient with this link. Search for them from reception.'
            : state.message}
        </Alert>
      </Stack>
    );
  }

  const { patient } = state;
  const hasOpenVisit = visits.data?.items.some((v) => v.status === 'OPEN') ?? false;
  const mayOpen =
    can(roles, 'visits.open') && patient.archivedAt === null && visits.data !== null && !hasOpenVisit;

  return (
    <Stack gap="xl">
      <div>
        {can(roles, 'patients.register') && back}
        <Group justify="space-between" align="flex-end" mt="xs">
          <div>
            <Title order={1}>{fullName(patient)}</Title>
            <Group gap="xs" mt={4}>
              <Text className={classes.mono} fw={600}>
                {patient.mrn}
              </Text>
              <Text c="dimmed">{sexAndAge(patient)}</Text>
              {patient.archivedAt && (
                <Badge color="gray.8" variant="filled" tt="none">
                  Archived
                </Badge>
              )}
            </Group>
          </div>
          {mayOpen && (
            <Button
              leftSection={<IconDoorEnter size={18} aria-hidden="true" />}
              onClick={() => setOpening(true)}
            >
              Open visit
            </Button>
          )}
          {can(roles, 'visits.open') && hasOpenVisit && (
            <Text size="sm" c="dimmed">
              This patient has an open visit.
            </Text>
          )}
        </Group>
      </div>

      <ArchivedNotice patient={patient} />

      <SuccessNotice notice={notice} onDismiss={() => setNotice(null)} />

      <div className={classes.columns}>
        <PatientDetails patient={patient} />
        <Stack gap="lg">
          <AllergyList allergies={patient.allergies} />
          <EnrolmentList enrolments={patient.hmoEnrolments} />
        </Stack>
      </div>

      <VisitHistory list={visits} roles={roles} />

      {can(roles, 'patients.archive') && (
        <Group justify="flex-end">
          <ArchiveActions
            patient={patient}
            onChanged={() => void invalidate({ type: 'patient.changed', patientId: patient.id })}
          />
        </Group>
      )}

      {can(roles, 'visits.open') && (
        <OpenVisitDialog
          patient={patient}
          opened={opening}
          onClose={() => setOpening(false)}
          onOpened={(visit) => {
            setOpening(false);
            setNotice(openedNotice(visit));
          }}
        />
      )}
    </Stack>
  );
}
