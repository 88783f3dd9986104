'use server';

import { redirect } from 'next/navigation';
import { readAccountForm, type AccountFormState } from '@/services/account-form';
import { createFirstRecruiter } from '@/services/auth';
import { startSession } from '@/services/session';

export async function setUp(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const form = readAccountForm(formData, { confirm: true });
  if (!form.ok) return form.state;
  const recruiter = await createFirstRecruiter(form.data);
  // Someone finished setup first: this page is locked now, so sign in instead.
  if (!recruiter) redirect('/login');
  await startSession(recruiter.id);
  redirect('/recruiter/jobs');
}
