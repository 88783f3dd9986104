'use server';

import { redirect } from 'next/navigation';
import { readPasswordChangeForm, type ChangePasswordState } from '@/services/account-form';
import { recruiterAction } from '@/services/actions';
import { changeOwnPassword, endAllSessions } from '@/services/session';

export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  return recruiterAction<ChangePasswordState>('/recruiter/account', async (recruiter) => {
    const form = readPasswordChangeForm(formData);
    if (!form.ok) return form.state;
    const changed = await changeOwnPassword(recruiter, form.data);
    if (!changed.ok) return { fieldErrors: { [changed.field]: changed.message }, notice: null };
    return {
      fieldErrors: {},
      notice:
        'Password changed. Every other browser signed in as you has been signed out and your API tokens are revoked; this one stays signed in.',
    };
  });
}

export async function signOutEverywhere(): Promise<void> {
  await recruiterAction('/recruiter/account', (recruiter) => endAllSessions(recruiter.id));
  redirect('/login');
}
