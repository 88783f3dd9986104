import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CandidateNav } from '@/components/candidate/CandidateNav';
import { DeleteEverything } from '@/components/candidate/DeleteEverything';
import { VisibilityForm } from '@/components/candidate/VisibilityForm';
import { Card } from '@/components/ui/Card';
import { Fact } from '@/components/ui/Fact';
import { resumeIdForLinkToken } from '@/services/auth';
import { myData } from '@/services/candidate';
import { comparedPostingHistory, MAX_COMPARED_POSTINGS } from '@/services/compared-postings';
import { ensureReady } from '@/services/startup';
import { changeMyVisibility, deleteMyResume } from '../actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'My data',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

const KINDS: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word document (DOCX)',
  txt: 'Plain text',
  md: 'Markdown',
  text: 'Plain text',
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const n = (x: number) => x.toLocaleString('en-US');

export default async function MyDataPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await ensureReady();
  const id = await resumeIdForLinkToken(token);
  const [data, compared] = id ? await Promise.all([myData(id), comparedPostingHistory(id)]) : [null, []];
  if (!data) notFound();
  const { stored, skills, corrections } = data;
  const added = skills.skills.filter((s) => s.source === 'added').map((s) => s.name);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">My data</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Everything Rolefit keeps about your resume, on this machine only. Nothing is sent anywhere else.
        </p>
      </div>
      <CandidateNav token={token} current="data" />

      <Card as="section" aria-labelledby="stored-heading" className="space-y-4">
        <h2 id="stored-heading" className="text-xl font-semibold">
          What is stored
        </h2>
        <dl className="space-y-3 text-sm">
          <Fact labelWidth="wide" label="File name">
            <span className="break-all">{stored.filename}</span>
          </Fact>
          <Fact labelWidth="wide" label="File type">
            {KINDS[stored.kind] ?? stored.kind}
          </Fact>
          <Fact labelWidth="wide" label="File size">
            {size(stored.sizeBytes)} (the original file is kept)
          </Fact>
          <Fact labelWidth="wide" label="Who sees it">
            {stored.visibility === 'recruiters'
              ? 'You, and the recruiters on this Rolefit'
              : 'Only you, through your private link (a private check)'}
          </Fact>
          <Fact labelWidth="wide" label="Uploaded">
            <time dateTime={stored.uploadedAt.toISOString()}>
              {new Intl.DateTimeFormat('en-US', {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'UTC',
              }).format(stored.uploadedAt)}{' '}
              UTC
            </time>
          </Fact>
          <Fact labelWidth="wide" label="Text read from it">
            {n(stored.textLength)} characters
          </Fact>
          <Fact labelWidth="wide" label="Passages">
            {n(stored.passages)} passages of that text, used to find evidence
          </Fact>
          <Fact labelWidth="wide" label="Vectors">
            {n(stored.vectors)} vectors (one number list per passage, for matching by meaning)
          </Fact>
          <Fact labelWidth="wide" label="Job scores">
            {n(stored.jobScores)} scores, one per job you were matched against
          </Fact>
          <Fact labelWidth="wide" label="Skills">
            {skills.skills.length
              ? `${skills.skills.length}: ${skills.skills.map((s) => s.name).join(', ')}`
              : 'None'}
          </Fact>
          <Fact labelWidth="wide" label="Your corrections">
            {corrections.added.length || corrections.removed.length ? (
              <ul className="space-y-1">
                {added.length ? <li>Added: {added.join(', ')}</li> : null}
                {corrections.removed.length ? <li>Removed: {corrections.removed.join(', ')}</li> : null}
              </ul>
            ) : (
              'None'
            )}
          </Fact>
          <Fact labelWidth="wide" label="Postings you compared">
            {compared.length ? (
              <>
                {n(compared.length)} (the newest {MAX_COMPARED_POSTINGS} are kept), each with its text and
                score:
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {compared.map((p) => (
                    <li key={p.id}>
                      <Link
                        href={`/candidate/r/${token}/compare/${p.id}`}
                        className="break-words text-blue-800 underline underline-offset-2"
                      >
                        {p.title}
                      </Link>{' '}
                      ({Math.round(p.score)}/100)
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              'None'
            )}
          </Fact>
        </dl>
        <p className="text-sm text-slate-700">
          {stored.visibility === 'recruiters'
            ? 'Recruiters using this Rolefit can see your resume and its scores for their jobs.'
            : 'No recruiter sees your resume or its scores: they are kept for your own matches only.'}{' '}
          Anyone with your private link can see this page and delete your data.
        </p>
      </Card>

      <Card as="section" aria-label="Who sees your resume" className="space-y-3">
        <VisibilityForm current={stored.visibility} action={changeMyVisibility.bind(null, token)} />
      </Card>

      <Card as="section" aria-labelledby="delete-all-heading" className="space-y-3">
        <h2 id="delete-all-heading" className="text-xl font-semibold">
          Delete everything
        </h2>
        <p className="text-sm text-slate-700">
          Removes all of the above for good. You can upload a resume again at any time.
        </p>
        <DeleteEverything filename={stored.filename} action={deleteMyResume.bind(null, token)} />
      </Card>
    </div>
  );
}
