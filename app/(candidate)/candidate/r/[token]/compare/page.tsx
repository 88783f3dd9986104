import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getResume } from '@/db/queries';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { CompareForm } from '@/components/candidate/CompareForm';
import { Alert } from '@/components/ui/Alert';
import { resumeIdForLinkToken } from '@/services/auth';
import { ensureReady } from '@/services/startup';
import { comparePosting } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Compare with any posting',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function ComparePostingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const resume = id ? await getResume(id) : null;
  if (!resume) notFound();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Compare with any posting</h1>
        <p className="mt-1 break-all text-slate-700">
          For <span className="font-medium">{resume.filename}</span>
        </p>
      </div>
      <CandidateNav token={token} current="compare" />
      <p className="max-w-3xl text-slate-700">
        Found a job somewhere else? Paste it here to see your score, the evidence for each requirement and
        what to change, the same report as for the jobs on Rolefit. The posting is not saved or added to the
        job board.
      </p>
      {resume.status === 'ready' ? (
        <CompareForm action={comparePosting.bind(null, token)} />
      ) : resume.status === 'processing' ? (
        <Alert tone="info" title="Your resume is still being analysed">
          <p>Come back to this page once your matches are ready.</p>
        </Alert>
      ) : (
        <Alert tone="error" title="This resume could not be analysed">
          <p>Upload it again, or as a DOCX or text file, to compare it with a posting.</p>
        </Alert>
      )}
    </div>
  );
}
