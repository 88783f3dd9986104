'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import { EMPTY_ACCOUNT_FORM, type AccountFormAction } from './form-state';

interface AccountFormProps {
  action: AccountFormAction;
  submitLabel: string;
  pendingLabel: string;
  passwordLabel?: string;
  /** Ask for the password twice (when the person typing it will use it). */
  confirm?: boolean;
}

/** Email and a new password: the setup page's first recruiter and the team page's new colleague. */
export function AccountForm({
  action,
  submitLabel,
  pendingLabel,
  passwordLabel = 'Password',
  confirm = false,
}: AccountFormProps) {
  const [state, formAction, pending] = useActionState(action, EMPTY_ACCOUNT_FORM);
  return (
    // key: a success resets the fields for the next entry.
    <form key={state.notice ?? 'form'} action={formAction} noValidate className="space-y-4">
      {state.formError ? (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      ) : null}
      {state.notice ? (
        <Alert tone="info" role="status">
          {state.notice}
        </Alert>
      ) : null}
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
        required
      />
      <TextField
        name="password"
        label={passwordLabel}
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={state.fieldErrors.password}
        required
      />
      {confirm ? (
        <TextField
          name="confirm"
          label="Repeat the password"
          type="password"
          autoComplete="new-password"
          error={state.fieldErrors.confirm}
          required
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
