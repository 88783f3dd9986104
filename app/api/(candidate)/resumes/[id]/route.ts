import { getResume } from '@/db/queries';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    await ensureReady();
    const resume = await getResume(id);
    if (!resume) return jsonError('No resume with this id. Check the link, or upload the resume again.', 404);
    return Response.json({
      id: resume.id,
      status: resume.status,
      error: resume.error,
      filename: resume.filename,
      candidateName: resume.candidateName,
      years: resume.years,
      skills: resume.skills.map((s) => ({ name: s.name, category: s.category })),
      warnings: resume.warnings,
    });
  } catch (err) {
    return errorResponse(err);
  }
}
