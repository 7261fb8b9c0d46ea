import { useCallback, useRef, useState } from 'react';

export interface MoneyAttempt {
  /** Sent as Idempotency-Key with every try of this attempt. */
  key: string;
  /** True while a request of this attempt is in flight. */
  busy: boolean;
  /**
   * Runs the request unless one is already in flight (a double click posts once). Errors propagate;
   * the key stays, so a retry after a lost answer cannot post a second payment.
   */
  run: <T>(request: (key: string) => Promise<T>) => Promise<T | undefined>;
}

/**
 * One money-moving attempt: a dialog mounts it when it opens, so every opening gets a fresh key and
 * every click, retry or double click inside it reuses that key.
 */
export function useMoneyAttempt(): MoneyAttempt {
  const [key] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  // State updates are not visible to a second click in the same tick; a ref is.
  const inFlight = useRef(false);

  const run = useCallback(
    async <T>(request: (key: string) => Promise<T>): Promise<T | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setBusy(true);
      try {
        return await request(key);
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [key],
  );

  return { key, busy, run };
}
