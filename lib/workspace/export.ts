import { unclaimedMissing } from '../match/score';
import type { MatchResult } from '../match/types';
import { STATUS_LABELS, type PipelineStatus } from './pipeline';

export const EXPORT_HEADER = [
  'Rank',
  'Candidate',
  'Score',
  'Band',
  'Matched skills',
  'Missing required skills',
  'Missing nice-to-have skills',
  'Status',
  'Notes',
  // Last, so the columns spreadsheets already read by position stay where they were.
  'Claimed skills (not in the resume)',
] as const;

export interface ExportCandidate {
  rank: number;
  /** Already the right label: the name, or the stand-in under blind review. */
  label: string;
  result: MatchResult;
  status: PipelineStatus;
  notes: string;
}

/**
 * One spreadsheet row; lists are joined with "; " so each stays in one cell. Implied skills count as matched; skills
 * the candidate claims without the resume showing them are listed only in their own column.
 */
export function exportRow(c: ExportCandidate): (string | number)[] {
  const matched = [
    ...c.result.skills.matched,
    ...c.result.skills.implied.map((s) => `${s.name} (via ${s.via})`),
  ];
  return [
    c.rank,
    c.label,
    c.result.score,
    c.result.band,
    matched.join('; '),
    unclaimedMissing(c.result.skills, 'required').join('; '),
    unclaimedMissing(c.result.skills, 'preferred').join('; '),
    STATUS_LABELS[c.status],
    c.notes,
    (c.result.skills.claimed ?? []).map((s) => (s.via ? `${s.name} (via ${s.via})` : s.name)).join('; '),
  ];
}

/** A file name for the export: the job title reduced to safe characters, and the date. */
export function exportFilename(jobTitle: string, date = new Date()): string {
  const slug = jobTitle
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'job'}-candidates-${date.toISOString().slice(0, 10)}.csv`;
}
