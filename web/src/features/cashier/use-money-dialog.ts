import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type ServerEvent, useInvalidateFor } from '../../lib/invalidate';
import { moneyErrorMessage } from './payment-errors';

export interface MoneyDialogOptions<Body, Result> {
  /** The idempotent POST; `key` is the same for every try of this dialog opening. */
  post: (key: string, body: Body) => Promise<Result>;
  /** What the recorded money changed, so every view that shows it refetches. */
  changed: (result: Result) => ServerEvent;
  /** "payment", "refund", "deposit": named in the refusal the cashier reads. */
  action: string;
}

export interface MoneyDialog<Body, Result> {
  /** Sent as Idempotency-Key with every try of this attempt. */
  key: string;
  /** True while a request of this attempt is in flight. */
  busy: boolean;
  /** Why the last try failed, in the cashier's words; cleared by the next try. */
  error: string | null;
  /** The server's record once the money is in; the dialog then shows the receipt. */
  done: Result | null;
  /**
   * Sends the POST unless one is already in flight (a double click posts once). After a failure the
   * key stays, so a retry after a lost answer cannot post a second payment.
   */
  submit: (body: Body) => Promise<void>;
}

// spec: WEB-MONEY-1
/**
 * One money-moving dialog opening: mounted when the dialog opens, so every opening gets a fresh
 * Idempotency-Key and every click, retry or double click inside it reuses that key.
 */
export function useMoneyDialog<Body, Result>({
  post,
  changed,
  action,
}: MoneyDialogOptions<Body, Result>): MoneyDialog<Body, Result> {
  const [key] = useState(() => crypto.randomUUID());
  const invalidate = useInvalidateFor();
  // React state is not visible to a second click in the same tick; a ref is.
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (body: Body) => post(key, body),
    // Not awaited: the receipt shows at once while the views behind the dialog refetch.
    onSuccess: (result) => void invalidate(changed(result)),
  });

  const submit = async (body: Body) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await mutation.mutateAsync(body);
    } catch {
      // Shown through `error`; the key is kept for the retry.
    } finally {
      inFlight.current = false;
    }
  };

  return {
    key,
    busy: mutation.isPending,
    error: mutation.error ? moneyErrorMessage(mutation.error, action) : null,
    done: mutation.data ?? null,
    submit,
  };
}
