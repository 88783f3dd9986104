import { deleteResume } from '@/services/purge';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { isWellFormedId } from '@/services/ids';
import { requireResumeAccess } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { getResume } from '@/services/resumes';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'No resume here. Open your private link again, or upload the resume again.';

// Both need the resume's private-link token (Authorization: Bearer <token> or ?token=) or a recruiter.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    if (!isWellFormedId(id)) return jsonError(NOT_FOUND, 404);
    await ensureReady();
    const access = await requireResumeAccess(request, id);
    if (!access.ok) return access.response;
    const resume = await getResume(id);
    if (!resume) return jsonError(NOT_FOUND, 404);
    return Response.json({
      id: resume.id,
      status: resume.status,
      error: resume.error,
      filename: resume.filename,
      candidateName: resume.candidateName,
      contact: resume.contact,
      occupation: resume.occupation,
      years: resume.years,
      skills: resume.skills.map((s) => ({ name: s.name, category: s.category, phrases: s.phrases ?? [] })),
      warnings: resume.warnings,
    });
  } catch (err) {
    return errorResponse(err);
  }
}

/** Deletes the resume and everything derived from it (passages, vectors, matches, the stored file). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    if (!isWellFormedId(id)) return jsonError(NOT_FOUND, 404);
    await ensureReady();
    const access = await requireResumeAccess(request, id, { mutation: true });
    if (!access.ok) return access.response;
    if (!(await deleteResume(id))) return jsonError(NOT_FOUND, 404);
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
