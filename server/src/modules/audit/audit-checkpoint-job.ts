import { access } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../clock';
import type { Db } from '../../db/database';
import { checkpointLogFields, writeAuditCheckpoint } from './audit-checkpoint.service';
import { checkpointFileName } from './audit-checkpoint-file';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Writes the day's checkpoint once a day while the server runs: at start-up if today's file is
 * missing, then checked hourly (so a sleeping or restarted machine still gets one per day).
 * A plain timer for now; it moves to the job queue when that arrives. Several instances sharing the
 * folder may both write the day's file: each write is whole (renamed into place) and valid.
 */
// spec: AUDIT-CHAIN-3
export function scheduleAuditCheckpoints(
  app: FastifyInstance,
  deps: { db: Db; checkpointDir: string; clock: Clock },
): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function checkpointIfDue(): Promise<void> {
    const now = deps.clock();
    const today = path.join(deps.checkpointDir, checkpointFileName(now.toISOString().slice(0, 10)));
    if (await exists(today)) return;
    const outcome = await writeAuditCheckpoint(deps.db, { checkpointDir: deps.checkpointDir, now });
    if (outcome.written) app.log.info(checkpointLogFields(outcome), 'audit checkpoint written');
    else app.log.error(checkpointLogFields(outcome), 'audit log tampered: no checkpoint written');
  }

  function tick(): void {
    // The whole chain is walked; never block start-up or a request on it, and never run two at once.
    running ??= checkpointIfDue()
      .catch((err: Error) =>
        app.log.error({ errType: err.name, errCode: codeOf(err) }, 'audit checkpoint failed'),
      )
      .finally(() => {
        running = undefined;
      });
  }

  app.addHook('onReady', async () => {
    tick();
    timer = setInterval(tick, CHECK_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function codeOf(err: Error): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}
