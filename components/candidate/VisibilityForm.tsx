'use client';

import { useActionState } from 'react';
import { VisibilityChoice } from '@/components/resumes/VisibilityChoice';
import { Button } from '@/components/ui/Button';
import type { ResumeVisibility } from '@/lib/candidate/visibility';
import type { VisibilityAction, VisibilityState } from './form-state';

/** Changes who may see the resume from its private link; the change shows (or hides) it to recruiters at once. */
export function VisibilityForm({ current, action }: { current: ResumeVisibility; action: VisibilityAction }) {
  const initial: VisibilityState = { visibility: current, message: null, error: null, seq: 0 };
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-3">
      <VisibilityChoice
        key={`${state.visibility}-${state.seq}`}
        value={state.visibility}
        disabled={pending}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Saving…' : 'Save who sees it'}
        </Button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${state.error ? 'font-semibold text-red-800' : 'text-slate-700'}`}
        >
          {pending ? '' : (state.error ?? state.message ?? '')}
        </p>
      </div>
    </form>
  );
}
