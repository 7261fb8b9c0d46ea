import { Center, Loader, Stack, Text } from '@mantine/core';
import type { Permission } from '@modern-emr/domain';
import { can } from '@modern-emr/domain';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { homeFor } from '../../app/routing/access';
import { loginPath, paths } from '../../app/routing/paths';
import { ForbiddenPage } from './ForbiddenPage';
import { useSessionState } from './session';

/**
 * Pages behind sign-in. While the session is being restored from the refresh cookie nothing is
 * decided; a signed-out visitor goes to the login page and comes back here afterwards. An account
 * with a temporary password reaches only the password page; one that must enrol in MFA only its
 * account page (the server refuses everything else anyway).
 */
export function RequireAuth() {
  const state = useSessionState();
  const location = useLocation();

  if (state.status === 'restoring') {
    return (
      <Center mih={240}>
        <Stack align="center" gap="xs">
          <Loader aria-hidden="true" />
          <Text role="status">Restoring your session…</Text>
        </Stack>
      </Center>
    );
  }
  if (state.status === 'signed-out') {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={state.reason === 'signed-out' ? paths.login : loginPath(here)} replace />;
  }
  const { user } = state;
  if (user.mustChangePassword && location.pathname !== paths.changePassword) {
    return <Navigate to={paths.changePassword} replace />;
  }
  if (!user.mustChangePassword && user.mfaEnrolmentRequired && location.pathname !== paths.account) {
    return <Navigate to={paths.account} replace />;
  }
  return <Outlet />;
}

/** Shows the page only to roles the permission table allows; others get a "no access" page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const state = useSessionState();
  if (state.status !== 'signed-in') return null;
  if (!can(state.user.roles, permission)) return <ForbiddenPage home={homeFor(state.user.roles)} />;
  return children;
}

/** `/`: the signed-in user's own home. */
export function HomeRedirect() {
  const state = useSessionState();
  if (state.status !== 'signed-in') return null;
  return <Navigate to={homeFor(state.user.roles)} replace />;
}
