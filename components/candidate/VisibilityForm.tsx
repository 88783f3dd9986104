'use client';

import { useActionState } from 'react';
import { VisibilityChoice } from '@/components/resumes/VisibilityChoice';
import { SubmitRow } from '@/components/ui/SubmitRow';
import type { ResumeVisibility } from '@/lib/candidate/visibility';
import type { VisibilityState } from '@/services/candidate';
import type { VisibilityAction } from './form-state';

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
      <SubmitRow label="Save who sees it" pending={pending} state={state} variant="secondary" />
    </form>
  );
}
