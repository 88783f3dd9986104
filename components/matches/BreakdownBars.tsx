import type { MatchResult } from '@/lib/match/types';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { percent } from './format';

const PARTS: { key: keyof MatchResult['breakdown']; label: string }[] = [
  { key: 'requirements', label: 'Requirements covered' },
  { key: 'skills', label: 'Skills named' },
  { key: 'title', label: 'Title and role fit' },
  { key: 'profession', label: 'Same profession' },
  { key: 'document', label: 'Overall fit' },
  { key: 'experience', label: 'Years of experience' },
];

export function BreakdownBars({ breakdown }: { breakdown: MatchResult['breakdown'] }) {
  return (
    <dl className="space-y-3">
      {PARTS.filter(({ key }) => breakdown[key] !== undefined).map(({ key, label }) => {
        const value = breakdown[key] ?? null;
        return (
          <div key={key} className="grid gap-1 sm:grid-cols-[11rem_1fr] sm:items-center sm:gap-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd>
              {value === null ? (
                <span className="text-sm text-slate-600">
                  Not assessed: the posting or the resume states no years
                </span>
              ) : (
                <ScoreBar value={percent(value)} label={label} size="sm" valueText={`${percent(value)}%`} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
