import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { PortalProfile } from '@modern-emr/domain';
import { IconHourglass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';

/** The patient's own home; closed until the front desk has verified the sign-up. */
export function PortalHomePage() {
  usePageTitle('My health record');
  const session = useSession();
  const verified = session?.user.portalVerified === true;
  const query = useQuery({
    queryKey: queryKeys.portalProfile,
    queryFn: ({ signal }) => api.get<PortalProfile>('/api/v1/portal/profile', signal),
    enabled: verified,
  });
  const profile = query.data ?? null;
  const error = query.error ? errorMessage(query.error) : null;

  return (
    <Stack gap="xl" maw={720}>
      <div>
        <Title order={1}>My health record</Title>
        <Text c="dimmed" mt={4}>
          Your visits, results, prescriptions and receipts will appear here.
        </Text>
      </div>
      {!verified && (
        <Alert
          role="status"
          color="amber"
          variant="light"
          title="Waiting for verification"
          icon={<IconHourglass aria-hidden="true" />}
        >
          Thank you for registering. Bring an ID to the clinic’s front desk at your next visit; once they have
          confirmed who you are, your record opens here.
        </Alert>
      )}
      {verified && !profile && !error && <Loader size="sm" aria-label="Loading your profile" />}
      {error && (
        <Alert role="alert" color="red" variant="light">
          {error}
        </Alert>
      )}
      {profile && (
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="xs">
            {profile.firstName} {profile.lastName}
          </Title>
          <Text size="sm">Phone: {profile.phone}</Text>
          {profile.email && <Text size="sm">Email: {profile.email}</Text>}
          {profile.dateOfBirth && <Text size="sm">Date of birth: {formatDate(profile.dateOfBirth)}</Text>}
        </Paper>
      )}
    </Stack>
  );
}
