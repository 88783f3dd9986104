'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/Button';
import { cn } from '@/components/ui/cn';
import type { SavedFilterFormState } from '@/services/saved-filters';

interface SaveFiltersFormProps {
  jobId: string;
  /** The list's query string as shown now (skills, search, stage, sort…), saved as it is. */
  query: string;
  maxName: number;
  action: (state: SavedFilterFormState, formData: FormData) => Promise<SavedFilterFormState>;
}

/** Saves the filters the list shows under a name, to open them again from "Saved filters". */
export function SaveFiltersForm({ jobId, query, maxName, action }: SaveFiltersFormProps) {
  const [state, formAction, pending] = useActionState(action, { error: null, message: null, saved: 0 });
  return (
    <form action={formAction} aria-label="Save these filters" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="query" value={query} />
      <div className="space-y-1">
        <label htmlFor="saved-filter-name" className="block text-sm font-semibold">
          Save these filters as
        </label>
        <input
          id="saved-filter-name"
          key={state.saved}
          name="name"
          required
          maxLength={maxName}
          placeholder="e.g. Senior, Kubernetes"
          className="block w-64 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save filters
      </Button>
      <p
        role="status"
        className={cn('basis-full text-sm', state.error ? 'font-semibold text-red-800' : 'text-slate-700')}
      >
        {pending ? '' : (state.error ?? state.message ?? '')}
      </p>
    </form>
  );
}
