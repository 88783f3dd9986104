'use client';

import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { ComparisonReport } from './ComparisonReport';
import { EMPTY_COMPARE, type CompareAction } from './form-state';

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
        <FormField idPrefix="compare" name="title" label="Title" error={state.fieldErrors.title}>
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
        </FormField>
        <FormField
          idPrefix="compare"
          name="description"
          label="Description"
          hint="Paste the whole posting from any job board. It is scored against your resume and kept in your history, under this link only."
          error={state.fieldErrors.description}
        >
          {(props) => <textarea {...props} rows={10} defaultValue={state.values.description} required />}
        </FormField>
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
        <ComparisonReport
          key={state.seq}
          report={state.report}
          keywords={state.keywords}
          headingRef={reportRef}
        />
      ) : null}
    </div>
  );
}
