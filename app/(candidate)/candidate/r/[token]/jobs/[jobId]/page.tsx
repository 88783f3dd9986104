import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { GapAdvice } from '@/components/candidate/GapAdvice';
import { KeywordTable } from '@/components/candidate/KeywordTable';
import { MatchVerdict } from '@/components/candidate/MatchVerdict';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { BackLink } from '@/components/ui/BackLink';
import { Fold } from '@/components/ui/Fold';
import { resumeIdForLinkToken } from '@/services/auth';
import { jobGapView } from '@/services/candidate';
import { boardJobKeywords } from '@/services/keywords';
import { ensureReady } from '@/services/startup';
import { getResume } from '@/services/resumes';

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
      <div className="min-w-0">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{job.title}</h1>
        <p className="mt-1 text-sm text-slate-700 sm:text-base">
          {[job.company, job.location].filter(Boolean).join(' · ')}
          {job.company || job.location ? ' · ' : ''}
          Matched against <span className="break-all">{resume.filename}</span>
        </p>
      </div>
      {/* The first screen: the verdict, the top gaps and the next step; the long tables below fold open. */}
      <MatchVerdict
        result={result}
        plan={plan}
        gapHref="#gap-heading"
        reportHref={`/candidate/r/${token}/report?job=${job.id}`}
      />
      <GapAdvice plan={plan} />
      <MatchDetail result={result} folded />
      <KeywordTable rows={keywords} />
      <Fold id="posting-heading" title="Read the full posting">
        <p className="text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
      </Fold>
    </div>
  );
}
