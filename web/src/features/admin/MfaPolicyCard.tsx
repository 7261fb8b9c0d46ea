import { Alert, Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Role } from '@modern-emr/domain';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../app/routing/access';
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog';
import { SuccessNotice } from '../../components/SuccessNotice';
import { errorMessage } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { RoleCheckboxes } from './RoleCheckboxes';
import { getMfaPolicy, setMfaPolicy } from './users-api';

/** Which roles must use two-factor authentication; members who have not enrolled must do so first. */
export function MfaPolicyCard() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.mfaPolicy,
    queryFn: ({ signal }) => getMfaPolicy(signal),
  });
  const saved = query.data?.requiredRoles ?? null;
  // The admin's ticks, until saved; null follows the server's policy.
  const [edited, setRoles] = useState<Role[] | null>(null);
  const roles = edited ?? saved ?? [];
  const error = query.error ? errorMessage(query.error, 'The policy could not be loaded.') : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const changed = saved !== null && [...roles].sort().join() !== [...saved].sort().join();
  const names = (list: Role[]) => (list.length ? list.map((r) => ROLE_LABELS[r]).join(', ') : 'no roles');

  const ask = () =>
    setConfirm({
      title: 'Change the two-factor policy',
      body: `Require two-factor authentication for ${names(roles)}? Members of a newly required role who have not set it up can do nothing else until they do.`,
      confirmLabel: 'Save policy',
      action: async () => {
        client.setQueryData(queryKeys.mfaPolicy, await setMfaPolicy(roles));
        setRoles(null);
        setNotice('The two-factor policy was saved.');
      },
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mfa-policy-heading">
      <Title order={2} size="h4" id="mfa-policy-heading" mb={4}>
        Two-factor policy
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Roles that must sign in with an authenticator app as well as a password.
      </Text>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}
        </Alert>
      )}
      <SuccessNotice notice={notice} onDismiss={() => setNotice(null)} mb="md" />
      {saved === null && !error && <Loader size="sm" aria-label="Loading the policy" />}
      {saved !== null && (
        <>
          <RoleCheckboxes label="Required for" value={roles} onChange={setRoles} required={false} />
          <Group mt="md">
            <Button onClick={ask} disabled={!changed}>
              Save policy
            </Button>
            {changed && (
              <Button variant="subtle" color="gray" onClick={() => setRoles(saved)}>
                Undo changes
              </Button>
            )}
          </Group>
        </>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Paper>
  );
}
