'use server';

import { revalidatePath } from 'next/cache';
import type { CreateTokenState } from '@/components/auth/CreateTokenForm';
import { recruiterAction } from '@/services/actions';
import { TokenNameSchema, createApiToken, revokeToken } from '@/services/auth';
import { isWellFormedId } from '@/services/ids';

export async function createToken(
  _previous: CreateTokenState,
  formData: FormData,
): Promise<CreateTokenState> {
  return recruiterAction<CreateTokenState>('/recruiter/tokens', async (recruiter) => {
    const name = TokenNameSchema.safeParse(formData.get('name') ?? '');
    if (!name.success)
      return {
        nameError: name.error.issues[0]?.message ?? 'Name the token.',
        formError: null,
        created: null,
      };
    const created = await createApiToken(recruiter.id, name.data);
    revalidatePath('/recruiter/tokens');
    return { nameError: null, formError: null, created: { name: created.name, token: created.token } };
  });
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  await recruiterAction('/recruiter/tokens', async (recruiter) => {
    const id = formData.get('id');
    // Only the recruiter's own tokens match; anything else is quietly a no-op.
    if (typeof id === 'string' && isWellFormedId(id)) await revokeToken(recruiter.id, id);
    revalidatePath('/recruiter/tokens');
  });
}
