import { QueryClientContext, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect } from 'react';
import { RequireAuth } from '../features/auth/RequireAuth';
import { getSessionState, onSessionChange, useSessionState } from '../features/auth/session';
import { createQueryClient } from '../lib/query-client';

/** The app's one cache of server reads, for its whole life (see lib/query-client.ts). */
const appQueryClient = createQueryClient();

// Nothing one user loaded may be shown to the next one at a shared clinic computer. The cache
// outlives this area (a user may sign out from a page outside it, such as "Page not found"), so it
// is emptied on every sign-out from the moment this code is loaded, mounted or not.
onSessionChange(() => {
  if (getSessionState().status === 'signed-out') appQueryClient.clear();
});

/** The same for whichever cache this area uses (a test's own, too) while it is on screen. */
function ForgetDataOnSignOut() {
  const client = useQueryClient();
  const signedOut = useSessionState().status === 'signed-out';
  useEffect(() => {
    if (signedOut) client.clear();
  }, [signedOut, client]);
  return null;
}

/**
 * Every page behind sign-in, with the server-read cache (TanStack Query) they all use. Its code is
 * fetched with the first such page, not with the sign-in page, which reads nothing through the
 * cache (spec: WEB-BUNDLE-1). A test that brings its own cache (test/render.tsx) keeps it.
 */
// spec: WEB-BUNDLE-1
export function SignedInArea() {
  const provided = useContext(QueryClientContext);
  return (
    <QueryClientProvider client={provided ?? appQueryClient}>
      <ForgetDataOnSignOut />
      <RequireAuth />
    </QueryClientProvider>
  );
}
