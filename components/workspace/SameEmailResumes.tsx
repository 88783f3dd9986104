import Link from 'next/link';
import type { SameEmailResume } from '@/services/candidate-identity';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The other resumes that carry this candidate's email: most likely the same person, uploaded again. Each opens on
 * this job when it is ranked for it, else as a resume.
 */
export function SameEmailResumes({ jobId, resumes }: { jobId: string; resumes: SameEmailResume[] }) {
  if (!resumes.length) return null;
  return (
    <section
      id="same-email"
      aria-labelledby="same-email-heading"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id="same-email-heading" className="font-semibold">
        <span aria-hidden="true">⚑ </span>Same email as {resumes.length} other{' '}
        {resumes.length === 1 ? 'resume' : 'resumes'}
      </h2>
      <ul className="mt-1 space-y-0.5">
        {resumes.map((r) => (
          <li key={r.id} className="[overflow-wrap:anywhere]">
            <Link
              href={
                r.rankedForJob ? `/recruiter/jobs/${jobId}/candidates/${r.id}` : `/recruiter/resumes/${r.id}`
              }
              className="font-semibold text-blue-800 underline underline-offset-2"
            >
              {r.candidateName?.trim() || r.filename}
            </Link>{' '}
            · {r.filename} · uploaded {DAY.format(r.createdAt)}
            {r.rankedForJob ? '' : ' · not ranked for this job'}
          </li>
        ))}
      </ul>
    </section>
  );
}
