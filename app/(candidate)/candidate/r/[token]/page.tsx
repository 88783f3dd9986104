import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getResume, matchesForResume } from '@/db/queries';
import { SCORE_BANDS } from '@/lib/match';
import { JobMatchCard } from '@/components/matches/JobMatchCard';
import { ResumeProcessing } from '@/components/resumes/ResumeProcessing';
import { ResumeSkills } from '@/components/resumes/ResumeSkills';
import { Warnings } from '@/components/resumes/Warnings';
import { Alert } from '@/components/ui/Alert';
import { ButtonLink } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your matches' };

export default async function ResumeMatchesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await ensureReady();
  const resume = await getResume(id);
  if (!resume) notFound();
  const jobs = resume.status === 'ready' ? await matchesForResume(id) : [];
  const skillCount = new Set(resume.skills.map((s) => s.name)).size;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your matches</h1>
          <p className="mt-1 break-all text-slate-700">
            For <span className="font-medium">{resume.filename}</span>
          </p>
        </div>
        <ButtonLink href="/candidate" variant="secondary">
          Upload a different resume
        </ButtonLink>
      </div>

      {resume.status === 'processing' ? <ResumeProcessing filename={resume.filename} /> : null}

      {resume.status === 'failed' ? (
        <Alert tone="error" title="We could not analyse this resume">
          <p>{resume.error ?? 'Try uploading it again, or as a DOCX or text file.'}</p>
        </Alert>
      ) : null}

      {resume.status === 'ready' ? (
        <>
          <Card as="section" aria-labelledby="found-heading" className="space-y-4">
            <h2 id="found-heading" className="text-xl font-semibold">
              Skills found ({skillCount})
            </h2>
            <ResumeSkills skills={resume.skills} />
            <p className="text-sm text-slate-700">
              {resume.years === null
                ? 'Years of experience: not found in the resume, so experience is not scored.'
                : `Years of experience: about ${Math.round(resume.years)}.`}
            </p>
            <Warnings warnings={resume.warnings} />
          </Card>

          <section aria-labelledby="jobs-heading" className="space-y-4">
            <div className="space-y-1">
              <h2 id="jobs-heading" className="text-xl font-semibold">
                Open jobs, best match first
              </h2>
              <p className="text-sm text-slate-700">
                Strong match: {SCORE_BANDS.strong} or more. Partial: {SCORE_BANDS.partial} to {SCORE_BANDS.strong - 1}. Weak: below{' '}
                {SCORE_BANDS.partial}.
              </p>
            </div>
            {jobs.length ? (
              <ol className="space-y-4">
                {jobs.map((job, i) => (
                  <JobMatchCard
                    key={job.jobId}
                    rank={i + 1}
                    title={job.title}
                    company={job.company}
                    location={job.location}
                    result={job.result}
                    href={`/candidate/resumes/${id}/jobs/${job.jobId}`}
                  />
                ))}
              </ol>
            ) : (
              <Card>
                <p className="text-slate-700">There are no open jobs to match against yet. Check back once recruiters have posted some.</p>
              </Card>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
