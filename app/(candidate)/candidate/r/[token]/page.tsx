import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SCORE_BANDS } from '@/lib/match';
import { describeYears } from '@/lib/structure/experience';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { ExtractedText } from '@/components/candidate/ExtractedText';
import { ParseCheck } from '@/components/candidate/ParseCheck';
import { SkillEditor } from '@/components/candidate/SkillEditor';
import { VisibilityForm } from '@/components/candidate/VisibilityForm';
import { JobMatchCard } from '@/components/matches/JobMatchCard';
import { CandidateIdentity } from '@/components/resumes/CandidateIdentity';
import { DeleteResume } from '@/components/resumes/DeleteResume';
import { PrivateLinkNote } from '@/components/resumes/PrivateLinkNote';
import { ResumeProcessing } from '@/components/resumes/ResumeProcessing';
import { Warnings } from '@/components/resumes/Warnings';
import { Alert } from '@/components/ui/Alert';
import { ButtonLink } from '@/components/ui/Button';
import { Pagination } from '@/components/ui/Pagination';
import { Card } from '@/components/ui/Card';
import { resumeIdForLinkToken } from '@/services/auth';
import { previewSkills } from '@/services/candidate';
import { resumeParseCheck } from '@/services/parse-check';
import { ensureReady } from '@/services/startup';
import { pageNumber, pageWindow, type QueryParams } from '@/lib/workspace/filters';
import { changeMyVisibility, correctSkill, deleteMyResume } from './actions';
import { countMatchesForResume, getResume, matchesForResume } from '@/services/resumes';

