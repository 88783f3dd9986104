'use client';

import { useActionState } from 'react';
import { SubmitRow } from '@/components/ui/SubmitRow';
import { PIPELINE_STATUSES, STATUS_LABELS } from '@/lib/workspace/pipeline';
import type { PipelineFormState } from '@/services/workspace';

interface PipelineFormProps {
  jobId: string;
  resumeId: string;
  initial: PipelineFormState;
  action: (state: PipelineFormState, formData: FormData) => Promise<PipelineFormState>;
}

export function PipelineForm({ jobId, resumeId, initial, action }: PipelineFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="resumeId" value={resumeId} />
      <div className="space-y-1">
        <label htmlFor="pipeline-status" className="block text-sm font-semibold">
          Status
        </label>
        <p id="pipeline-status-hint" className="text-sm text-slate-600">
          Yours alone: each recruiter keeps their own pipeline, while the notes are the team&apos;s.
        </p>
        <select
          id="pipeline-status"
          name="status"
          defaultValue={state.status}
          key={`status-${state.status}`}
          aria-describedby="pipeline-status-hint"
          className="block w-full max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        >
          {PIPELINE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <SubmitRow label="Save status" pending={pending} state={state} />
    </form>
  );
}
