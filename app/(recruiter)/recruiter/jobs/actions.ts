'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { AddJobState, JobField } from '@/components/jobs/AddJobForm';
import { UserError } from '@/lib/http/errors';
import { JobInputSchema } from '@/services/job-input';
import { createJob } from '@/services/jobs';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

function text(formData: FormData, name: JobField): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

export async function addJob(_previous: AddJobState, formData: FormData): Promise<AddJobState> {
  const recruiter = await requireRecruiter('/recruiter/jobs');
  const values = {
    title: text(formData, 'title'),
    company: text(formData, 'company'),
    location: text(formData, 'location'),
    description: text(formData, 'description'),
  };
  const parsed = JobInputSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      values,
      fieldErrors: {
        title: fieldErrors.title?.[0],
        company: fieldErrors.company?.[0],
        location: fieldErrors.location?.[0],
        description: fieldErrors.description?.[0],
      },
      formError: null,
    };
  }

  let id: string;
  try {
    await ensureReady();
    ({ id } = await createJob(parsed.data, recruiter.id));
  } catch (err) {
    if (err instanceof UserError) return { values, fieldErrors: {}, formError: err.message };
    console.error('Adding a job failed:', err);
    return {
      values,
      fieldErrors: {},
      formError:
        'The job could not be saved. Try again in a moment; if it keeps happening, check the server log.',
    };
  }
  // Outside the try: redirect works by throwing.
  redirect(`/recruiter/jobs/${id}`);
}
