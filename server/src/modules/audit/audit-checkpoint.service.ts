import type { Db } from '../../db/database';
import { type VerifyResult, verifyAuditChain } from './audit.service';
import { type SignedCheckpoint, signCheckpoint, writeCheckpointFile } from './audit-checkpoint-file';
import { GENESIS_HASH } from './audit-hash';
import { auditKeys } from './audit-keys';

export type CheckpointOutcome =
  | { written: true; file: string; checkpoint: SignedCheckpoint }
  | { written: false; verification: Extract<VerifyResult, { ok: false }> };

/**
 * Verifies the chain and the earlier checkpoints, then anchors the last row in a signed file.
 * A broken chain gets no checkpoint: signing it would vouch for the tampering.
 */
// spec: AUDIT-CHAIN-3
export async function writeAuditCheckpoint(
  db: Db,
  options: { checkpointDir: string; now: Date },
): Promise<CheckpointOutcome> {
  const verification = await verifyAuditChain(db, { checkpointDir: options.checkpointDir });
  if (!verification.ok) return { written: false, verification };
  const checkpoint = signCheckpoint(auditKeys().checkpoint, {
    version: 1,
    date: options.now.toISOString().slice(0, 10),
    writtenAt: options.now.toISOString(),
    lastId: verification.last?.id ?? 0,
    count: verification.last?.count ?? 0,
    legacyRows: verification.legacyRows,
    hash: verification.last?.hash ?? GENESIS_HASH,
  });
  const file = await writeCheckpointFile(options.checkpointDir, checkpoint);
  return { written: true, file, checkpoint };
}

/** What a log line may say about a checkpoint: ids, counts and hashes, never a row's content. */
export function checkpointLogFields(outcome: CheckpointOutcome) {
  if (outcome.written) {
    const { date, lastId, count, legacyRows, hash, signature } = outcome.checkpoint;
    return { auditCheckpoint: { date, lastId, count, legacyRows, hash, signature } };
  }
  const { reason, firstBadId, checkpoint } = outcome.verification;
  return { auditVerification: { ok: false, reason, firstBadId, checkpoint } };
}
