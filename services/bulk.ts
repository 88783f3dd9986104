import 'server-only';
import { BULK_LOCK, getDbHandle } from '../db/client';
import { ensureApplication } from '../db/pipeline';
import { findDuplicateResume } from '../db/resumes';
import { ingestDocument, IngestError, MAX_UPLOAD_BYTES } from '../lib/ingest';
import { processGlobal } from '../lib/process-global';
import { findEmail } from '../lib/structure';
import { ARCHIVE_LIMITS, openResumeArchive } from '../lib/workspace/archive';
import { sha256 } from './ids';
import { acceptResume } from './resumes';

// Bulk upload for a job: each file is read, checked for duplicates, stored with its uploader and put in the job's
// pipeline; one bad file never stops the others.

export type UploadOutcome =
  | { outcome: 'added'; resumeId: string; message: string }
  | { outcome: 'duplicate'; resumeId: string; message: string }
  | { outcome: 'error'; message: string };

// "Already uploaded" first: sending a batch again after an interruption is how a recruiter adds what was missing.
const SAME_FILE = 'Already uploaded: this exact file is already stored, so it was not stored again.';
const SAME_EMAIL =
  'Already uploaded: a resume with the same email address is already stored, so this one was not stored again.';

/** The last bulk upload queued in this process; the next one waits for it. */
const lastInLine = processGlobal<Promise<unknown>>('bulkLock');

/**
 * Runs fn after every earlier call has finished, in this process and (on a shared Postgres, through an advisory lock)
 * in every instance: two uploads of one person at once must not both be stored.
 */
function serially<T>(fn: () => Promise<T>): Promise<T> {
  const locked = async () => (await getDbHandle()).withLock(BULK_LOCK, fn);
  const run = (lastInLine.get() ?? Promise.resolve()).then(locked, locked);
  lastInLine.set(run.catch(() => undefined));
  return run;
}

/**
 * Adds one resume to a job's candidates. A file already stored (same bytes), or a resume of someone already stored
 * (same email address), is not stored again: the earlier resume joins the job's pipeline instead.
 */
export async function addResumeToJob(
  jobId: string,
  recruiterId: string,
  bytes: Uint8Array,
  filename: string,
): Promise<UploadOutcome> {
  try {
    const contentHash = sha256(bytes);
    const sameFile = await findDuplicateResume({ contentHash });
    if (sameFile) return await duplicate(jobId, recruiterId, sameFile.id, SAME_FILE);
    // Reading (in a worker thread) happens outside the lock, so several files are read at once.
    // A recruiter's files take one turn at the readers, so a large import never holds up candidates' uploads.
    const document = await ingestDocument(bytes, { filename, client: `recruiter:${recruiterId}` });
    const email = findEmail(document.text)?.toLowerCase() ?? null;
    return await serially(async () => {
      // Checked again in here: the same file or person may have been stored while this one was being read.
      const sameFileNow = await findDuplicateResume({ contentHash });
      if (sameFileNow) return duplicate(jobId, recruiterId, sameFileNow.id, SAME_FILE);
      const samePerson = email ? await findDuplicateResume({ email }) : null;
      if (samePerson) return duplicate(jobId, recruiterId, samePerson.id, SAME_EMAIL);
      const { id } = await acceptResume(bytes, filename, { uploadedBy: recruiterId, document });
      await ensureApplication(jobId, id, recruiterId);
      return { outcome: 'added' as const, resumeId: id, message: 'Stored; it is being analysed and ranked.' };
    });
  } catch (err) {
    if (err instanceof IngestError) return { outcome: 'error', message: err.message };
    console.error(`Bulk upload of ${filename} failed:`, err);
    return {
      outcome: 'error',
      message: 'This file could not be stored because of an error on our side. Upload it again.',
    };
  }
}

async function duplicate(
  jobId: string,
  recruiterId: string,
  existingId: string,
  message: string,
): Promise<UploadOutcome> {
  await ensureApplication(jobId, existingId, recruiterId);
  return { outcome: 'duplicate', resumeId: existingId, message };
}

export type ArchiveEvent =
  | { type: 'archive'; entries: { index: number; name: string }[] }
  | ({ type: 'result'; index: number; name: string } & UploadOutcome);

/** How many files of a zip are read at once (reading runs in worker threads, at most two by default). */
const ARCHIVE_CONCURRENCY = 2;

/**
 * Adds every resume in a zip to a job, reporting the file list first and then each file as it is done (not in
 * order). Every file is processed even if the caller stops listening: the zip was received whole, and a file dropped
 * half-way would be missing without anyone being told. A zip that cannot be used at all throws IngestError with
 * what to do.
 */
export async function* addArchiveToJob(
  jobId: string,
  recruiterId: string,
  bytes: Uint8Array,
): AsyncGenerator<ArchiveEvent> {
  const archive = openResumeArchive(bytes, { ...ARCHIVE_LIMITS, maxEntryBytes: MAX_UPLOAD_BYTES });
  if (!archive.ok) throw new IngestError('corrupt', archive.error);
  const entries = archive.entries;
  yield { type: 'archive', entries: entries.map((e, index) => ({ index, name: e.name })) };

  const done: ArchiveEvent[] = [];
  let wake: (() => void) | null = null;
  let next = 0;
  let running = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      const read = archive.read(entry);
      const outcome = read.ok
        ? await addResumeToJob(jobId, recruiterId, read.bytes, entry.name)
        : ({ outcome: 'error', message: read.error } as const);
      done.push({ type: 'result', index, name: entry.name, ...outcome });
      wake?.();
    }
  };
  const workers = Array.from({ length: Math.min(ARCHIVE_CONCURRENCY, entries.length) }, () => {
    running++;
    return worker().finally(() => {
      running--;
      wake?.();
    });
  });
  while (running > 0 || done.length) {
    if (!done.length) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    while (done.length) yield done.shift()!;
  }
  await Promise.all(workers);
}
