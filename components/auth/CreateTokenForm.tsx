'use client';

import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { TextField } from '@/components/ui/TextField';

export interface CreateTokenState {
  nameError: string | null;
  formError: string | null;
  /** The new token, shown this once: only its hash is kept. */
  created: { name: string; token: string } | null;
}

export const EMPTY_TOKEN_FORM: CreateTokenState = { nameError: null, formError: null, created: null };

type CreateTokenAction = (state: CreateTokenState, formData: FormData) => Promise<CreateTokenState>;

export function CreateTokenForm({ action }: { action: CreateTokenAction }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_TOKEN_FORM);
  return (
    <div className="space-y-4">
      {state.created ? <NewToken name={state.created.name} token={state.created.token} /> : null}
      <form key={state.created?.token ?? 'form'} action={formAction} noValidate className="space-y-4">
        {state.formError ? (
          <Alert tone="error" role="alert">
            {state.formError}
          </Alert>
        ) : null}
        <TextField
          name="name"
          label="Token name"
          hint="What will use it, for example “nightly export script”."
          autoComplete="off"
          maxLength={100}
          error={state.nameError ?? undefined}
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </Button>
      </form>
    </div>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="info" role="status" title={`Token “${name}” created`}>
      <p>
        Copy it now: it is shown only this once. Send it as the header Authorization: Bearer &lt;token&gt;.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="new-token" className="sr-only">
          New API token
        </label>
        <input
          id="new-token"
          readOnly
          value={token}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-xs text-slate-900"
        />
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(token).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </Alert>
  );
}
