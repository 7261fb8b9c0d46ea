import { hkdfSync } from 'node:crypto';

/** Keys derived from SECRET_KEY for the audit log; neither is ever written to the database. */
export interface AuditKeys {
  /** Keys each row's hash (HMAC-SHA256). */
  chain: Buffer;
  /** Signs the checkpoints written outside the database. */
  checkpoint: Buffer;
}

export function deriveAuditKeys(secretKey: string): AuditKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secretKey, 'modern-emr/audit', info, 32));
  return {
    chain: derive('modern-emr audit chain v1'),
    checkpoint: derive('modern-emr audit checkpoint v1'),
  };
}

let processKeys: { secretKey: string; keys: AuditKeys } | undefined;

/**
 * Sets the keys every audit write of this process uses. A process serves one clinic with one
 * SECRET_KEY; a second, different key would silently fork the chain, so it is refused.
 * (Process-wide because `recordAudit` is called from every module with a transaction only.)
 */
export function useAuditKeys(secretKey: string | undefined): void {
  if (!secretKey) throw new Error('SECRET_KEY must be resolved before the audit log is used');
  if (processKeys && processKeys.secretKey !== secretKey) {
    throw new Error('this process already writes the audit log with another SECRET_KEY');
  }
  processKeys ??= { secretKey, keys: deriveAuditKeys(secretKey) };
}

export function auditKeys(): AuditKeys {
  if (!processKeys) throw new Error('audit keys are not set: call useAuditKeys at start-up');
  return processKeys.keys;
}
