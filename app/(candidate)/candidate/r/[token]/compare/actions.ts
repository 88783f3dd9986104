'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action, linkAction } from '@/services/actions';
import { resumeIdForLinkToken } from '@/services/auth';
import {
  compareAndKeep,
  removeComparedPosting,
  type CompareState,
  type RemoveComparisonState,
} from '@/services/compared-postings';
import { JobInputSchema } from '@/services/job-input';

const PostingSchema = JobInputSchema.pick({ title: true, description: true });

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Scores the resume against a pasted posting and keeps it in the link's history; the job board does not change. */
export async function comparePosting(
  token: string,
  previous: CompareState,
  formData: FormData,
): Promise<CompareState> {
  const values = { title: text(formData, 'title'), description: text(formData, 'description') };
  const seq = previous.seq + 1;
  const parsed = PostingSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      values,
      fieldErrors: { title: fieldErrors.title?.[0], description: fieldErrors.description?.[0] },
      formError: null,
      report: null,
      keywords: [],
      seq,
    };
  }
  return linkAction<CompareState>(
    token,
    async (id) => {
      const { report, keywords } = await compareAndKeep(id, parsed.data);
      revalidatePath(`/candidate/r/${token}/compare`);
      return { values, fieldErrors: {}, formError: null, report, keywords, seq };
    },
    {
      failed: (formError) => ({ values, fieldErrors: {}, formError, report: null, keywords: [], seq }),
      unexpected: {
        log: 'Comparing with a posting failed:',
        message: 'The posting could not be scored. Try again in a moment.',
      },
    },
  );
}

/** Removes one posting from the link's history. */
export async function removeComparison(
  token: string,
  previous: RemoveComparisonState,
  formData: FormData,
): Promise<RemoveComparisonState> {
  const seq = previous.seq + 1;
  const id = Number(formData.get('id'));
  return action<RemoveComparisonState>(
    async () => {
      const resumeId = await resumeIdForLinkToken(token);
      if (!resumeId || !Number.isSafeInteger(id))
        return { message: null, error: 'That posting is no longer in your history.', seq };
      const message = await removeComparedPosting(resumeId, id);
      revalidatePath(`/candidate/r/${token}/compare`);
      return { message, error: null, seq };
    },
    {
      failed: (error) => ({ message: null, error, seq }),
      unexpected: {
        log: 'Removing a compared posting failed:',
        message: 'The posting could not be removed. Try again in a moment.',
      },
    },
  );
}
