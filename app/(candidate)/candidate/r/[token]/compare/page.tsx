import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { CompareForm } from '@/components/candidate/CompareForm';
import { ComparedPostingsHistory } from '@/components/candidate/ComparedPostingsHistory';
import { Alert } from '@/components/ui/Alert';
import { resumeIdForLinkToken } from '@/services/auth';
import { comparePageView, MAX_COMPARED_POSTINGS } from '@/services/compared-postings';
import { ensureReady } from '@/services/startup';
import { comparePosting, removeComparison } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Compare with any posting',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export default async function ComparePostingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const view = id ? await comparePageView(id) : null;
  if (!view) notFound();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Compare with any posting</h1>
        <p className="mt-1 break-all text-slate-700">
          For <span className="font-medium">{view.filename}</span>
        </p>
      </div>
      <CandidateNav token={token} current="compare" />
      <p className="max-w-3xl text-slate-700">
        Found a job somewhere else? Paste it here to see your score, the evidence for each requirement and
        what to change, the same report as for the jobs on Rolefit. The posting is kept in your history below,
        under your private link only: it is not added to the job board and no recruiter sees it.
      </p>
      {view.status === 'ready' ? (
        <CompareForm action={comparePosting.bind(null, token)} />
      ) : view.status === 'processing' ? (
        <Alert tone="info" title="Your resume is still being analysed">
          <p>Come back to this page once your matches are ready.</p>
        </Alert>
      ) : (
        <Alert tone="error" title="This resume could not be analysed">
          <p>Upload it again, or as a DOCX or text file, to compare it with a posting.</p>
        </Alert>
      )}
      <ComparedPostingsHistory
        token={token}
        limit={MAX_COMPARED_POSTINGS}
        action={removeComparison.bind(null, token)}
        rows={view.history.map((p) => ({
          id: p.id,
          title: p.title,
          score: Math.round(p.score),
          at: p.createdAt.toISOString(),
          dateLabel: `${dateFormat.format(p.createdAt)} UTC`,
        }))}
      />
    </div>
  );
}
