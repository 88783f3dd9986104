import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { FormField } from '@/components/ui/FormField';
import { isWellFormedId } from '@/services/ids';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { listJobs } from '@/services/jobs';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Upload resumes' };

/**
 * The Jobs page's "Upload resumes": resumes a recruiter uploads are candidates for a job, so the job is picked first
 * (a plain GET form, which works without JavaScript) and the bulk upload of that job opens.
 */
export default async function PickJobForUploadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const recruiter = await requireRecruiter('/recruiter/upload');
  await ensureReady();
  const jobs = await listJobs({ recruiterId: recruiter.id }, { status: 'open' });
  const picked = (await searchParams).job;
  if (typeof picked === 'string' && isWellFormedId(picked) && jobs.some((j) => j.id === picked))
    redirect(`/recruiter/jobs/${picked}/upload`);

  return (
    <div className="max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Upload resumes</h1>
        <p className="text-slate-700">
          Pick the job the resumes are for. They are ranked for every open job, and that job’s list shows them
          as they are ready.
        </p>
      </div>
      <Card>
        {jobs.length ? (
          <form method="get" action="/recruiter/upload" className="space-y-4">
            <FormField idPrefix="upload" name="job" label="Job">
              {(field) => (
                <select {...field} required>
                  {jobs.map((j) => (
                    <option key={j.id} value={j.id}>
                      {j.title}
                      {j.company ? ` · ${j.company}` : ''}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <Button type="submit">Continue to the upload</Button>
          </form>
        ) : (
          <p className="text-slate-700">
            No open jobs yet.{' '}
            <Link
              href="/recruiter/jobs#add-job"
              className="font-semibold text-blue-700 underline underline-offset-2"
            >
              Add a job
            </Link>{' '}
            first: resumes are ranked against it.
          </p>
        )}
      </Card>
    </div>
  );
}
