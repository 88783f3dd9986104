import type { ResumeVisibility } from '@/lib/candidate/visibility';
import type { KeywordRow } from '@/lib/candidate/keywords';
import type { PostingComparison } from '@/services/compare';

/** What a skill correction hands back: the sentence to announce, or what went wrong. */
export interface CorrectionState {
  op: 'add' | 'remove' | null;
  message: string | null;
  error: string | null;
  /** What was typed into "Add a skill", kept when it was refused. */
  value: string;
  /** Counts answers, so the form reacts to each one even when two say the same thing. */
  seq: number;
}

export const EMPTY_CORRECTION: CorrectionState = { op: null, message: null, error: null, value: '', seq: 0 };

export type CorrectionAction = (state: CorrectionState, formData: FormData) => Promise<CorrectionState>;

export type CompareField = 'title' | 'description';

/** The compare form's answer: the values to keep, what to fix, and the report once there is one. */
export interface CompareState {
  values: Record<CompareField, string>;
  fieldErrors: Partial<Record<CompareField, string>>;
  formError: string | null;
  report: PostingComparison | null;
  /** The posting's terms counted in it and in the resume, beside the report. */
  keywords: KeywordRow[];
  seq: number;
}

export const EMPTY_COMPARE: CompareState = {
  values: { title: '', description: '' },
  fieldErrors: {},
  formError: null,
  report: null,
  keywords: [],
  seq: 0,
};

export type CompareAction = (state: CompareState, formData: FormData) => Promise<CompareState>;

/** Removing a posting from the compare history: the sentence to announce, or what went wrong. */
export interface RemoveComparisonState {
  message: string | null;
  error: string | null;
  seq: number;
}

export const EMPTY_REMOVE_COMPARISON: RemoveComparisonState = { message: null, error: null, seq: 0 };

export type RemoveComparisonAction = (
  state: RemoveComparisonState,
  formData: FormData,
) => Promise<RemoveComparisonState>;

/** The visibility form's answer: the choice now stored, and the sentence about the save or what went wrong. */
export interface VisibilityState {
  visibility: ResumeVisibility;
  message: string | null;
  error: string | null;
  /** Counts answers, so the radios are reset to the stored choice after each one. */
  seq: number;
}

export type VisibilityAction = (state: VisibilityState, formData: FormData) => Promise<VisibilityState>;
