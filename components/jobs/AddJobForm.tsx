'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import type { AddJobState, JobFormField } from '@/services/job-input';

/** The state the add job form starts from (services/job-input.ts describes what an action hands back). */
export const EMPTY_JOB_FORM: AddJobState = {
  values: { title: '', company: '', location: '', description: '' },
  fieldErrors: {},
  formError: null,
};

const FIELD_ORDER: readonly JobFormField[] = ['title', 'company', 'location', 'description'];

type AddJobAction = (state: AddJobState, formData: FormData) => Promise<AddJobState>;

interface AddJobFormProps {
  action: AddJobAction;
  /** Editing a job: its current values, the button's words and the hidden job id. */
  initial?: AddJobState;
  submitLabel?: string;
  pendingLabel?: string;
  hidden?: Record<string, string>;
}

export function AddJobForm({
  action,
  initial = EMPTY_JOB_FORM,
  submitLabel = 'Add job',
  pendingLabel = 'Adding job…',
  hidden = {},
}: AddJobFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);

  // After a rejected submit, put the keyboard on the first field that needs fixing.
  useEffect(() => {
    const first = FIELD_ORDER.find((f) => state.fieldErrors[f]);
    const el = first ? formRef.current?.elements.namedItem(first) : null;
    if (el instanceof HTMLElement) el.focus();
  }, [state]);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={state.formError ? 'add-job-error' : undefined}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.formError ? (
        <div id="add-job-error">
          <Alert tone="error" role="alert">
            {state.formError}
          </Alert>
        </div>
      ) : null}
      <FormField idPrefix="job" name="title" label="Title" error={state.fieldErrors.title}>
        {(props) => (
          <input {...props} type="text" defaultValue={state.values.title} required autoComplete="off" />
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField idPrefix="job" name="company" label="Company (optional)" error={state.fieldErrors.company}>
          {(props) => (
            <input {...props} type="text" defaultValue={state.values.company} autoComplete="organization" />
          )}
        </FormField>
        <FormField
          idPrefix="job"
          name="location"
          label="Location (optional)"
          error={state.fieldErrors.location}
        >
          {(props) => (
            <input {...props} type="text" defaultValue={state.values.location} autoComplete="off" />
          )}
        </FormField>
      </div>
      <FormField
        idPrefix="job"
        name="description"
        label="Description"
        hint="Paste the whole posting. Required and nice-to-have skills and requirements are found automatically."
        error={state.fieldErrors.description}
      >
        {(props) => <textarea {...props} rows={12} defaultValue={state.values.description} required />}
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {pending ? 'Reading the posting and ranking candidates. This can take a few seconds.' : ''}
        </p>
      </div>
    </form>
  );
}
