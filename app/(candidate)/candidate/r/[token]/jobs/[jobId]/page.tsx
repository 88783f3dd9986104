import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getJob, getMatch, getResume } from '@/db/queries';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { BackLink } from '@/components/ui/BackLink';
import { resumeIdForLinkToken } from '@/services/auth';
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
  const [resume, job, result] = await Promise.all([
    getResume(id),
    getJob(jobId, 'candidate'),
    getMatch(jobId, id),
  ]);
  if (!resume || !job || !result) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={`/candidate/r/${token}`}>All your matches</BackLink>
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{job.title}</h1>
        <p className="mt-1 text-slate-700">
          {[job.company, job.location].filter(Boolean).join(' · ')}
          {job.company || job.location ? ' · ' : ''}
          Matched against <span className="break-all">{resume.filename}</span>
        </p>
      </div>
      <MatchDetail result={result} />
      <details className="rounded-lg border border-slate-200 p-4">
        <summary className="font-semibold">Read the full posting</summary>
        <p className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
      </details>
    </div>
  );
}
