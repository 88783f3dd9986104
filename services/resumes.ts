import 'server-only';
import os from 'node:os';
import { z } from 'zod';
import { getDbHandle } from '../db/client';
import {
  claimNextResume,
  embeddedTwin,
  extendClaim,
  failClaimedResume,
  failExhaustedResumes,
  releaseAllClaims,
  releaseClaim,
  type Claim,
} from '../db/processing';
import { releaseAllJobScoringClaims } from '../db/job-scoring';
import { loadJobProfiles } from '../db/jobs';
import { saveResumeMatches } from '../db/matches';
import { completeResume } from '../db/processing';
import { getResume, insertResume, loadResumeProfiles } from '../db/resumes';
import { hashToken, newLinkToken } from '../lib/auth/tokens';
import {
  DEFAULT_CANDIDATE_VISIBILITY,
  RESUME_VISIBILITIES,
  type ResumeVisibility,
} from '../lib/candidate/visibility';
import { UserError } from '../lib/http/errors';
import { embedTexts } from '../lib/embeddings/model';
import { storableFilename } from '../lib/http/text-fields';
import { ingestDocument, type IngestedDocument } from '../lib/ingest';
import {
  applySkillCorrections,
  prepareResume,
  resumePassages,
  scoreMatch,
  toResumeProfile,
} from '../lib/match';
import { processGlobal } from '../lib/process-global';
import { parseContact } from '../lib/structure';
import { newId, sha256 } from './ids';
import { leaseMs, MAX_ATTEMPTS, RETRY_DELAY_MS } from './queue-policy';
import { scoreNextJobPage } from './job-scoring';

// Pages and the API read a resume and its ranked jobs through here.
export { getResume, type StoredResume } from '../db/resumes';
export { countMatchesForResume, matchesForResume, type RankedJob } from '../db/matches';

/** With a shared database, how often an idle instance looks for work other instances left or could not keep up with. */
const POLL_MS = 10_000;

export interface AcceptOptions {
  /** The recruiter uploading it in bulk; unset for a candidate's own upload. */
  uploadedBy?: string;
  /**
   * Who may see a candidate's own upload, as they chose; unset, it is private. A recruiter's bulk upload is always
   * visible to recruiters.
   */
  visibility?: ResumeVisibility;
  /** The file already read by ingestDocument (bulk uploads read it first to find duplicates by email). */
  document?: IngestedDocument;
  /**
   * Who is uploading (the address the upload rate limit counts), so that client's files take one turn at the
   * document readers. Unset, each upload takes its own turn.
   */
  client?: string;
}

/**
 * Reads the upload and stores its bytes and text before anything slow happens, so an acknowledged resume
 * survives a crash; embedding and scoring follow in the background queue.
 * The answer carries the candidate's private-link token (`/candidate/r/<token>`), returned this once: only its
 * hash is stored; and who may see the resume, so a script that did not say learns it is private. Throws IngestError
 * (with a 4xx status and a message for the user) when the file cannot be used.
 */
export async function acceptResume(
  bytes: Uint8Array,
  filename: string,
  opts: AcceptOptions = {},
): Promise<{ id: string; status: 'processing'; token: string; visibility: ResumeVisibility }> {
  const id = newId();
  const visibility = opts.uploadedBy ? 'recruiters' : (opts.visibility ?? DEFAULT_CANDIDATE_VISIBILITY);
  const doc =
    opts.document ?? (await ingestDocument(bytes, { filename, client: opts.client ?? `upload:${id}` }));
  const token = newLinkToken();
  const contact = parseContact(doc.text);
  await insertResume({
    id,
    filename: storableFilename(filename),
    kind: doc.kind,
    sizeBytes: bytes.byteLength,
    contentHash: sha256(bytes),
    original: bytes,
    text: doc.text,
    candidateName: contact.name,
    candidateEmail: contact.email?.toLowerCase() ?? null,
    contact,
    uploadedBy: opts.uploadedBy ?? null,
    visibility,
    accessTokenHash: hashToken(token),
  });
  kickProcessing();
  return { id, status: 'processing', token, visibility };
}

const VisibilityField = z.enum(RESUME_VISIBILITIES);

/**
 * The `visibility` a candidate sends with an upload: "recruiters" or "private"; not sent, the upload is private.
 * Throws UserError (400) for anything else, rather than guess who may see a resume.
 */
export function uploadVisibility(sent: string | undefined): ResumeVisibility {
  if (sent === undefined) return DEFAULT_CANDIDATE_VISIBILITY;
  const parsed = VisibilityField.safeParse(sent.trim());
  if (parsed.success) return parsed.data;
  throw new UserError(
    'Send visibility as "recruiters" (recruiters on this Rolefit may see the resume) or "private" (only its private link opens it), or leave it out for private.',
    400,
  );
}

/**
 * Embeds one claimed resume and scores it against every open job. Vectors come from an earlier upload of the same
 * file when there is one, so an identical file is never embedded twice. False when the claim was lost meanwhile.
 */
