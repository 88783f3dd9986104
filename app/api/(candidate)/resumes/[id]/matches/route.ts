import { phrasedSkills } from '@/lib/match/phrases';
import { listWindow } from '@/lib/http/paging';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { isWellFormedId } from '@/services/ids';
import { requireResumeAccess } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { countMatchesForResume, getResume, matchesForResume } from '@/services/resumes';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'No resume here. Open your private link again, or upload the resume again.';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    if (!isWellFormedId(id)) return jsonError(NOT_FOUND, 404);
    await ensureReady();
    const access = await requireResumeAccess(request, id);
    if (!access.ok) return access.response;
    const resume = await getResume(id);
    if (!resume) return jsonError(NOT_FOUND, 404);
    // The candidate sees every open job; a recruiter sees the jobs on their own board.
    const scope =
      access.value.kind === 'candidate' ? 'candidate' : { recruiterId: access.value.recruiter.id };
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
        score: m.result.score,
        band: m.result.band,
        skills: phrasedSkills(m.result.skills),
        reasons: m.result.reasons,
        gaps: m.result.gaps,
        // Each requirement: covered or not, the resume line that shows it, and the skills it names.
        requirements: m.result.requirements,
      })),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
