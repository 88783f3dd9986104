import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getJob, listResumes, matchesForJob } from '@/db/queries';
import { JobSkills } from '@/components/jobs/JobSkills';
import { CandidatesTable } from '@/components/matches/CandidatesTable';
import { Warnings } from '@/components/resumes/Warnings';
import { BackLink } from '@/components/ui/BackLink';
import { ButtonLink } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Badge } from '@/components/ui/Chip';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Job and ranked candidates' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(id)}`);
  await ensureReady();
  const scope = { recruiterId: recruiter.id };
  const job = await getJob(id, scope);
  if (!job) notFound();
  const [candidates, resumes] = await Promise.all([matchesForJob(id, { scope }), listResumes()]);
  const processing = resumes.filter((r) => r.status === 'processing').length;

  return (
    <div className="space-y-8">
      <BackLink href="/recruiter/jobs">All jobs</BackLink>

      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{job.title}</h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
          {job.company || job.location ? <span>{[job.company, job.location].filter(Boolean).join(' · ')}</span> : null}
          <Badge tone={job.status === 'open' ? 'success' : 'neutral'}>{job.status === 'open' ? 'Open' : 'Closed'}</Badge>
          <span className="text-sm text-slate-600">Posted {dateFormat.format(job.createdAt)}</span>
        </p>
      </div>

      <Warnings warnings={job.warnings} title="About this posting" />

      <Card as="section" aria-labelledby="asks-heading" className="space-y-4">
        <h2 id="asks-heading" className="text-xl font-semibold">
          What the posting asks for
        </h2>
        <JobSkills skills={job.skills} />
        <p className="text-sm text-slate-700">
          {job.minYears === null ? 'No minimum years of experience stated.' : `Experience asked for: ${job.minYears}+ years.`}
        </p>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="font-semibold">Requirements candidates are measured against ({job.requirements.length})</summary>
          <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
            {job.requirements.map((r, i) => (
              <li key={`${i}-${r.text}`}>
                <span className="mr-2">{r.text}</span>
                <Badge tone={r.level === 'required' ? 'info' : 'neutral'}>{r.level === 'required' ? 'Required' : 'Nice to have'}</Badge>
              </li>
            ))}
          </ol>
        </details>
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="font-semibold">Posting text</summary>
          <p className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
        </details>
      </Card>

      <section aria-labelledby="candidates-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="candidates-heading" className="text-xl font-semibold">
            Ranked candidates ({candidates.length})
          </h2>
          <ButtonLink href="/candidate" variant="secondary">
            Upload resumes
          </ButtonLink>
        </div>
        {processing > 0 ? (
          <p className="text-sm text-slate-700">
            {processing === 1 ? '1 resume is' : `${processing} resumes are`} still being analysed and will appear here when ready.
          </p>
        ) : null}
        {candidates.length ? (
          <CandidatesTable jobId={id} candidates={candidates} />
        ) : (
          <Card>
            <p className="text-slate-700">No candidates yet: resumes uploaded on the candidate side appear here, ranked.</p>
          </Card>
        )}
      </section>
    </div>
  );
}