export const dynamic = 'force-dynamic';
// A private link: keep it out of search engines and out of Referer headers sent anywhere.
export const metadata: Metadata = {
  title: 'Your matches',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

/** Jobs a page: enough to compare the best, few enough to read; the rest are a "Next page" away. */
const JOBS_PER_PAGE = 20;

export default async function ResumeMatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<QueryParams>;
}) {
  const { token } = await params;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const resume = id ? await getResume(id) : null;
  if (!id || !resume) notFound();
  const total = resume.status === 'ready' ? await countMatchesForResume(id, 'candidate') : 0;
  const window = pageWindow(total, { page: pageNumber(await searchParams), pageSize: JOBS_PER_PAGE });
  const jobs = total
    ? await matchesForResume(id, 'candidate', { limit: JOBS_PER_PAGE, offset: window.from - 1 })
    : [];
  const preview = previewSkills(resume);
  const checks = resume.status === 'ready' ? await resumeParseCheck(id) : null;
  const ready = resume.status === 'ready';
  const toFix = checks?.filter((c) => c.status !== 'pass').length ?? 0;
  const visibility = (
    <Card as="section" id="visibility" aria-label="Who sees your resume" className="scroll-mt-4 print:hidden">
      <VisibilityForm current={resume.visibility} action={changeMyVisibility.bind(null, token)} />
    </Card>
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight">Your matches</h1>
          <p className="mt-1 break-all text-slate-700">
            For <span className="font-medium">{resume.filename}</span>
          </p>
        </div>
        <ButtonLink href="/candidate" variant="secondary" className="print:hidden">
          Upload a different resume
        </ButtonLink>
      </div>

      <CandidateNav token={token} current="matches" />

      <PrivateLinkNote>
        {ready ? (
          <p>
            <span className="font-semibold">Who sees your resume:</span>{' '}
            {resume.visibility === 'recruiters'
              ? 'you, and the recruiters on this Rolefit.'
              : 'only you (a private check).'}{' '}
            <a href="#visibility" className="font-semibold text-blue-800 underline underline-offset-2">
              Change who sees it
            </a>
          </p>
        ) : null}
      </PrivateLinkNote>

      {/* While there are no matches to show, a wrong choice at upload is put right here, even as the resume is analysed. */}
      {ready ? null : visibility}

      {resume.status === 'processing' ? (
        <ResumeProcessing filename={resume.filename} since={resume.createdAt} />
      ) : null}

      {resume.status === 'failed' ? (
        <Alert tone="error" role="alert" title="We could not analyse this resume">
          <p>{resume.error ?? 'Try uploading it again, or as a DOCX or text file.'}</p>
          <p className="mt-1">
            Nothing was matched, so this link has no results to show. Upload the resume again (a DOCX or text
            copy often reads better than a scanned PDF), or delete this one below.
          </p>
        </Alert>
      ) : null}

      {ready ? (
        <>
          <Warnings warnings={resume.warnings} />
          {/* The ranked jobs first, so the first screen shows the best of them; the checks and settings follow. */}
          <section aria-labelledby="jobs-heading" className="space-y-4">
            <div className="space-y-1">
              <h2 id="jobs-heading" className="text-xl font-semibold">
                Open jobs, best match first
              </h2>
              <p className="text-sm text-slate-700">
                {total > JOBS_PER_PAGE
                  ? `Jobs ${window.from} to ${window.to} of ${total.toLocaleString('en-US')} open jobs. `
                  : null}
                Strong match: {SCORE_BANDS.strong} or more. Partial: {SCORE_BANDS.partial} to{' '}
                {SCORE_BANDS.strong - 1}. Weak: below {SCORE_BANDS.partial}. Ranked with the{' '}
                {preview.skills.length} skills read from your resume.{' '}
                <a href="#found-heading" className="font-semibold text-blue-700 underline underline-offset-2">
                  Check and correct them
                </a>
                .
              </p>
              {checks ? (
                <p className="text-sm text-slate-700">
                  Parse check:{' '}
                  {toFix
                    ? `${toFix} of ${checks.length} checks are worth a look.`
                    : `all ${checks.length} checks look fine.`}{' '}
                  <a
                    href="#parse-check-heading"
                    className="font-semibold text-blue-700 underline underline-offset-2"
                  >
                    See how a parser reads your resume
                  </a>
                  .
                </p>
              ) : null}
            </div>
            {jobs.length ? (
              <ol className="space-y-4" start={window.from}>
                {jobs.map((job, i) => (
                  <JobMatchCard
                    key={job.jobId}
                    rank={window.from + i}
                    title={job.title}
                    company={job.company}
                    location={job.location}
                    result={job.result}
                    href={`/candidate/r/${token}/jobs/${job.jobId}`}
                  />
                ))}
              </ol>
            ) : null}
            {jobs.length ? (
              <Pagination
                label="Pages of jobs"
                page={window.page}
                pages={window.pages}
                href={(p) => (p === 1 ? `/candidate/r/${token}` : `/candidate/r/${token}?page=${p}`)}
              />
            ) : (
              <Card>
                <p className="text-slate-700">
                  There are no open jobs to match against yet. Check back once recruiters have posted some.
                </p>
              </Card>
            )}
          </section>

          {checks ? <ParseCheck items={checks} /> : null}
          {visibility}

          <Card as="section" aria-labelledby="identity-heading" className="space-y-3">
            <h2 id="identity-heading" className="text-xl font-semibold">
              What we read about you
            </h2>
            <p className="text-sm text-slate-700">
              {resume.visibility === 'recruiters'
                ? 'Recruiters see these details as written in your resume.'
                : 'Your resume is private, so no recruiter sees these details; if you make it visible, they see them as written in your resume.'}{' '}
              If one is wrong or missing, fix it in the resume and upload it again.
            </p>
            <CandidateIdentity contact={resume.contact} occupation={resume.occupation} />
          </Card>

          <Card as="section" aria-labelledby="found-heading" className="space-y-4">
            <SkillEditor
              skills={preview.skills}
              removed={preview.removed}
              action={correctSkill.bind(null, token)}
            />
            <p className="text-sm text-slate-700">
              {resume.years === null
                ? 'Years of experience: not found in the resume, so experience is not scored.'
                : `Years of experience: ${describeYears(resume.years)}.`}
            </p>
            <ExtractedText text={resume.text} />
          </Card>
        </>
      ) : null}

      <DeleteResume filename={resume.filename} action={deleteMyResume.bind(null, token)} />
    </div>
  );
}
