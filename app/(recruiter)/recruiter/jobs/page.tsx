import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AddJobForm } from '@/components/jobs/AddJobForm';
import { JobsTable } from '@/components/jobs/JobsTable';
import { ButtonLink } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { LoadingSkeleton } from '@/components/ui/Skeleton';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { addJob } from './actions';
import { listJobs } from '@/services/jobs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Jobs' };

export default async function JobsPage() {
  const recruiter = await requireRecruiter('/recruiter/jobs');
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">Jobs</h1>
          <p className="text-slate-700">
            Post a job and every uploaded resume is ranked against it, with the evidence behind each score.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="#add-job">Add a job</ButtonLink>
          <ButtonLink href="/recruiter/upload" variant="secondary">
            Upload resumes
          </ButtonLink>
        </div>
      </div>

      {/* Scoped here rather than in loading.tsx so that unknown job ids below still answer with a real 404. */}
      <Suspense
        fallback={
          <LoadingSkeleton label="Loading jobs… On a first start the demo jobs are prepared, which can take up to a minute." />
        }
      >
        <JobsSection recruiterId={recruiter.id} />
      </Suspense>

      <section id="add-job" aria-labelledby="add-job-heading" className="max-w-3xl scroll-mt-4 space-y-3">
        <h2 id="add-job-heading" className="text-xl font-semibold">
          Add a job
        </h2>
        <Card>
          <AddJobForm action={addJob} />
        </Card>
      </section>
    </div>
  );
}

async function JobsSection({ recruiterId }: { recruiterId: string }) {
  await ensureReady();
  const jobs = await listJobs({ recruiterId });
  return (
    <section aria-labelledby="jobs-heading" className="space-y-3">
      <h2 id="jobs-heading" className="text-xl font-semibold">
        Your jobs and the shared board ({jobs.length})
      </h2>
      {jobs.length ? (
        <JobsTable jobs={jobs} />
      ) : (
        <Card>
          <p className="text-slate-700">
            No jobs yet.{' '}
            <Link href="#add-job" className="font-semibold text-blue-700 underline underline-offset-2">
              Add the first one
            </Link>
            .
          </p>
        </Card>
      )}
    </section>
  );
}
