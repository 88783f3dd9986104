import { route } from '@/services/http';
import { deleteResume } from '@/services/purge';
import { getResume } from '@/services/resumes';
import { NO_SUCH_RESUME } from '@/services/session';
import { jsonError } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

// Both need the resume's private-link token (Authorization: Bearer <token> or ?token=) or a recruiter.
export const GET = route<{ id: string }>({ auth: 'resume' }, async ({ params: { id } }) => {
  const resume = await getResume(id);
  if (!resume) return jsonError(NO_SUCH_RESUME, 404);
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
});

/** Deletes the resume and everything derived from it (passages, vectors, matches, the stored file). */
export const DELETE = route<{ id: string }>(
  { auth: 'resume', mutation: true },
  async ({ params: { id } }) => {
    if (!(await deleteResume(id))) return jsonError(NO_SUCH_RESUME, 404);
    return new Response(null, { status: 204 });
  },
);
