import { toCsv } from '@/lib/export/csv';
import { csvAttachment, jsonError } from '@/lib/http/respond';
import { EXPORT_HEADER, exportFilename, exportRow } from '@/lib/workspace/export';
import { parseCandidateFilters } from '@/lib/workspace/filters';
import { candidateName } from '@/lib/workspace/identity';
import { jobSkillNames } from '@/lib/workspace/job-skills';
import { NO_SUCH_JOB, route } from '@/services/http';
import { jobForRecruiter } from '@/services/jobs';
import { notesForExport } from '@/services/notes';
import { rankedCandidates } from '@/services/workspace';

export const dynamic = 'force-dynamic';

const EXPORT_PAGE = 1_000;

/**
 * The job's ranked candidates as CSV, under the same filters as the table (`skill`, `min`, `q`, `status`, `sort`
 * in the query string), every page of them. Names are replaced by stand-ins while the recruiter has blind review on.
 */
export const GET = route<{ id: string }>(
  { auth: 'recruiter' },
  async ({ request, params: { id }, recruiter }) => {
    const job = await jobForRecruiter(id, recruiter.id);
    if (!job) return jsonError(NO_SUCH_JOB, 404);
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
      // Notes are the team's timeline, oldest first, one per line (applications.notes is no longer written).
      const notes = await notesForExport(
        id,
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
    return csvAttachment(exportFilename(job.title), toCsv(EXPORT_HEADER, rows));
  },
);
