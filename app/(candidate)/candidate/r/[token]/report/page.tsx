import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { MatchReport } from '@/components/candidate/MatchReport';
import { PrintButton } from '@/components/candidate/PrintButton';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { resumeIdForLinkToken } from '@/services/auth';
import { matchReport } from '@/services/candidate';
import { ensureReady } from '@/services/startup';
import { getResume } from '@/services/resumes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Match report',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function MatchReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const requested = typeof query.job === 'string' ? query.job : undefined;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const resume = id ? await getResume(id) : null;
  if (!id || !resume) notFound();
  const { jobs, chosen } =
    resume.status === 'ready' ? await matchReport(id, requested) : { jobs: [], chosen: null };
  const fellBack = requested !== undefined && chosen !== null && chosen.job.id !== requested;

  return (
    <div className="space-y-6">
      <CandidateNav token={token} current="report" />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">
          Match report{chosen ? `: ${chosen.job.title}` : ''}
        </h1>
        {chosen ? <PrintButton /> : null}
      </div>

      {jobs.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
          <div className="min-w-0 flex-1 basis-72 space-y-1 sm:max-w-md">
            <label htmlFor="report-job" className="block text-sm font-semibold">
              Job to report on
            </label>
            <select
              id="report-job"
              name="job"
              defaultValue={chosen?.job.id}
              className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
            >
              {jobs.map((j, i) => (
                <option key={j.jobId} value={j.jobId}>
                  {j.title} ({j.score}/100{i === 0 ? ', your best match' : ''})
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Show report
          </Button>
        </form>
      ) : null}

      {fellBack ? (
        <Alert tone="info" role="status">
          <p>That job is not open any more, so this report shows your best match instead.</p>
        </Alert>
      ) : null}

      {chosen ? (
        <MatchReport
          filename={resume.filename}
          uploadedAt={resume.createdAt}
          generatedAt={new Date()}
          job={chosen.job}
          result={chosen.result}
          plan={chosen.plan}
          corrections={resume.skillCorrections}
        />
      ) : resume.status === 'ready' ? (
        <Alert tone="info" title="No report yet">
          <p>
            There are no open jobs to report on. Compare your resume with a posting from elsewhere instead.
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title="Your resume is not ready">
          <p>
            {resume.status === 'processing'
              ? 'It is still being analysed: come back once your matches are ready.'
              : 'It could not be analysed: upload it again, or as a DOCX or text file.'}
          </p>
        </Alert>
      )}
    </div>
  );
}
