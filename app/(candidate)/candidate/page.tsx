import type { Metadata } from 'next';
import { MAX_UPLOAD_BYTES } from '@/lib/ingest';
import { ResumeDropzone } from '@/components/upload/ResumeDropzone';
import { Alert } from '@/components/ui/Alert';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Upload your resume' };

export default async function CandidateUploadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { deleted } = await searchParams;
  // This page reads no data, so it does not wait; starting up now (opening the database, seeding demo jobs on a
  // first run) means the upload does not have to wait for it either.
  ensureReady().catch((err: unknown) => console.error('Start-up failed:', err));

  return (
    <div className="max-w-3xl space-y-6">
      {deleted === '1' ? (
        <Alert tone="info" role="status" title="Your resume was deleted">
          <p>
            The file, its text, its skills and all its matches are gone, and its private link no longer works.
            Within seconds their last copies are wiped from the database&rsquo;s files on disk too.
          </p>
        </Alert>
      ) : null}
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Find the jobs that fit your resume</h1>
        <p className="text-slate-700">
          Upload your resume and Rolefit ranks every open job by how well it fits, showing the skills you
          match, the ones you are missing, and the lines of your resume that back each requirement.
        </p>
        <p className="text-sm text-slate-600">
          Your resume is read and matched on this machine and sent to no other service. Who sees it is your
          choice: only you, through a private link you get as soon as it is uploaded, or also the recruiters
          who use this Rolefit.
        </p>
      </div>
      <ResumeDropzone maxBytes={MAX_UPLOAD_BYTES} />
    </div>
  );
}
