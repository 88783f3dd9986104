import { getResume, matchesForResume } from '@/db/queries';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { requireResumeAccess } from '@/services/session';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    await ensureReady();
    const access = await requireResumeAccess(request, id);
    if (!access.ok) return access.response;
    const resume = await getResume(id);
    if (!resume) return jsonError('No resume here. Open your private link again, or upload the resume again.', 404);
    // The candidate sees every open job; a recruiter sees the jobs on their own board.
    const scope = access.value.kind === 'candidate' ? 'candidate' : { recruiterId: access.value.recruiter.id };
    const matches = resume.status === 'ready' ? await matchesForResume(id, scope) : [];
    return Response.json({
      status: resume.status,
      matches: matches.map((m) => ({
        jobId: m.jobId,
        title: m.title,
        company: m.company,
        score: m.result.score,
        band: m.result.band,
        skills: m.result.skills,
        reasons: m.result.reasons,
        gaps: m.result.gaps,
      })),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
