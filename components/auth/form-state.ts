import type { AccountFormState } from '@/services/account-form';

/** The state an account form starts from (services/account-form.ts fills it after each submit). */
export const EMPTY_ACCOUNT_FORM: AccountFormState = {
  values: { email: '' },
  fieldErrors: {},
  formError: null,
  notice: null,
};

export type AccountFormAction = (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;
