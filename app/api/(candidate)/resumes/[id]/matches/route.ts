import { getResume, matchesForResume } from '@/db/queries';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    await ensureReady();
    const resume = await getResume(id);
    if (!resume) return jsonError('No resume with this id. Check the link, or upload the resume again.', 404);
    const matches = resume.status === 'ready' ? await matchesForResume(id) : [];
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
