'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { AddJobState } from '@/components/jobs/AddJobForm';
import type { PipelineFormState } from '@/components/workspace/pipeline-state';
import { UserError } from '@/lib/http/errors';
import { hasNul, nulInField } from '@/lib/http/text-fields';
import { MAX_NOTES_CHARS, PIPELINE_STATUSES } from '@/lib/workspace/pipeline';
import { isWellFormedId } from '@/services/ids';
import { parseJobForm } from '@/services/job-input';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { editJob, setBlind, setJobOpen, updateCandidate } from '@/services/workspace';

const Id = z
  .string()
  .refine(isWellFormedId, 'This job or candidate could not be found. Open it again from the jobs list.');
const StatusChange = z.object({ jobId: Id, resumeId: Id, status: z.enum(PIPELINE_STATUSES) });
const PipelineChange = StatusChange.extend({
  notes: z
    .string()
    .max(MAX_NOTES_CHARS, `Keep notes under ${MAX_NOTES_CHARS} characters.`)
    .refine((notes) => !hasNul(notes), nulInField('notes')),
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

function refresh(jobId: string, resumeId?: string): void {
  revalidatePath(`/recruiter/jobs/${jobId}`);
  if (resumeId) revalidatePath(`/recruiter/jobs/${jobId}/candidates/${resumeId}`);
}

/** Shortlist (or any status) from the ranked table. */
export async function changeCandidateStatus(formData: FormData): Promise<void> {
  const parsed = StatusChange.safeParse({
    jobId: field(formData, 'jobId'),
    resumeId: field(formData, 'resumeId'),
    status: field(formData, 'status'),
  });
  if (!parsed.success) return;
  const { jobId, resumeId, status } = parsed.data;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(jobId)}`);
  await ensureReady();
  await updateCandidate(jobId, resumeId, recruiter.id, { status });
  refresh(jobId, resumeId);
}

/** Status and notes from the candidate view. */
export async function savePipeline(
  previous: PipelineFormState,
  formData: FormData,
): Promise<PipelineFormState> {
  const parsed = PipelineChange.safeParse({
    jobId: field(formData, 'jobId'),
    resumeId: field(formData, 'resumeId'),
    status: field(formData, 'status'),
    notes: field(formData, 'notes'),
  });
  if (!parsed.success)
    return {
      ...previous,
      message: null,
      error: parsed.error.issues[0]?.message ?? 'Choose a status and try again.',
    };
  const { jobId, resumeId, status, notes } = parsed.data;
  const recruiter = await requireRecruiter(
    `/recruiter/jobs/${encodeURIComponent(jobId)}/candidates/${encodeURIComponent(resumeId)}`,
  );
  try {
    await ensureReady();
    await updateCandidate(jobId, resumeId, recruiter.id, { status, notes: notes.trim() });
  } catch (err) {
    if (err instanceof UserError) return { ...previous, message: null, error: err.message };
    throw err;
  }
  refresh(jobId, resumeId);
  return { status, notes: notes.trim(), error: null, message: 'Saved.' };
}

export async function toggleBlindReview(formData: FormData): Promise<void> {
  const recruiter = await requireRecruiter();
  await ensureReady();
  await setBlind(recruiter.id, field(formData, 'blind') === 'on');
  revalidatePath('/recruiter', 'layout');
}

export async function closeOrReopenJob(formData: FormData): Promise<void> {
  const jobId = Id.safeParse(field(formData, 'jobId'));
  if (!jobId.success) return;
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(jobId.data)}`);
  await ensureReady();
  await setJobOpen(jobId.data, recruiter.id, field(formData, 'open') === 'true');
  refresh(jobId.data);
  revalidatePath('/recruiter/jobs');
}

export async function saveJobEdit(previous: AddJobState, formData: FormData): Promise<AddJobState> {
  const jobId = Id.safeParse(field(formData, 'jobId'));
  if (!jobId.success)
    return { ...previous, formError: 'This job could not be found. Open it again from the jobs list.' };
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(jobId.data)}/edit`);
  const form = parseJobForm(formData);
  if (!form.ok) return { values: form.values, fieldErrors: form.fieldErrors, formError: null };
  const { values } = form;
  let rescored: number | null;
  try {
    await ensureReady();
    ({ rescored } = await editJob(jobId.data, recruiter.id, form.data));
  } catch (err) {
    if (err instanceof UserError) return { values, fieldErrors: {}, formError: err.message };
    console.error('Editing a job failed:', err);
    return {
      values,
      fieldErrors: {},
      formError:
        'The job could not be saved. Try again in a moment; if it keeps happening, check the server log.',
    };
  }
  refresh(jobId.data);
  revalidatePath('/recruiter/jobs');
  redirect(`/recruiter/jobs/${jobId.data}?saved=${rescored ?? 'ranking'}`);
}
