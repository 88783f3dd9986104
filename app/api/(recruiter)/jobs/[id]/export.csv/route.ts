import { toCsv } from '@/lib/export/csv';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { EXPORT_HEADER, exportFilename, exportRow } from '@/lib/workspace/export';
import { parseCandidateFilters } from '@/lib/workspace/filters';
import { candidateName } from '@/lib/workspace/identity';
import { jobSkillNames } from '@/lib/workspace/job-skills';
import { requireApiRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { isWellFormedId } from '@/services/ids';
import { notesForExport } from '@/services/notes';
import { getJob } from '@/services/jobs';
import { rankedCandidates } from '@/services/workspace';

export const dynamic = 'force-dynamic';

const EXPORT_PAGE = 1_000;

/**
 * The job's ranked candidates as CSV, under the same filters as the table (`skill`, `min`, `q`, `status`, `sort`
 * in the query string), every page of them. Names are replaced by stand-ins while the recruiter has blind review on.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    await ensureReady();
    const access = await requireApiRecruiter(request);
    if (!access.ok) return access.response;
    const recruiter = access.value;
    const job = isWellFormedId(id) ? await getJob(id, { recruiterId: recruiter.id }) : null;
    if (!job) return jsonError('No job with this id. List your jobs with GET /api/jobs.', 404);
    const filters = parseCandidateFilters(new URL(request.url).searchParams, {
      jobSkills: jobSkillNames(job.skills),
      blind: recruiter.blindReview,
    });

    const rows: (string | number)[][] = [];
    for (let page = 1; ; page++) {
      const { rows: batch, total } = await rankedCandidates(id, recruiter.id, {
        ...filters,
        pageSize: EXPORT_PAGE,
        page,
      });
      // Notes are the timeline's, oldest first, one per line (applications.notes is no longer written).
      const notes = await notesForExport(
        id,
        recruiter.id,
        batch.map((c) => c.resumeId),
      );
      for (const c of batch)
        rows.push(
          exportRow({
            rank: c.rank,
            label: candidateName(c, recruiter.blindReview),
            result: c.result,
            status: c.status,
            notes: notes.get(c.resumeId) ?? '',
          }),
        );
      if (page * EXPORT_PAGE >= total) break;
    }
    const filename = exportFilename(job.title);
    return new Response(toCsv(EXPORT_HEADER, rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
