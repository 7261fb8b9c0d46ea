import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import type { Visit } from '@modern-emr/domain';
import { IconAlertCircle, IconDoorExit } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { closeVisit } from '../visits/visits-api';
import { closeRefusalWords } from './close-refusal';

/**
 * Closing is the server's decision (consultation completed, HMO answered, nothing owed or a
 * deferral); a refusal is shown in words with what to do about it.
 */
export function CloseVisitPanel({ visit, onClosed }: { visit: Visit; onClosed: (visit: Visit) => void }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const ask = () => {
    setRefusal(null);
    setConfirm({
      title: 'Close visit',
      body: `Close visit ${visit.number}? A closed visit cannot be reopened or changed; anything later is an addendum.`,
      confirmLabel: 'Close visit',
      action: async () => {
        try {
          onClosed(await closeVisit(visit.id));
        } catch (cause) {
          // The refusal belongs on the page, where it stays while the doctor sorts it out.
          setRefusal(closeRefusalWords(cause, visit.summary.outstanding));
        }
      },
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="close-heading">
      <Group justify="space-between" align="center">
        <div>
          <Title order={2} size="h4" id="close-heading">
            Finish the visit
          </Title>
          <Text size="sm" c="dimmed">
            Needs a completed consultation and the patient’s bill settled (or deferred by a cashier).
          </Text>
        </div>
        <Button variant="default" leftSection={<IconDoorExit size={16} aria-hidden="true" />} onClick={ask}>
          Close visit
        </Button>
      </Group>
      {refusal && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          mt="md"
          icon={<IconAlertCircle aria-hidden="true" />}
          title="The visit cannot be closed yet"
        >
          {refusal}
        </Alert>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Paper>
  );
}
