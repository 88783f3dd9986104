import { bandLabel } from '@/components/matches/BandBadge';
import type { MatchResult } from '@/lib/match/types';
import { cn } from '@/components/ui/cn';

const TONES: Record<MatchResult['band'], string> = {
  strong: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  partial: 'bg-amber-50 text-amber-950 ring-amber-300',
  weak: 'bg-slate-100 text-slate-800 ring-slate-300',
};

/**
 * A candidate's score, once: the number with its band ("72 Strong match"). It is a meter, so a screen reader reads
 * "Match score for Ada, 72 out of 100, strong match" and tests can read its value.
 */
export function ScoreBadge({
  score,
  band,
  label,
}: {
  score: number;
  band: MatchResult['band'];
  label: string;
}) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const words = bandLabel(band);
  return (
    <span
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100, ${words.toLowerCase()}`}
      className={cn(
        'inline-flex items-baseline gap-1.5 rounded-md px-2.5 py-1 whitespace-nowrap ring-1 ring-inset',
        TONES[band],
      )}
    >
      <span className="text-lg leading-none font-bold tabular-nums">{value}</span>
      <span className="text-xs font-semibold">{words}</span>
    </span>
  );
}
