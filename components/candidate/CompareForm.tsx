'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { ComparisonReport } from './ComparisonReport';
import { EMPTY_COMPARE, type CompareAction, type CompareField } from './form-state';

/** Paste a posting from elsewhere, get the report below; the keyboard moves to the report or to what needs fixing. */
export function CompareForm({ action }: { action: CompareAction }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_COMPARE);
  const formRef = useRef<HTMLFormElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.seq === 0) return;
    if (state.report) {
      reportRef.current?.focus();
      return;
    }
    const first = (['title', 'description'] as const).find((f) => state.fieldErrors[f]);
    const el = first ? formRef.current?.elements.namedItem(first) : null;
    if (el instanceof HTMLElement) el.focus();
  }, [state]);

  return (
    <div className="space-y-8">
      <form ref={formRef} action={formAction} noValidate className="space-y-4 print:hidden">
        {state.formError ? (
          <Alert tone="error" role="alert">
            {state.formError}
          </Alert>
        ) : null}
        <Field name="title" label="Title" error={state.fieldErrors.title}>
          {(props) => (
            <input
              {...props}
              type="text"
              defaultValue={state.values.title}
              required
              maxLength={200}
              autoComplete="off"
            />
          )}
        </Field>
        <Field
          name="description"
          label="Description"
          hint="Paste the whole posting from any job board. It is scored against your resume and not stored."
          error={state.fieldErrors.description}
        >
          {(props) => <textarea {...props} rows={10} defaultValue={state.values.description} required />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? 'Comparing…' : 'Compare with my resume'}
          </Button>
          <p role="status" aria-live="polite" className="text-sm text-slate-700">
            {pending
              ? 'Reading the posting and scoring your resume against it. This takes a few seconds.'
              : state.report
                ? `Scored: ${state.report.result.score}/100. The report is below.`
                : ''}
          </p>
        </div>
      </form>
      {state.report ? (
        <ComparisonReport key={state.seq} report={state.report} headingRef={reportRef} />
      ) : null}
    </div>
  );
}

interface ControlProps {
  id: string;
  name: CompareField;
  className: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: CompareField;
  label: string;
  hint?: string;
  error?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = `compare-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        className: `block w-full rounded-md border ${error ? 'border-red-700' : 'border-slate-400'} bg-white px-3 py-2 text-sm text-slate-900`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
