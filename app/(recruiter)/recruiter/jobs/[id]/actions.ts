'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { hasNul, nulInField } from '@/lib/http/text-fields';
import { PIPELINE_STATUSES } from '@/lib/workspace/pipeline';
import { isWellFormedId } from '@/services/ids';
import { addCandidateNote, type NoteFormState } from '@/services/notes';
import {
  deleteJobFilter,
  MAX_FILTER_NAME_CHARS,
  saveJobFilter,
  type SavedFilterFormState,
} from '@/services/saved-filters';
import { moveSelected, movedMessage, type SelectionFormState } from '@/services/selection';
import { parseJobForm, type AddJobState } from '@/services/job-input';
import { action, recruiterAction } from '@/services/actions';
import { requireRecruiter } from '@/services/session';
import { editJob, setBlind, setJobOpen, updateCandidate, type PipelineFormState } from '@/services/workspace';

const Id = z
  .string()
  .refine(isWellFormedId, 'This job or candidate could not be found. Open it again from the jobs list.');
const StatusChange = z.object({ jobId: Id, resumeId: Id, status: z.enum(PIPELINE_STATUSES) });
const NoteInput = z.object({ jobId: Id, resumeId: Id, body: z.string() });
const SelectionInput = z.object({
  jobId: Id,
  resumeIds: z.array(Id),
  intent: z.enum(['move', 'reject']),
  status: z.enum(PIPELINE_STATUSES),
});
const SavedFilterInput = z.object({
  jobId: Id,
  name: z
    .string()
    .trim()
    .min(1, 'Name the filters first.')
    .max(MAX_FILTER_NAME_CHARS, `Keep the name under ${MAX_FILTER_NAME_CHARS} characters.`)
    .refine((name) => !hasNul(name), nulInField('name')),
  query: z.string().max(4_000),
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
  await recruiterAction(`/recruiter/jobs/${encodeURIComponent(jobId)}`, async (recruiter) => {
    await updateCandidate(jobId, resumeId, recruiter.id, { status });
    refresh(jobId, resumeId);
  });
}

/** Status from the candidate view (notes are a timeline of their own: addNote). */
export async function savePipeline(
  previous: PipelineFormState,
  formData: FormData,
): Promise<PipelineFormState> {
  const parsed = StatusChange.safeParse({
    jobId: field(formData, 'jobId'),
    resumeId: field(formData, 'resumeId'),
    status: field(formData, 'status'),
  });
  if (!parsed.success)
    return {
      ...previous,
      message: null,
      error: parsed.error.issues[0]?.message ?? 'Choose a status and try again.',
    };
  const { jobId, resumeId, status } = parsed.data;
  return recruiterAction<PipelineFormState>(
    `/recruiter/jobs/${encodeURIComponent(jobId)}/candidates/${encodeURIComponent(resumeId)}`,
    async (recruiter) => {
      await updateCandidate(jobId, resumeId, recruiter.id, { status });
      refresh(jobId, resumeId);
      return { status, error: null, message: 'Saved.' };
    },
    { failed: (error) => ({ ...previous, message: null, error }) },
  );
}

/** A note added to the candidate's timeline from the candidate view. */
export async function addNote(previous: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const parsed = NoteInput.safeParse({
    jobId: field(formData, 'jobId'),
    resumeId: field(formData, 'resumeId'),
    body: field(formData, 'body'),
  });
  if (!parsed.success)
    return { ...previous, message: null, error: 'This candidate could not be found. Reload the page.' };
  const { jobId, resumeId, body } = parsed.data;
  return recruiterAction<NoteFormState>(
    `/recruiter/jobs/${encodeURIComponent(jobId)}/candidates/${encodeURIComponent(resumeId)}`,
    async (recruiter) => {
      await addCandidateNote(jobId, resumeId, recruiter.id, body);
      refresh(jobId, resumeId);
      return { error: null, message: 'Note added.', added: previous.added + 1 };
    },
    { failed: (error) => ({ ...previous, message: null, error }) },
  );
}

/** Moves or rejects the candidates checked in the job's table. */
export async function changeSelected(
  _previous: SelectionFormState,
  formData: FormData,
): Promise<SelectionFormState> {
  const parsed = SelectionInput.safeParse({
    jobId: field(formData, 'jobId'),
    resumeIds: formData.getAll('resumeId'),
    intent: field(formData, 'intent') || 'move',
    status: field(formData, 'status') || 'new',
  });
  if (!parsed.success)
    return {
      message: null,
      error: 'Those candidates could not be found. Reload the page and select them again.',
    };
  const { jobId, resumeIds, intent } = parsed.data;
  const status = intent === 'reject' ? 'rejected' : parsed.data.status;
  return recruiterAction<SelectionFormState>(
    `/recruiter/jobs/${encodeURIComponent(jobId)}`,
    async (recruiter) => {
      const moved = await moveSelected(jobId, recruiter.id, resumeIds, status);
      refresh(jobId);
      return { error: null, message: movedMessage(moved, status) };
    },
    { failed: (error) => ({ message: null, error }) },
  );
}

/** Saves the job's current filters under a name. */
export async function saveFilters(
  previous: SavedFilterFormState,
  formData: FormData,
): Promise<SavedFilterFormState> {
  const parsed = SavedFilterInput.safeParse({
    jobId: field(formData, 'jobId'),
    name: field(formData, 'name'),
    query: field(formData, 'query'),
  });
  if (!parsed.success)
    return {
      ...previous,
      message: null,
      error: parsed.error.issues[0]?.message ?? 'Name the filters first.',
    };
  const { jobId, name, query } = parsed.data;
  return recruiterAction<SavedFilterFormState>(
    `/recruiter/jobs/${encodeURIComponent(jobId)}`,
    async (recruiter) => {
      await saveJobFilter(jobId, recruiter.id, name, query);
      refresh(jobId);
      return { error: null, message: `Saved as “${name}”.`, saved: previous.saved + 1 };
    },
    { failed: (error) => ({ ...previous, message: null, error }) },
  );
}

/** Deletes one of the recruiter's saved filters for the job. */
export async function deleteFilters(formData: FormData): Promise<void> {
  const jobId = Id.safeParse(field(formData, 'jobId'));
  const id = Number(field(formData, 'filterId'));
  if (!jobId.success || !Number.isSafeInteger(id)) return;
  await recruiterAction(`/recruiter/jobs/${encodeURIComponent(jobId.data)}`, async (recruiter) => {
    await deleteJobFilter(jobId.data, recruiter.id, id);
    refresh(jobId.data);
  });
}

export async function toggleBlindReview(formData: FormData): Promise<void> {
  await recruiterAction(undefined, async (recruiter) => {
    await setBlind(recruiter.id, field(formData, 'blind') === 'on');
    revalidatePath('/recruiter', 'layout');
  });
}

export async function closeOrReopenJob(formData: FormData): Promise<void> {
  const jobId = Id.safeParse(field(formData, 'jobId'));
  if (!jobId.success) return;
  await recruiterAction(`/recruiter/jobs/${encodeURIComponent(jobId.data)}`, async (recruiter) => {
    await setJobOpen(jobId.data, recruiter.id, field(formData, 'open') === 'true');
    refresh(jobId.data);
    revalidatePath('/recruiter/jobs');
  });
}

export async function saveJobEdit(previous: AddJobState, formData: FormData): Promise<AddJobState> {
  const jobId = Id.safeParse(field(formData, 'jobId'));
  if (!jobId.success)
    return { ...previous, formError: 'This job could not be found. Open it again from the jobs list.' };
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(jobId.data)}/edit`);
  const form = parseJobForm(formData);
  if (!form.ok) return { values: form.values, fieldErrors: form.fieldErrors, formError: null };
  const { values } = form;
  return action(
    async () => {
      const { rescored } = await editJob(jobId.data, recruiter.id, form.data);
      refresh(jobId.data);
      revalidatePath('/recruiter/jobs');
      redirect(`/recruiter/jobs/${jobId.data}?saved=${rescored ?? 'ranking'}`);
    },
    {
      failed: (formError) => ({ values, fieldErrors: {}, formError }),
      unexpected: {
        log: 'Editing a job failed:',
        message:
          'The job could not be saved. Try again in a moment; if it keeps happening, check the server log.',
      },
    },
  );
}
