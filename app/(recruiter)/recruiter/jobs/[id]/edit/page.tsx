import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddJobForm } from '@/components/jobs/AddJobForm';
import { Alert } from '@/components/ui/Alert';
import { BackLink } from '@/components/ui/BackLink';
import { Card } from '@/components/ui/Card';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { canChangeJob } from '@/services/workspace';
import { saveJobEdit } from '../actions';
import { getJob } from '@/services/jobs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit job' };

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(id)}/edit`);
  await ensureReady();
  const job = await getJob(id, { recruiterId: recruiter.id });
  if (!job) notFound();
  const editable = canChangeJob(job, recruiter.id);

  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/recruiter/jobs/${id}`}>{job.title}</BackLink>
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Edit job</h1>
        <p className="text-slate-700">
          Saving a new title or description reads the posting again and ranks every candidate against it
          again; pipeline statuses and notes stay.
        </p>
      </div>
      {editable ? (
        <Card>
          <AddJobForm
            action={saveJobEdit}
            initial={{
              values: {
                title: job.title,
                company: job.company,
                location: job.location,
                description: job.description,
              },
              fieldErrors: {},
              formError: null,
            }}
            hidden={{ jobId: job.id }}
            submitLabel="Save changes"
            pendingLabel="Saving and ranking again…"
          />
        </Card>
      ) : (
        <Alert tone="info" title="This job is on the shared board">
          Jobs on the shared board cannot be changed. Post your own copy of it to edit or close it.
        </Alert>
      )}
    </div>
  );
}
