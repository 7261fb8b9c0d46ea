import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type Consultation, can } from '@modern-emr/domain';
import { IconAlertCircle, IconArrowLeft, IconPlayerPlay } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/routing/paths';
import { errorMessage } from '../../lib/api';
import { useInvalidateFor } from '../../lib/invalidate';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { fullName } from '../patients/patient-format';
import { usePatientQuery } from '../patients/use-patient';
import { useVisit } from '../visits/use-visit';
import { CloseVisitPanel } from './CloseVisitPanel';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationRecord } from './ConsultationRecord';
import { startConsultation } from './consultation-api';
import { PaymentLocked } from './PaymentLocked';
import { gateRefusal, useConsultation } from './use-consultation';
import { VisitHeader } from './VisitHeader';

function StartPanel({ onStart, busy, error }: { onStart: () => void; busy: boolean; error: string | null }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="start-heading">
      <Title order={2} size="h4" id="start-heading" mb={4}>
        Consultation
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The visit is cleared for consultation.
      </Text>
      {error && (
        <Alert role="alert" color="red" variant="light" mb="md" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}
      <Button leftSection={<IconPlayerPlay size={16} aria-hidden="true" />} onClick={onStart} loading={busy}>
        Start consultation
      </Button>
    </Paper>
  );
}

export function ConsultationPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { state: visitState, reload, reloading, replace } = useVisit(id);
  const visit = visitState.status === 'ready' ? visitState.visit : null;
  const { state: consultation, show, lock, refetch } = useConsultation(visit);
  const invalidate = useInvalidateFor();
  // Allergies come with the patient record; the header shows none until it has loaded.
  const allergies = usePatientQuery(visit?.patientId).data?.allergies ?? null;
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  usePageTitle(visit ? `Consultation · ${fullName(visit.patient)}` : 'Consultation');

  const back = (
    <Anchor component={Link} to={paths.doctor} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden="true" />
        Consulting room
      </Group>
    </Anchor>
  );

  if (!visit) {
    if (visitState.status === 'loading') {
      return (
        <Group justify="center" p="xl">
          <Loader size="sm" aria-hidden="true" />
          <Text role="status">Loading visit…</Text>
        </Group>
      );
    }
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{visitState.status === 'missing' ? 'Visit not found' : 'Consultation'}</Title>
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {visitState.status === 'failed' ? visitState.message : 'There is no visit with this link.'}
        </Alert>
      </Stack>
    );
  }

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      show(await startConsultation(visit.id));
      void invalidate({ type: 'consultation.changed', visitId: visit.id });
    } catch (cause) {
      const locked = gateRefusal(cause);
      if (locked) lock(locked);
      else setStartError(errorMessage(cause, 'The consultation could not be started. Try again.'));
    } finally {
      setStarting(false);
    }
  };

  const checkAgain = () => {
    reload();
    refetch();
  };

  const changed = (next: Consultation) => {
    show(next);
    if (next.status === 'COMPLETED') void invalidate({ type: 'consultation.changed', visitId: visit.id });
  };

  const gateOpen = visit.paymentCleared || visit.emergency;
  const open = visit.status === 'OPEN';

  let body: ReactNode;
  if (consultation.status === 'loading') {
    body = <Loader size="sm" aria-label="Loading consultation" />;
  } else if (consultation.status === 'failed') {
    body = (
      <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
        {consultation.message}
      </Alert>
    );
  } else if (consultation.status === 'ready') {
    body =
      consultation.consultation.status === 'IN_PROGRESS' && open ? (
        <ConsultationForm visitId={visit.id} consultation={consultation.consultation} onChange={changed} />
      ) : (
        <ConsultationRecord consultation={consultation.consultation} />
      );
  } else if (!open) {
    body = <Text>This visit was closed without a consultation.</Text>;
  } else if (consultation.status === 'locked' || !gateOpen) {
    body = (
      <PaymentLocked
        paymentStatus={consultation.status === 'locked' ? consultation.paymentStatus : visit.paymentStatus}
        onCheckAgain={checkAgain}
        checking={reloading}
      />
    );
  } else {
    body = <StartPanel onStart={() => void start()} busy={starting} error={startError} />;
  }

  return (
    <Stack gap="lg">
      {back}
      <VisitHeader visit={visit} allergies={allergies} />
      {!open && (
        <Alert role="status" color="gray" variant="light">
          This visit is closed. Nothing on it can be changed.
        </Alert>
      )}
      {body}
      {open && session && can(session.user.roles, 'visits.close') && (
        <CloseVisitPanel
          visit={visit}
          onClosed={(closed) => {
            replace(closed);
            void invalidate({ type: 'visit.changed', visitId: closed.id });
          }}
        />
      )}
    </Stack>
  );
}
