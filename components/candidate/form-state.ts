import type { CorrectionState, VisibilityState } from '@/services/candidate';
import type { CompareState, RemoveComparisonState } from '@/services/compared-postings';

// The states the candidate's forms start from, and the actions they take. What an action hands back is described
// beside the service that fills it (services/candidate.ts, services/compared-postings.ts).

export const EMPTY_CORRECTION: CorrectionState = { op: null, message: null, error: null, value: '', seq: 0 };

export type CorrectionAction = (state: CorrectionState, formData: FormData) => Promise<CorrectionState>;

export const EMPTY_COMPARE: CompareState = {
  values: { title: '', description: '' },
  fieldErrors: {},
  formError: null,
  report: null,
  keywords: [],
  seq: 0,
};

export type CompareAction = (state: CompareState, formData: FormData) => Promise<CompareState>;

export const EMPTY_REMOVE_COMPARISON: RemoveComparisonState = { message: null, error: null, seq: 0 };

export type RemoveComparisonAction = (
  state: RemoveComparisonState,
  formData: FormData,
) => Promise<RemoveComparisonState>;

export type VisibilityAction = (state: VisibilityState, formData: FormData) => Promise<VisibilityState>;
