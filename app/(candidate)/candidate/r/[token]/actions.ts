'use server';

import { redirect } from 'next/navigation';
import { deleteResume } from '@/db/queries';
import { resumeIdForLinkToken } from '@/services/auth';

/** Deletes the resume the private link opens, with its passages, vectors, matches and stored file. */
export async function deleteMyResume(token: string): Promise<void> {
  const id = await resumeIdForLinkToken(token);
  if (id) await deleteResume(id);
  redirect('/candidate?deleted=1');
}
