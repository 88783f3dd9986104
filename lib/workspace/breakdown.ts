import { SCORE_WEIGHTS } from '../match/score';
import type { MatchResult } from '../match/types';

export interface ScoreContribution {
  key: 'requirements' | 'skills' | 'title' | 'profession' | 'document';
  label: string;
  /** 0..1: how well this part is met. */
  value: number;
  /** Points this part adds to the score, and the most it could add (its weight). */
  points: number;
  max: number;
}

const LABELS: Record<ScoreContribution['key'], string> = {
  requirements: 'Requirements covered',
  skills: 'Skills named',
  title: 'Title and role fit',
  profession: 'Same profession',
  document: 'Overall fit',
};

/**
 * The score as the sum of its parts: each part's weight times how well it is met, in points of 100, then the
 * experience factor (0.9 to 1) applied to the sum. Points are rounded to one decimal.
 */
export function scoreContributions(breakdown: MatchResult['breakdown']): {
  parts: ScoreContribution[];
  experienceFactor: number | null;
} {
  // Results stored before a part existed lack it: the parts they have share the whole score.
  const keys = (Object.keys(LABELS) as ScoreContribution['key'][]).filter((k) => breakdown[k] !== undefined);
  const scale = 1 / keys.reduce((a, k) => a + SCORE_WEIGHTS[k], 0);
  const parts = keys.map((key) => {
    const value = Math.max(0, Math.min(1, breakdown[key] ?? 0));
    const max = Math.round(SCORE_WEIGHTS[key] * scale * 1000) / 10;
    return { key, label: LABELS[key], value, points: Math.round(max * value * 10) / 10, max };
  });
  const experienceFactor =
    breakdown.experience === null
      ? null
      : Math.round((0.9 + 0.1 * Math.max(0, Math.min(1, breakdown.experience))) * 100) / 100;
  return { parts, experienceFactor };
}
