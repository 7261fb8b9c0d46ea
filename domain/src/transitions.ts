/**
 * Shared shape of every state machine's answer. The server turns a refusal into
 * 409 INVALID_TRANSITION with `{ machine, from, to, reason }` as details.
 */
export type TransitionResult<Reason extends string> = { ok: true } | { ok: false; reason: Reason };

export type StateMachineName = 'CHARGE' | 'VISIT' | 'INSURANCE';

export class InvalidTransitionError<Reason extends string = string> extends Error {
  override name = 'InvalidTransitionError';
  readonly code = 'INVALID_TRANSITION' as const;

  constructor(
    readonly machine: StateMachineName,
    readonly from: string,
    readonly to: string,
    readonly reason: Reason,
  ) {
    super(`${machine.toLowerCase()} cannot move from ${from} to ${to}: ${reason}`);
  }

  get details(): { machine: StateMachineName; from: string; to: string; reason: Reason } {
    return { machine: this.machine, from: this.from, to: this.to, reason: this.reason };
  }
}

export const ALLOWED: TransitionResult<never> = { ok: true };

export function refuse<Reason extends string>(reason: Reason): TransitionResult<Reason> {
  return { ok: false, reason };
}

export function throwIfRefused<Reason extends string>(
  machine: StateMachineName,
  from: string,
  to: string,
  result: TransitionResult<Reason>,
): void {
  if (!result.ok) throw new InvalidTransitionError(machine, from, to, result.reason);
}
