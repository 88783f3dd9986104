import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { ComparisonReport } from '@/components/candidate/ComparisonReport';
import { BackLink } from '@/components/ui/BackLink';
import { resumeIdForLinkToken } from '@/services/auth';
import { reopenComparedPosting } from '@/services/compared-postings';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'A posting you compared',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export default async function ComparedPostingPage({
  params,
}: {
  params: Promise<{ token: string; postingId: string }>;
}) {
  const { token, postingId } = await params;
  const postingNumber = Number(postingId);
  if (!/^\d{1,15}$/.test(postingId) || !Number.isSafeInteger(postingNumber)) notFound();
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const reopened = id ? await reopenComparedPosting(id, postingNumber) : null;
  if (!reopened) notFound();
  const { entry, report, keywords } = reopened;
  const then = Math.round(entry.score);

  return (
    <div className="space-y-6">
      <CandidateNav token={token} current={null} />
      <BackLink href={`/candidate/r/${token}/compare`}>All postings you compared</BackLink>
      <div>
        <h1 className="text-3xl font-bold tracking-tight break-words">{entry.title}</h1>
        <p className="mt-1 text-slate-700">
          Compared on{' '}
          <time dateTime={entry.createdAt.toISOString()}>{dateFormat.format(entry.createdAt)} UTC</time>
          {/* The score is the verdict's; only a change since is worth a line here. */}
          {then === report.result.score
            ? '.'
            : `, when it scored ${then}/100; your resume has changed since, and the report below is for it as it is now.`}
        </p>
      </div>
      <ComparisonReport report={report} keywords={keywords} />
    </div>
  );
}
