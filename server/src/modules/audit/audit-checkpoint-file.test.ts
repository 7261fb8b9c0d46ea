import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkpointFileName,
  readCheckpointFiles,
  signCheckpoint,
  writeCheckpointFile,
} from './audit-checkpoint-file';
import { deriveAuditKeys } from './audit-keys';

const key = deriveAuditKeys('Tq8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJaGeUiOk7Yw').checkpoint;
const checkpoint = signCheckpoint(key, {
  version: 1,
  date: '2026-12-03',
  writtenAt: '2026-12-03T23:00:00.000Z',
  lastId: 41,
  count: 41,
  legacyRows: 0,
  hash: 'f'.repeat(64),
});

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-checkpoint-file-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('checkpoint files', () => {
  it('AUDIT-CHAIN-3: reads back what it signed, and nothing from a missing folder', async () => {
    const dir = folder();
    await writeCheckpointFile(dir, checkpoint);
    expect(await readCheckpointFiles(dir, key)).toEqual([
      { file: checkpointFileName('2026-12-03'), valid: true, checkpoint },
    ]);
    expect(await readCheckpointFiles(path.join(dir, 'none'), key)).toEqual([]);
  });

  it('AUDIT-CHAIN-3: refuses a file signed with another key, edited, renamed to another day, or not JSON', async () => {
    const dir = folder();
    await writeCheckpointFile(dir, checkpoint);
    expect(
      await readCheckpointFiles(dir, deriveAuditKeys('another-secret-key-of-enough-length').checkpoint),
    ).toEqual([{ file: checkpointFileName('2026-12-03'), valid: false }]);

    renameSync(
      path.join(dir, checkpointFileName('2026-12-03')),
      path.join(dir, checkpointFileName('2026-12-04')),
    );
    writeFileSync(
      path.join(dir, checkpointFileName('2026-12-05')),
      JSON.stringify({ ...checkpoint, date: '2026-12-05' }),
    );
    writeFileSync(path.join(dir, checkpointFileName('2026-12-06')), '{ not json');
    writeFileSync(path.join(dir, 'notes.txt'), 'ignored: not a checkpoint name');
    expect((await readCheckpointFiles(dir, key)).map((c) => [c.file, c.valid])).toEqual([
      [checkpointFileName('2026-12-04'), false],
      [checkpointFileName('2026-12-05'), false],
      [checkpointFileName('2026-12-06'), false],
    ]);
  });
});
