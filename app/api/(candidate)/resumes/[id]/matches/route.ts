import { matchBody } from '@/lib/match/phrases';
import { listWindow } from '@/lib/http/paging';
import { jsonError } from '@/lib/http/respond';
import { route } from '@/services/http';
import { countMatchesForResume, getResume, matchesForResume } from '@/services/resumes';
import { NO_SUCH_RESUME } from '@/services/session';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>({ auth: 'resume' }, async ({ request, params: { id }, viewer }) => {
  const resume = await getResume(id);
  if (!resume) return jsonError(NO_SUCH_RESUME, 404);
  // The candidate sees every open job; a recruiter sees the jobs on their own board.
  const scope = viewer.kind === 'candidate' ? 'candidate' : { recruiterId: viewer.recruiter.id };
  const ready = resume.status === 'ready';
  const { limit, offset } = listWindow(new URL(request.url));
  const [matches, total] = ready
    ? await Promise.all([matchesForResume(id, scope, { limit, offset }), countMatchesForResume(id, scope)])
    : [[], 0];
  return Response.json({
    status: resume.status,
    // Best first; page with ?limit= (up to 500, default 100) and ?offset=.
    total,
    matches: matches.map((m) => ({
      jobId: m.jobId,
      title: m.title,
      company: m.company,
      ...matchBody(m.result),
    })),
  });
});
