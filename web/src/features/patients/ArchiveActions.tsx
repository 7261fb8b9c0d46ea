import { Alert, Button } from '@mantine/core';
import type { Patient } from '@modern-emr/domain';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { ReasonDialog, type ReasonRequest } from '../../components/ReasonDialog';
import { archivePatient, restorePatient } from './patients-api';

/** What an archived record means, with the reason it was archived for. */
export function ArchivedNotice({ patient }: { patient: Patient }) {
  if (!patient.archivedAt) return null;
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconArchive aria-hidden="true" />}
      title="This record is archived"
    >
      It is left out of the search box and takes no new visits.
      {patient.archiveReason ? ` Reason: ${patient.archiveReason}` : ''}
    </Alert>
  );
}

/**
 * Archive a record (a duplicate, one opened by mistake) with a reason, or restore one archived in
 * error. Either way the page reloads the record from the server afterwards.
 */
export function ArchiveActions({ patient, onChanged }: { patient: Patient; onChanged: () => void }) {
  const [archiving, setArchiving] = useState<ReasonRequest | null>(null);
  const [restoring, setRestoring] = useState<ConfirmRequest | null>(null);

  if (patient.archivedAt) {
    return (
      <>
        <Button
          variant="default"
          leftSection={<IconArchiveOff size={18} aria-hidden="true" />}
          onClick={() =>
            setRestoring({
              title: 'Restore this record?',
              body: 'The record comes back into the search box and can take visits again.',
              confirmLabel: 'Restore record',
              action: async () => {
                await restorePatient(patient.id);
                onChanged();
              },
            })
          }
        >
          Restore record
        </Button>
        <ConfirmDialog request={restoring} onClose={() => setRestoring(null)} />
      </>
    );
  }
  return (
    <>
      <Button
        variant="subtle"
        color="red.9"
        leftSection={<IconArchive size={18} aria-hidden="true" />}
        onClick={() =>
          setArchiving({
            title: 'Archive this record?',
            body: 'Archive a duplicate or a record opened by mistake: it leaves the search box and takes no new visits. Nothing is deleted, and it can be restored.',
            confirmLabel: 'Archive record',
            danger: true,
            reasonHint: 'Kept on the record and shown while it is archived.',
            action: async (reason) => {
              await archivePatient(patient.id, reason);
              onChanged();
            },
          })
        }
      >
        Archive record
      </Button>
      {archiving && <ReasonDialog request={archiving} onClose={() => setArchiving(null)} />}
    </>
  );
}
