/** What a server action hands back to an account form: the values to keep, and what to fix. */
export interface AccountFormState {
  values: { email: string };
  fieldErrors: { email?: string; password?: string; confirm?: string };
  formError: string | null;
  /** A success note ("Added ...") shown after the form resets. */
  notice: string | null;
}

export const EMPTY_ACCOUNT_FORM: AccountFormState = {
  values: { email: '' },
  fieldErrors: {},
  formError: null,
  notice: null,
};

export type AccountFormAction = (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;
