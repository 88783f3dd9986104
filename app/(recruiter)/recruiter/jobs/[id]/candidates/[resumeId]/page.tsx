import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MatchDetail } from '@/components/matches/MatchDetail';
import { CandidateIdentity } from '@/components/resumes/CandidateIdentity';
import { BackLink } from '@/components/ui/BackLink';
import { Card } from '@/components/ui/Card';
import { BlindReviewSwitch } from '@/components/workspace/BlindReviewSwitch';
import { HighlightedResume } from '@/components/workspace/HighlightedResume';
import { PipelineForm } from '@/components/workspace/PipelineForm';
import { ScoreBreakdownChart } from '@/components/workspace/ScoreBreakdownChart';
import { StatusBadge } from '@/components/workspace/StatusBadge';
import { latestYear, redactAgeHints, redactPersonalDetails } from '@/lib/structure/redact';
import { describeYears, experienceBand } from '@/lib/structure/experience';
import { highlightJobSkills } from '@/lib/workspace/highlight';
import { candidateName, redactMatchResult } from '@/lib/workspace/identity';
import { jobSkillNames } from '@/lib/workspace/job-skills';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { candidateForJob, getMatch, resumeForRecruiter } from '@/services/workspace';
import { AddNoteForm } from '@/components/workspace/AddNoteForm';
import { NotesTimeline } from '@/components/workspace/NotesTimeline';
import { SameEmailResumes } from '@/components/workspace/SameEmailResumes';
import { sameEmailResumes } from '@/services/candidate-identity';
import { candidateNotes } from '@/services/notes';
import { addNote, savePipeline, toggleBlindReview } from '../../actions';
import { getJob } from '@/services/jobs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Candidate for job' };

export default async function CandidateForJobPage({
  params,
}: {
  params: Promise<{ id: string; resumeId: string }>;
}) {
  const { id, resumeId } = await params;
  const recruiter = await requireRecruiter(
    `/recruiter/jobs/${encodeURIComponent(id)}/candidates/${encodeURIComponent(resumeId)}`,
  );
  await ensureReady();
  const [job, resume, stored, place, notes, sameEmail] = await Promise.all([
    getJob(id, { recruiterId: recruiter.id }),
    resumeForRecruiter(resumeId),
    getMatch(id, resumeId),
    candidateForJob(id, resumeId, recruiter.id),
    candidateNotes(id, resumeId, recruiter.id),
    sameEmailResumes(resumeId, id),
  ]);
  if (!job || !resume || !stored || !place) notFound();
  const blind = recruiter.blindReview;
  const name = candidateName(
    { resumeId, candidateName: resume.candidateName, filename: resume.filename },
    blind,
  );
  const result = blind ? redactMatchResult(stored, resume.candidateName, latestYear(resume.text)) : stored;
  const text = blind ? redactAgeHints(redactPersonalDetails(resume.text, resume.candidateName)) : resume.text;
  const segments = highlightJobSkills(text, jobSkillNames(job.skills));

  return (
    <div className="space-y-6">
      <BackLink href={`/recruiter/jobs/${id}`}>Ranked candidates for {job.title}</BackLink>
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">
          {name} <span className="font-normal text-slate-600">for</span> {job.title}
        </h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
          <span>
            Ranked {place.rank} of {place.total}
          </span>
          <StatusBadge status={place.status} />
          {blind ? null : <span className="break-all">· {resume.filename}</span>}
          <span>
            ·{' '}
            {resume.years !== null
              ? `${blind ? experienceBand(resume.years) : describeYears(resume.years)} of experience`
              : 'years of experience not stated'}
          </span>
          {blind ? null : (
            <>
              ·{' '}
              <Link
                href={`/recruiter/resumes/${resumeId}`}
                className="font-semibold text-blue-700 underline underline-offset-2"
              >
                View the resume
              </Link>
            </>
          )}
        </p>
        <CandidateIdentity contact={resume.contact} occupation={resume.occupation} blind={blind} />
        {blind ? null : <SameEmailResumes jobId={id} resumes={sameEmail} />}
        <BlindReviewSwitch on={blind} action={toggleBlindReview} />
      </div>

      {/* Side by side on a desktop, so the score card below them starts near the first screen. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card as="section" aria-labelledby="pipeline-heading" className="space-y-3">
          <h2 id="pipeline-heading" className="text-xl font-semibold">
            Pipeline
          </h2>
          <PipelineForm
            jobId={id}
            resumeId={resumeId}
            initial={{ status: place.status, message: null, error: null }}
            action={savePipeline}
          />
        </Card>

        <Card as="section" aria-labelledby="notes-heading" className="space-y-4">
          <h2 id="notes-heading" className="text-xl font-semibold">
            Notes
          </h2>
          <AddNoteForm jobId={id} resumeId={resumeId} action={addNote} />
          <NotesTimeline notes={notes} />
        </Card>
      </div>

      <MatchDetail result={result} breakdown={<ScoreBreakdownChart result={result} />} viewer="recruiter" />

      <section aria-labelledby="resume-text-heading" className="space-y-3">
        <h2 id="resume-text-heading" className="text-xl font-semibold">
          Resume text{blind ? ' (personal details hidden)' : ''}
        </h2>
        <HighlightedResume segments={segments} labelledBy="resume-text-heading" />
      </section>
    </div>
  );
}
