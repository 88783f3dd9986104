import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getJob, getMatch, getResume } from '@/db/queries';
import { candidateLabel } from '@/components/matches/CandidatesTable';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { BackLink } from '@/components/ui/BackLink';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Candidate for job' };

export default async function CandidateForJobPage({ params }: { params: Promise<{ id: string; resumeId: string }> }) {
  const { id, resumeId } = await params;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(id)}/candidates/${encodeURIComponent(resumeId)}`);
  await ensureReady();
  const [job, resume, result] = await Promise.all([getJob(id, { recruiterId: recruiter.id }), getResume(resumeId), getMatch(id, resumeId)]);
  if (!job || !resume || !result) notFound();
  const name = candidateLabel(resume);

  return (
    <div className="space-y-6">
      <BackLink href={`/recruiter/jobs/${id}`}>Ranked candidates for {job.title}</BackLink>
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight break-words">
          {name} <span className="font-normal text-slate-600">for</span> {job.title}
        </h1>
        <p className="text-slate-700">
          <span className="break-all">{resume.filename}</span>
          {resume.years !== null ? ` · about ${Math.round(resume.years)} years of experience` : ''} ·{' '}
          <Link href={`/recruiter/resumes/${resumeId}`} className="font-semibold text-blue-700 underline underline-offset-2">
            View the resume
          </Link>
        </p>
      </div>
      <MatchDetail result={result} />
    </div>
  );
}
