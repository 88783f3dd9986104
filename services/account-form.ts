import 'server-only';
import { z } from 'zod';
import { NewRecruiterSchema, type NewRecruiterInput } from './auth';

/** What a server action hands back to an account form: the values to keep, and what to fix. */
export interface AccountFormState {
  values: { email: string };
  fieldErrors: { email?: string; password?: string; confirm?: string };
  formError: string | null;
  /** A success note ("Added ...") shown after the form resets. */
  notice: string | null;
}

/** What the password change action hands back to its form. */
export interface ChangePasswordState {
  fieldErrors: { current?: string; password?: string; confirm?: string };
  /** A success note, shown after the form resets. */
  notice: string | null;
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Validates an account form (email, password, and its repeat when asked), or the state that shows what to fix. */
export function readAccountForm(
  formData: FormData,
  opts: { confirm: boolean },
): { ok: true; data: NewRecruiterInput } | { ok: false; state: AccountFormState } {
  const email = field(formData, 'email');
  const password = field(formData, 'password');
  const parsed = NewRecruiterSchema.safeParse({ email, password });
  const mismatch = opts.confirm && password !== field(formData, 'confirm');
  if (parsed.success && !mismatch) return { ok: true, data: parsed.data };
  const fieldErrors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  return {
    ok: false,
    state: {
      values: { email },
      fieldErrors: {
        email: fieldErrors.email?.[0],
        password: fieldErrors.password?.[0],
        confirm: mismatch ? 'The two passwords differ: type the same password twice.' : undefined,
      },
      formError: null,
      notice: null,
    },
  };
}

/** Reads the password change form: the current password, and the new one typed twice alike. */
export function readPasswordChangeForm(
  formData: FormData,
): { ok: true; data: { current: string; password: string } } | { ok: false; state: ChangePasswordState } {
  const current = field(formData, 'current');
  const password = field(formData, 'password');
  if (!current)
    return { ok: false, state: { fieldErrors: { current: 'Enter your current password.' }, notice: null } };
  if (password !== field(formData, 'confirm'))
    return {
      ok: false,
      state: {
        fieldErrors: { confirm: 'The two passwords differ: type the same new password twice.' },
        notice: null,
      },
    };
  return { ok: true, data: { current, password } };
}
