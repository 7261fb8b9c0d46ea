import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '@modern-emr/domain';
import { z } from 'zod';

/**
 * A daily anchor of the chain kept outside the database: the last row at that moment, how many
 * rows there were up to it, and its hash, signed with a key derived from SECRET_KEY. Someone with
 * only database access can neither delete the tail nor re-hash rows without a checkpoint disagreeing.
 */
export interface AuditCheckpoint {
  version: 1;
  /** The UTC day it stands for (one file per day; a later run that day replaces it). */
  date: string;
  writtenAt: string;
  /** The last row covered, 0 for an empty log. */
  lastId: number;
  /** Rows with an id up to lastId. */
  count: number;
  /**
   * Of those, rows from before the keyed chain (hash version 1). Recorded so that relabelling keyed
   * rows as legacy, which verification cannot prove, is itself detected.
   */
  legacyRows: number;
  hash: string;
}

export interface SignedCheckpoint extends AuditCheckpoint {
  signature: string;
}

const fileSchema = z.object({
  version: z.literal(1),
  date: z.iso.date(),
  writtenAt: z.iso.datetime(),
  lastId: z.number().int().min(0),
  count: z.number().int().min(0),
  legacyRows: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

const FILE_NAME = /^audit-checkpoint-(\d{4}-\d{2}-\d{2})\.json$/;

export function checkpointFileName(date: string): string {
  return `audit-checkpoint-${date}.json`;
}

function signatureOf(key: Buffer, checkpoint: AuditCheckpoint): string {
  const { version, date, writtenAt, lastId, count, legacyRows, hash } = checkpoint;
  return createHmac('sha256', key)
    .update(canonicalJson({ version, date, writtenAt, lastId, count, legacyRows, hash }))
    .digest('hex');
}

// spec: AUDIT-CHAIN-3
export function signCheckpoint(key: Buffer, checkpoint: AuditCheckpoint): SignedCheckpoint {
  return { ...checkpoint, signature: signatureOf(key, checkpoint) };
}

/** Written to a temporary name and renamed, so a reader never sees half a file. */
export async function writeCheckpointFile(dir: string, checkpoint: SignedCheckpoint): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, checkpointFileName(checkpoint.date));
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return file;
}

export type LoadedCheckpoint =
  | { file: string; valid: true; checkpoint: SignedCheckpoint }
  | { file: string; valid: false };

/** Every checkpoint file in the folder, oldest first; a file that is not one we signed is invalid. */
export async function readCheckpointFiles(dir: string, key: Buffer): Promise<LoadedCheckpoint[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const loaded: LoadedCheckpoint[] = [];
  for (const file of names.filter((n) => FILE_NAME.test(n)).sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    } catch {
      loaded.push({ file, valid: false });
      continue;
    }
    const checked = fileSchema.safeParse(parsed);
    // The date in the name must be the signed one: a renamed copy cannot stand in for another day.
    if (
      checked.success &&
      FILE_NAME.exec(file)?.[1] === checked.data.date &&
      sameHex(signatureOf(key, checked.data), checked.data.signature)
    ) {
      loaded.push({ file, valid: true, checkpoint: checked.data });
    } else {
      loaded.push({ file, valid: false });
    }
  }
  return loaded;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
