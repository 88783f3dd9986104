'use server';

import { redirect } from 'next/navigation';
import { action } from '@/services/actions';
import { parseJobForm, type AddJobState } from '@/services/job-input';
import { createJob } from '@/services/jobs';
import { requireRecruiter } from '@/services/session';

export async function addJob(_previous: AddJobState, formData: FormData): Promise<AddJobState> {
  const recruiter = await requireRecruiter('/recruiter/jobs');
  const form = parseJobForm(formData);
  if (!form.ok) return { values: form.values, fieldErrors: form.fieldErrors, formError: null };
  const { values } = form;
  return action(
    async () => {
      const { id } = await createJob(form.data, recruiter.id);
      redirect(`/recruiter/jobs/${id}`);
    },
    {
      failed: (formError) => ({ values, fieldErrors: {}, formError }),
      unexpected: {
        log: 'Adding a job failed:',
        message:
          'The job could not be saved. Try again in a moment; if it keeps happening, check the server log.',
      },
    },
  );
}
