import type { Me, SessionResponse } from '@modern-emr/domain';
import { useSyncExternalStore } from 'react';
import { ApiError, apiRequest, type RenewOutcome, setAuthHooks } from '../../lib/api';
import { deleteCookie, readCookie } from '../../lib/cookies';
import { setClinicDisplay } from '../../lib/format';
import { refresh } from './auth-api';

/** Set by the server next to the httpOnly refresh cookie; echoed in X-CSRF-Token on refresh. */
export const CSRF_COOKIE = 'emr_csrf';

export type SessionUser = Me;

export interface Session {
  accessToken: string;
  user: SessionUser;
}

export type SessionState =
  | { status: 'restoring' }
  /** `expired`: the server ended it (sign in again and come back); `signed-out`: the user chose to. */
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | ({ status: 'signed-in' } & Session);

/**
 * The access token lives in memory only: never localStorage or sessionStorage, where any script on
 * the page (or the next person at a shared clinic computer) could read it. The refresh token is an
 * httpOnly cookie scoped to the refresh path, so a reload restores the session through it.
 */
let state: SessionState = { status: 'signed-out' };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function startSession(response: Pick<SessionResponse, 'accessToken' | 'user'>): void {
  // spec: WEB-FMT-1 (every formatter writes in the clinic's zone and locale from here on)
  setClinicDisplay(response.user.clinic);
  setState({ status: 'signed-in', accessToken: response.accessToken, user: response.user });
}

export function updateUser(user: SessionUser): void {
  setClinicDisplay(user.clinic);
  if (state.status === 'signed-in') setState({ ...state, user });
}

export function endSession(reason?: 'expired' | 'signed-out'): void {
  setState(reason ? { status: 'signed-out', reason } : { status: 'signed-out' });
}

export function getSessionState(): SessionState {
  return state;
}

export function getSession(): Session | null {
  return state.status === 'signed-in' ? state : null;
}

/** Calls the listener after every change of the session state; returns the unsubscribe. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(onSessionChange, getSessionState, getSessionState);
}

export function useSession(): Session | null {
  const current = useSessionState();
  return current.status === 'signed-in' ? current : null;
}

/**
 * Refresh tokens rotate on every use and a reused one revokes the whole sign-in, so two renewals
 * must never race: one in flight per tab, and one at a time across tabs (Web Locks). A tab that
 * waited sends the cookie the previous renewal just set.
 */
let renewing: Promise<RenewOutcome> | null = null;

async function renewOnce(): Promise<RenewOutcome> {
  const csrf = readCookie(CSRF_COOKIE);
  if (!csrf) return 'lost';
  try {
    startSession(await refresh(csrf));
    return 'renewed';
  } catch (error) {
    if (error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 429)) {
      return 'unreachable';
    }
    return 'lost';
  }
}

export function renewSession(): Promise<RenewOutcome> {
  if (!renewing) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const run = locks ? locks.request('modern-emr-session-renewal', renewOnce) : renewOnce();
    renewing = run.finally(() => {
      renewing = null;
    });
  }
  return renewing;
}

setAuthHooks({
  accessToken: () => (state.status === 'signed-in' ? state.accessToken : null),
  renew: renewSession,
  onSessionLost: () => {
    if (state.status === 'signed-in') endSession('expired');
  },
});

/**
 * On app load: the refresh cookie (if any) brings the session back. Without the CSRF cookie
 * there is no session to restore, so the server is not asked.
 */
export async function restoreSession(): Promise<void> {
  if (!readCookie(CSRF_COOKIE)) {
    endSession();
    return;
  }
  setState({ status: 'restoring' });
  const outcome = await renewSession();
  if (outcome === 'renewed') return;
  endSession();
  if (outcome === 'unreachable') {
    // Offline at load: try again once the connection returns, unless the user signs in first.
    window.addEventListener(
      'online',
      () => {
        if (state.status === 'signed-out') void restoreSession();
      },
      { once: true },
    );
  }
}

/** Ends the session on the server (best effort: it may be offline) and here, at once. */
export async function signOut(): Promise<void> {
  const logoutWith = (token: string) =>
    apiRequest<void>('/api/v1/auth/logout', {
      method: 'POST',
      auth: false,
      headers: { authorization: `Bearer ${token}` },
    });
  const token = getSession()?.accessToken;
  if (token) {
    try {
      await logoutWith(token);
    } catch (error) {
      // An expired access token: renew once so the server can still revoke the sign-in.
      if (error instanceof ApiError && error.status === 401 && (await renewSession()) === 'renewed') {
        const renewed = getSession()?.accessToken;
        if (renewed) await logoutWith(renewed).catch(() => undefined);
      }
    }
  }
  // Without the CSRF cookie a refresh cookie left behind (server unreachable) is useless.
  deleteCookie(CSRF_COOKIE);
  endSession('signed-out');
}
