'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';
import type { ChangePasswordState } from '@/services/account-form';

export const EMPTY_PASSWORD_FORM: ChangePasswordState = { fieldErrors: {}, notice: null };

type ChangePasswordAction = (state: ChangePasswordState, formData: FormData) => Promise<ChangePasswordState>;

/** The current password and a new one, twice: the account page's password change. */
export function ChangePasswordForm({ action }: { action: ChangePasswordAction }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_PASSWORD_FORM);
  return (
    // key: a success empties the fields.
    <form key={state.notice ?? 'form'} action={formAction} noValidate className="space-y-4">
      {state.notice ? (
        <Alert tone="info" role="status">
          {state.notice}
        </Alert>
      ) : null}
      <p className="text-sm text-slate-700">
        Changing it signs out your other browsers and revokes your API tokens.
      </p>
      <TextField
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors.current}
        required
      />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={state.fieldErrors.password}
        required
      />
      <TextField
        name="confirm"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        error={state.fieldErrors.confirm}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
