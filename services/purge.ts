import 'server-only';
import { deleteResume as deleteResumeRow } from '../db/resumes';
import { loadConfig } from '../lib/config';
import { processGlobal } from '../lib/process-global';
import { pendingPurges, purgeDeleted, type PurgeReport } from '../db/purge';

/*
 * Deletions are made final on disk in batches: a purge rewrites whole tables, so one runs a short while after the
 * first delete of a batch rather than once per delete. PURGE_DELAY_MS sets the wait (default 5 s).
 */

interface PurgeState {
  timer: NodeJS.Timeout | null;
  running: Promise<PurgeReport | null> | null;
  /** A delete arrived while a purge ran: run again when it ends. */
  again: boolean;
}

const purge = processGlobal<PurgeState>('purge');

function state(): PurgeState {
  return purge.getOrCreate(() => ({ timer: null, running: null, again: false }));
}

/** Runs a purge now (after any running one); resolves with what it purged, or null when it failed. */
export function purgeNow(): Promise<PurgeReport | null> {
  const s = state();
  if (s.running) {
    s.again = true;
    return s.running;
  }
  s.running = purgeDeleted()
    .catch((err: unknown) => {
      // Requests stay in the table, so the next delete or start tries again.
      console.error('Purging deleted data failed:', err);
      return null;
    })
    .finally(() => {
      s.running = null;
      if (s.again) {
        s.again = false;
        schedulePurge();
      }
    });
  return s.running;
}

/** Purges after PURGE_DELAY_MS, once for all the deletes that arrive meanwhile. */
export function schedulePurge(): void {
  const s = state();
  if (s.timer) return;
  s.timer = setTimeout(() => {
    s.timer = null;
    void purgeNow();
  }, loadConfig().purgeDelayMs);
  s.timer.unref?.();
}

/** On start: a purge cut short by a stop (or never run) is run again. */
export async function resumePendingPurge(): Promise<void> {
  if ((await pendingPurges()) > 0) schedulePurge();
}

/**
 * Deletes a resume with everything derived from it, then has its bytes removed from the table files and the log
 * within seconds. False when it was already gone.
 */
export async function deleteResume(id: string): Promise<boolean> {
  const deleted = await deleteResumeRow(id);
  if (deleted) schedulePurge();
  return deleted;
}
