import {
  completeResume,
  failExhaustedResumes,
  failResume,
  getResume,
  insertResume,
  loadJobProfiles,
  noteAttempt,
  pendingResumeIds,
} from '../db/queries';
import { hashToken, newLinkToken } from '../lib/auth/tokens';
import { embedTexts } from '../lib/embeddings/model';
import { ingestDocument } from '../lib/ingest';
import { prepareResume, scoreMatch, toResumeProfile } from '../lib/match';
import { guessName } from '../lib/structure';
import { newId, sha256 } from './ids';

const MAX_ATTEMPTS = 3;

/**
 * Reads the upload and stores its bytes and text before anything slow happens, so an acknowledged resume
 * survives a crash; embedding and scoring follow in the background queue.
 * The answer carries the candidate's private-link token (`/candidate/r/<token>`), returned this once: only its
 * hash is stored. Throws IngestError (with a 4xx status and a message for the user) when the file cannot be used.
 */
export async function acceptResume(bytes: Uint8Array, filename: string): Promise<{ id: string; status: 'processing'; token: string }> {
  const doc = await ingestDocument(bytes, { filename });
  const id = newId();
  const token = newLinkToken();
  await insertResume({
    id,
    filename: filename.slice(0, 255) || 'resume',
    kind: doc.kind,
    sizeBytes: bytes.byteLength,
    contentHash: sha256(bytes),
    original: bytes,
    text: doc.text,
    candidateName: guessName(doc.text),
    accessTokenHash: hashToken(token),
  });
  kickProcessing();
  return { id, status: 'processing', token };
}

/** Embeds one stored resume and scores it against every open job. */
export async function processResume(id: string): Promise<void> {
  const resume = await getResume(id);
  if (!resume || resume.status !== 'processing') return;
  await noteAttempt(id);
  try {
    const prepared = prepareResume(resume.text);
    const vectors = await embedTexts(prepared.chunks);
    const profile = toResumeProfile(prepared, vectors);
    const jobs = await loadJobProfiles();
    const scored = jobs.map((j) => ({ jobId: j.id, result: scoreMatch(j.profile, profile) }));
    await completeResume(
      id,
      { skills: prepared.skills, years: prepared.years, warnings: prepared.warnings, chunks: profile.chunks },
      scored,
    );
  } catch (err) {
    if (resume.attempts + 1 >= MAX_ATTEMPTS) {
      await failResume(id, 'We could not analyse this resume. Try uploading it again, or as a DOCX or text file.');
    }
    throw err;
  }
}

const QUEUE_KEY = Symbol.for('rolefit.resume-queue');
type QueueState = { running: boolean; again: boolean; retryTimer: ReturnType<typeof setTimeout> | null };
type GlobalWithQueue = typeof globalThis & { [QUEUE_KEY]?: QueueState };
const RETRY_DELAY_MS = 5_000;

/**
 * Drains stored-but-unprocessed resumes one at a time; safe to call often (calls coalesce). A resume whose
 * processing failed stays queued and is retried after a pause, up to MAX_ATTEMPTS; the same happens after a
 * crash, because the queue is the `processing` rows themselves.
 */
export function kickProcessing(): void {
  const g = globalThis as GlobalWithQueue;
  const state = (g[QUEUE_KEY] ??= { running: false, again: false, retryTimer: null });
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    let failures = 0;
    try {
      await failExhaustedResumes(MAX_ATTEMPTS);
      do {
        state.again = false;
        for (const id of await pendingResumeIds(MAX_ATTEMPTS)) {
          await processResume(id).catch((err: unknown) => {
            failures += 1;
            console.error(`Processing resume ${id} failed:`, err);
          });
        }
      } while (state.again);
    } catch (err) {
      failures += 1;
      console.error('The resume queue stopped:', err);
    } finally {
      state.running = false;
    }
    if (failures && !state.retryTimer) {
      state.retryTimer = setTimeout(() => {
        state.retryTimer = null;
        kickProcessing();
      }, RETRY_DELAY_MS);
      state.retryTimer.unref?.();
    }
  })();
}
