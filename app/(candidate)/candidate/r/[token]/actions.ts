'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { RESUME_VISIBILITIES } from '@/lib/candidate/visibility';
import { hasNul, nulInField } from '@/lib/http/text-fields';
import { action, linkAction } from '@/services/actions';
import { resumeIdForLinkToken } from '@/services/auth';
import {
  changeVisibility,
  correctResumeSkill,
  type CorrectionState,
  type VisibilityState,
} from '@/services/candidate';
import { deleteResume } from '@/services/purge';

/** Deletes the resume the private link opens, with its passages, vectors, matches and stored file, for good. */
export async function deleteMyResume(token: string): Promise<void> {
  await action(async () => {
    const id = await resumeIdForLinkToken(token);
    if (id) await deleteResume(id);
  });
  redirect('/candidate?deleted=1');
}

const CorrectionSchema = z.object({
  op: z.enum(['add', 'remove']),
  skill: z
    .string()
    .trim()
    .min(1, 'Type the name of a skill, for example Kubernetes.')
    .max(60, 'Keep the skill name under 60 characters.')
    .refine((skill) => !hasNul(skill), nulInField('skill name')),
});

/** Adds or removes one skill, rescores every job, and re-renders the candidate's pages. */
export async function correctSkill(
  token: string,
  previous: CorrectionState,
  formData: FormData,
): Promise<CorrectionState> {
  const typed = formData.get('skill');
  const value = typeof typed === 'string' ? typed : '';
  const parsed = CorrectionSchema.safeParse({ op: formData.get('op'), skill: value });
  const seq = previous.seq + 1;
  const op = parsed.success ? parsed.data.op : formData.get('op') === 'remove' ? 'remove' : 'add';
  if (!parsed.success)
    return {
      op,
      message: null,
      error: parsed.error.issues[0]?.message ?? 'Check the skill name.',
      value,
      seq,
    };

  return linkAction<CorrectionState>(
    token,
    async (id) => {
      const message = await correctResumeSkill(id, parsed.data.op, parsed.data.skill);
      revalidatePath(`/candidate/r/${token}`, 'layout');
      return { op, message, error: null, value: '', seq };
    },
    {
      failed: (error) => ({ op, message: null, error, value, seq }),
      unexpected: {
        log: 'Correcting a skill failed:',
        message: 'The change could not be saved. Try again in a moment.',
      },
    },
  );
}

const VisibilitySchema = z.enum(RESUME_VISIBILITIES);

/** Lets recruiters see the resume or makes it private again, and re-renders the candidate's pages. */
export async function changeMyVisibility(
  token: string,
  previous: VisibilityState,
  formData: FormData,
): Promise<VisibilityState> {
  const seq = previous.seq + 1;
  const parsed = VisibilitySchema.safeParse(formData.get('visibility'));
  if (!parsed.success)
    return { ...previous, message: null, error: 'Choose who may see your resume, then save.', seq };
  return linkAction<VisibilityState>(
    token,
    async (id) => {
      const message = await changeVisibility(id, parsed.data);
      revalidatePath(`/candidate/r/${token}`, 'layout');
      return { visibility: parsed.data, message, error: null, seq };
    },
    {
      failed: (error) => ({ ...previous, message: null, error, seq }),
      unexpected: {
        log: 'Changing who sees a resume failed:',
        message: 'The change could not be saved. Try again in a moment.',
      },
    },
  );
}
