import type { Role } from '@modern-emr/domain';
import { useSyncExternalStore } from 'react';
import { setAccessTokenSource } from '../../lib/api';

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

/**
 * The session lives in memory only: never localStorage or sessionStorage, where any script on the
 * page (or the next person at a shared clinic computer) could read a token. A reload signs out
 * until refresh via an httpOnly cookie exists.
 */
let current: Session | null = null;
const listeners = new Set<() => void>();

setAccessTokenSource(() => current?.accessToken ?? null);

function emit(): void {
  for (const listener of listeners) listener();
}

export function startSession(session: Session): void {
  current = session;
  emit();
}

export function endSession(): void {
  current = null;
  emit();
}

export function getSession(): Session | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
