import { api } from '../../lib/api';
import { endSession, getSession } from './session';

/** Ends the session locally at once; telling the server is best effort (it may be offline). */
export async function signOut(): Promise<void> {
  const session = getSession();
  endSession();
  if (!session) return;
  try {
    await api.post('/api/v1/auth/logout', { refreshToken: session.refreshToken });
  } catch {
    // The refresh token expires on its own; nothing more the user can do here.
  }
}
