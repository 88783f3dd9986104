'use server';

import { redirect } from 'next/navigation';
import type { AddJobState } from '@/components/jobs/AddJobForm';
import { UserError } from '@/lib/http/errors';
import { parseJobForm } from '@/services/job-input';
import { createJob } from '@/services/jobs';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

export async function addJob(_previous: AddJobState, formData: FormData): Promise<AddJobState> {
  const recruiter = await requireRecruiter('/recruiter/jobs');
  const form = parseJobForm(formData);
  if (!form.ok) return { values: form.values, fieldErrors: form.fieldErrors, formError: null };
  const { values } = form;

  let id: string;
  try {
    await ensureReady();
    ({ id } = await createJob(form.data, recruiter.id));
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
