'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import { FoldToggle } from '@/components/ui/Fold';
import { PIPELINE_STATUSES, STATUS_LABELS } from '@/lib/workspace/pipeline';
import type { SelectionFormState } from '@/services/selection';

interface SelectionActionsProps {
  /** The form's id: the rows' checkboxes name it in their `form` attribute. */
  formId: string;
  jobId: string;
  /** Where "Export selection" posts the chosen ids (a CSV attachment comes back). */
  exportHref: string;
  action: (state: SelectionFormState, formData: FormData) => Promise<SelectionFormState>;
}

const SELECT = 'rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900';

/**
 * Actions on the candidates checked in the table: move them to a stage, reject them, or export them. The rows'
 * checkboxes belong to this form through their `form` attribute, so the table keeps its own per-row forms.
 */
export function SelectionActions({ formId, jobId, exportHref, action }: SelectionActionsProps) {
  const [state, formAction, pending] = useActionState(action, { error: null, message: null });
  const formRef = useRef<HTMLFormElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  // Null until the page is interactive: "Select all" and the count need the script.
  const [counts, setCounts] = useState<{ selected: number; of: number } | null>(null);

  const boxes = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${formId}"]`));

  useEffect(() => {
    const sync = () => {
      const all = boxes();
      const selected = all.filter((b) => b.checked).length;
      setCounts({ selected, of: all.length });
      if (allRef.current) {
        allRef.current.checked = all.length > 0 && selected === all.length;
        allRef.current.indeterminate = selected > 0 && selected < all.length;
      }
    };
    sync();
    const onChange = (e: Event) => {
      if (e.target instanceof HTMLInputElement && e.target.form === formRef.current) sync();
    };
    // React resets the form (and the rows' checkboxes, which belong to it) after each action: count again after.
    const onReset = () => setTimeout(sync, 0);
    const form = formRef.current;
    document.addEventListener('change', onChange);
    form?.addEventListener('reset', onReset);
    return () => {
      document.removeEventListener('change', onChange);
      form?.removeEventListener('reset', onReset);
    };
    // The rows are re-rendered by the server after each action; `state` changing is when to count them again.
  }, [state]);

  const selectAll = (on: boolean) => {
    for (const box of boxes()) box.checked = on;
    setCounts((c) => (c ? { selected: on ? c.of : 0, of: c.of } : c));
  };

  return (
    <form
      id={formId}
      ref={formRef}
      action={formAction}
      aria-label="Selected candidates"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 md:gap-y-3"
    >
      <input type="hidden" name="jobId" value={jobId} />
      <label className="inline-flex items-center gap-2 text-sm font-semibold">
        <input
          ref={allRef}
          type="checkbox"
          className="h-4 w-4"
          onChange={(e) => selectAll(e.currentTarget.checked)}
        />
        <span>
          Select all<span className="max-sm:sr-only"> on this page</span>
        </span>
      </label>
      <p className="min-w-20 text-sm text-slate-700" aria-live="polite">
        {counts ? `${counts.selected} selected` : null}
      </p>
      {/* Folded on a phone under one line, so the first candidate starts on the first screen; open from `md` up
          (globals.css), where the bar is one line anyway. */}
      <details className="open-from-md group max-md:basis-full">
        <summary className="flex list-none items-center justify-between gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
          Move, reject or export
          <FoldToggle className="bg-white" />
        </summary>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3 max-md:pt-3">
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${formId}-status`} className="text-sm font-semibold">
              Move to
            </label>
            <select id={`${formId}-status`} name="status" defaultValue="shortlisted" className={SELECT}>
              {PIPELINE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <Button type="submit" name="intent" value="move" variant="secondary">
              Move selected
            </Button>
          </div>
          {/* One row for the two, so the bar stays short on a phone. */}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" name="intent" value="reject" variant="secondary">
              Reject selected
            </Button>
            <Button type="submit" variant="secondary" formAction={exportHref} formMethod="post">
              Export selected (CSV)
            </Button>
          </div>
        </div>
      </details>
      <p
        role="status"
        className={cn(
          // Empty, it takes no line (nor the row gap) yet stays a live region: sr-only, not hidden.
          'basis-full text-sm empty:sr-only',
          state.error ? 'font-semibold text-red-800' : 'text-slate-700',
        )}
      >
        {pending ? '' : (state.error ?? state.message ?? '')}
      </p>
    </form>
  );
}
