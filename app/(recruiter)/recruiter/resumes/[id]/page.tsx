import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BandBadge } from '@/components/matches/BandBadge';
import { ResumeProcessing } from '@/components/resumes/ResumeProcessing';
import { CandidateIdentity } from '@/components/resumes/CandidateIdentity';
import { ResumeSkills } from '@/components/resumes/ResumeSkills';
import { Warnings } from '@/components/resumes/Warnings';
import { Alert } from '@/components/ui/Alert';
import { BackLink } from '@/components/ui/BackLink';
import { Card } from '@/components/ui/Card';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import { BlindReviewSwitch } from '@/components/workspace/BlindReviewSwitch';
import { latestYear, redactAgeHints, redactOldYears, redactPersonalDetails } from '@/lib/structure/redact';
import { describeYears, experienceBand } from '@/lib/structure/experience';
import { candidateName } from '@/lib/workspace/identity';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { resumeForRecruiter } from '@/services/workspace';
import { toggleBlindReview } from '../../jobs/[id]/actions';
import { countMatchesForResume, matchesForResume } from '@/services/resumes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Resume' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The best jobs listed for a candidate; an agency with more open jobs sees these and how many there are. */
const JOBS_SHOWN = 100;

export default async function RecruiterResumePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const recruiter = await requireRecruiter(`/recruiter/resumes/${encodeURIComponent(id)}`);
  await ensureReady();
  // A resume its candidate keeps private reads as missing, so its existence is not revealed.
  const resume = await resumeForRecruiter(id);
  if (!resume) notFound();
  const scope = { recruiterId: recruiter.id };
  const [jobs, jobCount] =
    resume.status === 'ready'
      ? await Promise.all([
          matchesForResume(id, scope, { limit: JOBS_SHOWN }),
          countMatchesForResume(id, scope),
        ])
      : [[], 0];

  const blind = recruiter.blindReview;
  const name = candidateName(
    { resumeId: id, candidateName: resume.candidateName, filename: resume.filename },
    blind,
  );
  const facts: [string, string][] = [
    [
      'File',
      `${blind ? 'Name hidden' : resume.filename} (${resume.kind.toUpperCase()}, ${formatSize(resume.sizeBytes)})`,
    ],
    ['Uploaded', dateFormat.format(resume.createdAt)],
    [
      'Years of experience',
      resume.years === null
        ? 'Not found in the resume'
        : (blind ? experienceBand(resume.years) : describeYears(resume.years)).replace(/^./, (c) =>
            c.toUpperCase(),
          ),
    ],
  ];

  return (
    <div className="space-y-8">
      <BackLink href="/recruiter/jobs">All jobs</BackLink>
      <div className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight break-words">{name}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-all text-slate-700 sm:break-normal">{value}</dd>
            </div>
          ))}
        </dl>
        <CandidateIdentity contact={resume.contact} occupation={resume.occupation} blind={blind} />
        <BlindReviewSwitch on={blind} action={toggleBlindReview} />
      </div>

      {resume.status === 'processing' ? (
        <ResumeProcessing filename={resume.filename} since={resume.createdAt} />
      ) : null}
      {resume.status === 'failed' ? (
        <Alert tone="error" title="This resume could not be analysed">
          <p>{resume.error ?? 'Upload it again, or as a DOCX or text file.'}</p>
        </Alert>
      ) : null}
      <Warnings warnings={resume.warnings} />

      {resume.status === 'ready' ? (
        <>
          <Card as="section" aria-labelledby="skills-heading" className="space-y-4">
            <h2 id="skills-heading" className="text-xl font-semibold">
              Skills ({new Set(resume.skills.map((s) => s.name)).size})
            </h2>
            <ResumeSkills
              skills={
                blind
                  ? resume.skills.map((s) => ({
                      ...s,
                      evidence: redactOldYears(
                        redactPersonalDetails(s.evidence, resume.candidateName),
                        latestYear(resume.text),
                      ),
                    }))
                  : resume.skills
              }
              grouped
            />
          </Card>

          <section aria-labelledby="matches-heading" className="space-y-3">
            <h2 id="matches-heading" className="text-xl font-semibold">
              Your open jobs for this candidate
            </h2>
            {jobCount > jobs.length ? (
              <p className="text-sm text-slate-700">
                The best {jobs.length} of your {jobCount.toLocaleString('en-US')} open jobs.
              </p>
            ) : null}
            {jobs.length ? (
              <TableScroll label="Open jobs for this candidate">
                <Table className="min-w-[32rem]">
                  <thead>
                    <tr>
                      <Th>Job</Th>
                      <Th className="w-56">Score</Th>
                      <Th>Band</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {jobs.map((j) => (
                      <tr key={j.jobId} className="hover:bg-slate-50">
                        <Td>
                          <Link
                            href={`/recruiter/jobs/${j.jobId}/candidates/${id}`}
                            className="font-semibold text-blue-700 underline-offset-2 hover:underline"
                          >
                            {j.title}
                          </Link>
                          {j.company ? <p className="text-xs text-slate-600">{j.company}</p> : null}
                        </Td>
                        <Td>
                          <ScoreBar
                            value={j.result.score}
                            label={`Match score for ${j.title}`}
                            tone={j.result.band}
                            size="sm"
                          />
                        </Td>
                        <Td>
                          <BandBadge band={j.result.band} />
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </TableScroll>
            ) : (
              <p className="text-slate-700">There are no open jobs yet.</p>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-semibold">
          Extracted text
        </h2>
        <p className="text-sm text-slate-700">
          The text Rolefit read from the file; matching uses only this.
        </p>
        <pre
          tabIndex={0}
          aria-labelledby="text-heading"
          className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-4 font-sans text-sm whitespace-pre-wrap text-slate-800"
        >
          {blind ? redactAgeHints(redactPersonalDetails(resume.text, resume.candidateName)) : resume.text}
        </pre>
      </section>
    </div>
  );
}
