import type { PipelineStatus } from '@/lib/workspace/pipeline';

/** What the candidate view's pipeline form shows after a save: the stored status and a sentence about the save. */
export interface PipelineFormState {
  status: PipelineStatus;
  message: string | null;
  error: string | null;
}
