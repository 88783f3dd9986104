import 'server-only';
import { deleteSavedFilter, saveFilter, savedFiltersFor, type SavedFilterRow } from '../db/saved-filters';
import { UserError } from '../lib/http/errors';
import { requireVisibleJob } from './candidate-access';

// Saved filters for a job's candidate list: the list's query string under a name the recruiter picks, their own.

export type { SavedFilterRow };

export const MAX_FILTER_NAME_CHARS = 80;
/** A recruiter keeps at most this many saved filters per job. */
export const MAX_SAVED_FILTERS = 20;

/** What the "Save these filters" form shows after a try. */
export interface SavedFilterFormState {
  error: string | null;
  message: string | null;
  /** Bumped on each save, so the form can empty its name box. */
  saved: number;
}

/**
 * The query string to keep: only the list's own parameters (skills, minimum, search, stage, sort, page size), as
 * the page wrote them, so a saved link never carries anything else. Starts with "?" unless empty.
 */
export function savedQuery(raw: string): string {
  const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw);
  const kept = new URLSearchParams();
  for (const [key, value] of params) if (LIST_PARAMS.has(key)) kept.append(key, value);
  const query = kept.toString();
  return query ? `?${query}` : '';
}

const LIST_PARAMS = new Set(['skill', 'min', 'q', 'status', 'sort', 'size']);

export async function saveJobFilter(
  jobId: string,
  recruiterId: string,
  name: string,
  rawQuery: string,
): Promise<SavedFilterRow> {
  await requireVisibleJob(jobId, recruiterId);
  const existing = await savedFiltersFor(jobId, recruiterId);
  if (existing.length >= MAX_SAVED_FILTERS && !existing.some((f) => f.name === name))
    throw new UserError(`Keep at most ${MAX_SAVED_FILTERS} saved filters per job: delete one first.`, 400);
  return saveFilter({ jobId, recruiterId, name, query: savedQuery(rawQuery) });
}

export async function jobFilters(jobId: string, recruiterId: string): Promise<SavedFilterRow[]> {
  return savedFiltersFor(jobId, recruiterId);
}

export async function deleteJobFilter(jobId: string, recruiterId: string, id: number): Promise<boolean> {
  return deleteSavedFilter(jobId, recruiterId, id);
}