async function processClaimed(claim: Claim, worker: string): Promise<boolean> {
  const lease = leaseMs();
  const heartbeat = setInterval(() => void extendClaim(claim.id, worker, lease).catch(() => {}), lease / 3);
  heartbeat.unref?.();
  try {
    const resume = await getResume(claim.id);
    if (!resume) return false;
    const prepared = prepareResume(resume.text);
    const twin = await embeddedTwin(resume.contentHash, resume.id);
    const passages = resumePassages(prepared);
    const reuse = twin.length === passages.length && twin.every((c, i) => c.text === passages[i]);
    const vectors = reuse ? twin.map((c) => c.vector) : await embedTexts(passages);
    // The candidate's removals apply; their additions are claims, carried beside the evidence and never scored.
    const corrected = applySkillCorrections(prepared.skills, resume.skillCorrections);
    const profile = {
      ...toResumeProfile({ ...prepared, skills: corrected.skills }, vectors),
      claimed: corrected.claimed,
    };
    const jobs = await loadJobProfiles();
    const scored = jobs.map((j) => ({
      jobId: j.id,
      contentHash: j.contentHash,
      result: scoreMatch(j.profile, profile),
    }));
    return await completeResume(
      resume.id,
      {
        skills: prepared.skills,
        years: prepared.years,
        warnings: prepared.warnings,
        chunks: profile.chunks,
        titles: profile.titles ?? [],
        lines: profile.lines ?? [],
        occupation: prepared.occupation,
        contact: parseContact(resume.text),
      },
      scored,
      { claimedBy: worker },
    );
  } catch (err) {
    if (claim.attempts >= MAX_ATTEMPTS) await failClaimedResume(claim.id, worker);
    else await releaseClaim(claim.id, worker, RETRY_DELAY_MS);
    throw err;
  } finally {
    clearInterval(heartbeat);
  }
}

/** This process's name in claims: unique per process, readable in the database when debugging a stuck queue. */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${newId().slice(0, 6)}`;

/**
 * Works through the queue until nothing is left to claim: waiting resumes one at a time, taking turns with pages of
 * jobs waiting to be scored (services/job-scoring.ts), so neither kind holds the other up. Returns the resume ids it
 * completed and how many attempts failed. Several of these may run at once, in one process or many, against one
 * database.
 */
export async function drainQueue(worker = WORKER_ID): Promise<{ done: string[]; failures: number }> {
  const done: string[] = [];
  let failures = 0;
  await failExhaustedResumes(MAX_ATTEMPTS);
  for (;;) {
    const claim = await claimNextResume(worker, { leaseMs: leaseMs(), maxAttempts: MAX_ATTEMPTS });
    if (claim) {
      try {
        if (await processClaimed(claim, worker)) done.push(claim.id);
      } catch (err) {
        failures += 1;
        console.error(`Processing resume ${claim.id} failed:`, err);
      }
    }
    let scored = false;
    try {
      scored = await scoreNextJobPage(worker);
    } catch (err) {
      failures += 1;
      console.error('Scoring a job failed:', err);
    }
    if (!claim && !scored) break;
    // Let requests in between turns: scoring runs on this thread.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { done, failures };
}

type QueueState = {
  running: boolean;
  again: boolean;
  /** The embedded database's stale claims were dropped (done once per process). */
  recovered: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  idle: Promise<void>;
};
const queue = processGlobal<QueueState>('resumeQueue');

/**
 * Drains the queue in the background; safe to call often (calls coalesce). A resume whose processing failed is
 * retried after a pause, up to MAX_ATTEMPTS; after a crash the queue simply picks up the rows still `processing`.
 * With a shared Postgres database the queue also polls, so resumes of an instance that died are taken over.
 */
export function kickProcessing(): void {
  const state = queue.getOrCreate(() => ({
    running: false,
    again: false,
    recovered: false,
    timer: null,
    idle: Promise.resolve(),
  }));
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  state.idle = (async () => {
    let failures = 0;
    let shared = false;
    try {
      shared = (await getDbHandle()).kind === 'postgres';
      if (!shared && !state.recovered) await Promise.all([releaseAllClaims(), releaseAllJobScoringClaims()]);
      state.recovered = true;
      do {
        state.again = false;
        failures += (await drainQueue()).failures;
      } while (state.again);
    } catch (err) {
      failures += 1;
      console.error('The resume queue stopped:', err);
    } finally {
      state.running = false;
    }
    const wait = failures ? RETRY_DELAY_MS : shared ? POLL_MS : 0;
    if (wait && !state.timer) {
      state.timer = setTimeout(() => {
        state.timer = null;
        kickProcessing();
      }, wait);
      state.timer.unref?.();
    }
  })();
}

/** Resolves when this process's queue has nothing left to do now (benchmarks and tests wait on it). */
export async function queueIdle(): Promise<void> {
  for (let state = queue.get(); state; state = queue.get()) {
    await state.idle;
    if (!state.running) return;
  }
}

/** Scores a ready resume again against every open job, from its stored vectors: no model call. */
export async function rescoreResume(id: string): Promise<void> {
  const [resume] = await loadResumeProfiles({ ids: [id], limit: 1 });
  if (!resume) return;
  const jobs = await loadJobProfiles();
  await saveResumeMatches(
    id,
    jobs.map((j) => ({ jobId: j.id, result: scoreMatch(j.profile, resume.profile) })),
  );
}
