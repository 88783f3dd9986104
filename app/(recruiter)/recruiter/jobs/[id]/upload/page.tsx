import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/Alert';
import { BackLink } from '@/components/ui/BackLink';
import { BulkUpload } from '@/components/workspace/BulkUpload';
import { MAX_UPLOAD_BYTES } from '@/lib/ingest';
import { MAX_ARCHIVE_BYTES } from '@/lib/workspace/archive';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { getJob } from '@/services/jobs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Upload resumes' };

export default async function UploadResumesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(id)}/upload`);
  await ensureReady();
  const job = await getJob(id, { recruiterId: recruiter.id });
  if (!job) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={`/recruiter/jobs/${id}`}>Ranked candidates for {job.title}</BackLink>
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight break-words">Upload resumes for {job.title}</h1>
        <p className="text-slate-700">
          Each resume is read, analysed and ranked for every open job; this job’s list shows them as they are
          ready.
        </p>
      </div>
      {job.status === 'open' ? (
        <BulkUpload
          jobId={job.id}
          jobTitle={job.title}
          maxFileBytes={MAX_UPLOAD_BYTES}
          maxArchiveBytes={MAX_ARCHIVE_BYTES}
        />
      ) : (
        <Alert tone="warning" title="This job is closed">
          Reopen it to add candidates.
        </Alert>
      )}
    </div>
  );
}
