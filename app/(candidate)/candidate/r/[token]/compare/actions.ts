'use server';

import { z } from 'zod';
import type { CompareState } from '@/components/candidate/form-state';
import { UserError } from '@/lib/http/errors';
import { resumeIdForLinkToken } from '@/services/auth';
import { compareWithPosting } from '@/services/compare';
import { JobInputSchema } from '@/services/job-input';
import { ensureReady } from '@/services/startup';

const PostingSchema = JobInputSchema.pick({ title: true, description: true });

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Scores the resume against a pasted posting; nothing is stored, so the board does not change. */
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
      seq,
    };
  }
  try {
    await ensureReady();
    const id = await resumeIdForLinkToken(token);
    if (!id)
      return {
        values,
        fieldErrors: {},
        formError: 'This link no longer opens a resume: it may have been deleted.',
        report: null,
        seq,
      };
    const report = await compareWithPosting(id, parsed.data);
    return { values, fieldErrors: {}, formError: null, report, seq };
  } catch (err) {
    if (err instanceof UserError)
      return { values, fieldErrors: {}, formError: err.message, report: null, seq };
    console.error('Comparing with a posting failed:', err);
    return {
      values,
      fieldErrors: {},
      formError: 'The posting could not be scored. Try again in a moment.',
      report: null,
      seq,
    };
  }
}
