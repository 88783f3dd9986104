import 'server-only';
import { getMatch } from '../db/matches';
import { candidateForJob, saveApplication } from '../db/pipeline';
import { getResume } from '../db/resumes';
import { toCsv } from '../lib/export/csv';
import { UserError } from '../lib/http/errors';
import { EXPORT_HEADER, exportFilename, exportRow } from '../lib/workspace/export';
import { candidateName } from '../lib/workspace/identity';
import { STATUS_LABELS, type PipelineStatus } from '../lib/workspace/pipeline';
import { requireVisibleJob } from './candidate-access';
import { notesForExport } from './notes';

// Actions on the candidates a recruiter checked in a job's table: move them all to a stage (reject is the stage
// 'rejected'), or export them with the same columns as the whole list's export. Each acts on the recruiter's own
// pipeline, for candidates ranked for a job they can see, as the one-candidate status change does.

/** At most a page of the table (100 rows) is selected at once; more is a hand-made request. */
export const MAX_SELECTION = 100;

/** What the selection form shows after an action. */
export interface SelectionFormState {
  error: string | null;
  message: string | null;
}

function selection(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (!unique.length) throw new UserError('Select at least one candidate first.', 400);
  if (unique.length > MAX_SELECTION)
    throw new UserError(`Select at most ${MAX_SELECTION} candidates at a time.`, 400);
  return unique;
}

/**
 * Moves the selected candidates to the status in the recruiter's pipeline for the job. Candidates no longer ranked
 * for it (deleted, made private) are skipped; returns how many were moved.
 */
export async function moveSelected(
  jobId: string,
  recruiterId: string,
  ids: readonly string[],
  status: PipelineStatus,
): Promise<number> {
  const chosen = selection(ids);
  await requireVisibleJob(jobId, recruiterId);
  let moved = 0;
  for (const resumeId of chosen) {
    if (!(await candidateForJob(jobId, resumeId, recruiterId))) continue;
    await saveApplication(jobId, resumeId, { status }, recruiterId);
    moved++;
  }
  return moved;
}

/** The sentence for a move: "Moved 3 candidates to Interviewing." */
export function movedMessage(moved: number, status: PipelineStatus): string {
  if (moved === 0) return 'None of the selected candidates is ranked for this job any more. Reload the page.';
  return `Moved ${moved === 1 ? '1 candidate' : `${moved} candidates`} to ${STATUS_LABELS[status]}.`;
}

/** The selected candidates as the export's CSV (best rank first), names hidden under blind review. */
export async function selectionCsv(
  jobId: string,
  recruiter: { id: string; blindReview: boolean },
  ids: readonly string[],
): Promise<{ filename: string; csv: string }> {
  const chosen = selection(ids);
  const job = await requireVisibleJob(jobId, recruiter.id);
  const found = await Promise.all(
    chosen.map(async (resumeId) => {
      const [place, result, resume] = await Promise.all([
        candidateForJob(jobId, resumeId, recruiter.id),
        getMatch(jobId, resumeId),
        getResume(resumeId),
      ]);
      return place && result && resume ? { resumeId, place, result, resume } : null;
    }),
  );
  const rows = found.filter((r) => r !== null).sort((a, b) => a.place.rank - b.place.rank);
  const notes = await notesForExport(
    jobId,
    rows.map((r) => r.resumeId),
  );
  const csv = toCsv(
    EXPORT_HEADER,
    rows.map((r) =>
      exportRow({
        rank: r.place.rank,
        label: candidateName(
          { resumeId: r.resumeId, candidateName: r.resume.candidateName, filename: r.resume.filename },
          recruiter.blindReview,
        ),
        result: r.result,
        status: r.place.status,
        notes: notes.get(r.resumeId) ?? '',
      }),
    ),
  );
  return { filename: exportFilename(`${job.title} selected`), csv };
}
