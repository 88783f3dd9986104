import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getResume } from '@/db/resumes';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { GapAdvice } from '@/components/candidate/GapAdvice';
import { KeywordTable } from '@/components/candidate/KeywordTable';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { BackLink } from '@/components/ui/BackLink';
import { ButtonLink } from '@/components/ui/Button';
import { resumeIdForLinkToken } from '@/services/auth';
import { jobGapView } from '@/services/candidate';
import { boardJobKeywords } from '@/services/keywords';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Why this job matches',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function CandidateMatchPage({
  params,
}: {
  params: Promise<{ token: string; jobId: string }>;
}) {
  const { token, jobId } = await params;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  if (!id) notFound();
  const [resume, view, keywords] = await Promise.all([
    getResume(id),
    jobGapView(id, jobId),
    boardJobKeywords(id, jobId),
  ]);
  if (!resume || !view || !keywords) notFound();
  const { job, result, plan } = view;

  return (
    <div className="space-y-6">
      <CandidateNav token={token} current={null} />
      <BackLink href={`/candidate/r/${token}`}>All your matches</BackLink>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight">{job.title}</h1>
          <p className="mt-1 text-slate-700">
            {[job.company, job.location].filter(Boolean).join(' · ')}
            {job.company || job.location ? ' · ' : ''}
            Matched against <span className="break-all">{resume.filename}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="#gap-heading" variant="secondary">
            How to close the gap
          </ButtonLink>
          <ButtonLink href={`/candidate/r/${token}/report?job=${job.id}`} variant="secondary">
            Printable report<span className="sr-only"> for {job.title}</span>
          </ButtonLink>
        </div>
      </div>
      <MatchDetail result={result} />
      <GapAdvice plan={plan} />
      <KeywordTable rows={keywords} />
      <details className="rounded-lg border border-slate-200 p-4">
        <summary className="font-semibold">Read the full posting</summary>
        <p className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
      </details>
    </div>
  );
}
