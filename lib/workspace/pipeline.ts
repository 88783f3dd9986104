/** Where a candidate stands for a job. Mirrors APPLICATION_STATUSES in db/schema.ts (checked there with `satisfies`). */
export const PIPELINE_STATUSES = ['new', 'shortlisted', 'interviewing', 'rejected', 'hired'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export const STATUS_LABELS: Record<PipelineStatus, string> = {
  new: 'New',
  shortlisted: 'Shortlisted',
  interviewing: 'Interviewing',
  rejected: 'Rejected',
  hired: 'Hired',
};

/** Sorting by status puts the candidates furthest along first and the rejected last. */
export const STATUS_SORT_ORDER: readonly PipelineStatus[] = [
  'hired',
  'interviewing',
  'shortlisted',
  'new',
  'rejected',
];

export function isPipelineStatus(value: unknown): value is PipelineStatus {
  return typeof value === 'string' && (PIPELINE_STATUSES as readonly string[]).includes(value);
}

export const MAX_NOTES_CHARS = 5_000;
