import { getJob, matchesForJob } from '@/db/queries';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { requireApiRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(request.url);
  const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? '100') || 100));
  const offset = Math.max(0, Number(url.searchParams.get('offset') ?? '0') || 0);
  try {
    await ensureReady();
    const access = await requireApiRecruiter(request);
    if (!access.ok) return access.response;
    const scope = { recruiterId: access.value.id };
    // Another recruiter's job answers like a missing one, so its existence is not revealed.
    const job = await getJob(id, scope);
    if (!job) return jsonError('No job with this id. List your jobs with GET /api/jobs.', 404);
    const matches = await matchesForJob(id, { scope, limit, offset });
    return Response.json({
      job: { id: job.id, title: job.title, status: job.status },
      matches: matches.map((m) => ({
        resumeId: m.resumeId,
        candidate: m.candidateName ?? m.filename,
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
