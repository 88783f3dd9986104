'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/services/actions';
import { readAccountForm, type AccountFormState } from '@/services/account-form';
import { createRecruiter } from '@/services/auth';
import { requireRecruiter } from '@/services/session';

export async function addRecruiter(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  await requireRecruiter('/recruiter/team');
  const form = readAccountForm(formData, { confirm: false });
  if (!form.ok) return form.state;
  return action<AccountFormState>(
    async () => {
      const added = await createRecruiter(form.data);
      revalidatePath('/recruiter/team');
      return {
        values: { email: '' },
        fieldErrors: {},
        formError: null,
        notice: `Added ${added.email}. Give them the password; they sign in at /login and see their own jobs and the shared board.`,
      };
    },
    {
      failed: (message) => ({
        values: { email: form.data.email },
        fieldErrors: { email: message },
        formError: null,
        notice: null,
      }),
    },
  );
}
