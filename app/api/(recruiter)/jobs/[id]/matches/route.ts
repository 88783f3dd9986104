import { matchBody } from '@/lib/match/phrases';
import { listWindow } from '@/lib/http/paging';
import { jsonError } from '@/lib/http/respond';
import { NO_SUCH_JOB, route } from '@/services/http';
import { jobForRecruiter } from '@/services/jobs';
import { countRanked, jobScoringProgress, matchesForJob } from '@/services/workspace';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>(
  { auth: 'recruiter' },
  async ({ request, params: { id }, recruiter }) => {
    const { limit, offset } = listWindow(new URL(request.url));
    const scope = { recruiterId: recruiter.id };
    // Another recruiter's job answers like a missing one, so its existence is not revealed.
    const job = await jobForRecruiter(id, recruiter.id);
    if (!job) return jsonError(NO_SUCH_JOB, 404);
    const [matches, total, ranking] = await Promise.all([
      matchesForJob(id, { scope, limit, offset }),
      countRanked(id),
      job.status === 'open' ? jobScoringProgress(id) : null,
    ]);
    return Response.json({
      job: { id: job.id, title: job.title, status: job.status },
      // Best first; page with ?limit= (up to 500, default 100) and ?offset=.
      total,
      // While the job is being scored in the background: how many ready resumes are done so far, of how many.
      ranking,
      matches: matches.map((m) => ({
        resumeId: m.resumeId,
        candidate: m.candidateName ?? m.filename,
        ...matchBody(m.result),
      })),
    });
  },
);
