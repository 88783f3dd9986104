import { Fragment, useId } from 'react';
import type { MatchResult } from '@/lib/match/types';
import { scoreContributions } from '@/lib/workspace/breakdown';

const FILLS = {
  requirements: '#1d4ed8',
  skills: '#047857',
  title: '#7c3aed',
  profession: '#b45309',
  document: '#0e7490',
} as const;

/**
 * How the score is made, as points: each part's bar shows the points it earned out of the most it could, with the
 * numbers written beside it. Drawn in HTML, not a scaled SVG, so its text keeps the page's size on a phone (a 460-unit
 * SVG shrank it to 9 px at 390 px). One labelled image; the same numbers are in its description for screen readers.
 * The total is left to the score card it sits in, which writes it once.
 */
export function ScoreBreakdownChart({ result }: { result: MatchResult }) {
  const id = useId();
  const { parts, experienceFactor } = scoreContributions(result.breakdown);
  // Every track on one scale, the heaviest part's: a 25-point part is drawn longer than a 15-point one.
  const scale = Math.max(1, ...parts.map((p) => p.max));
  const description = [
    ...parts.map((p) => `${p.label}: ${Math.round(p.value * 100)}% met, ${p.points} of ${p.max} points`),
    experienceFactor === null
      ? 'Years of experience: not assessed'
      : `Years of experience: score multiplied by ${experienceFactor}`,
  ].join('. ');
  return (
    <figure className="space-y-2">
      <div
        role="img"
        aria-label="Score breakdown"
        aria-describedby={`${id}-desc`}
        className="grid max-w-xl grid-cols-[minmax(0,auto)_minmax(4rem,1fr)_auto] items-center gap-x-3 gap-y-2.5 text-sm"
      >
        {parts.map((p) => (
          <Fragment key={p.key}>
            <span className="text-slate-700">{p.label}</span>
            <span className="relative block h-4">
              <span
                className="absolute inset-y-0 left-0 rounded-sm bg-slate-200"
                style={{ width: `${(100 * p.max) / scale}%` }}
              />
              <span
                className="absolute inset-y-0 left-0 rounded-sm"
                style={{ width: `${(100 * p.points) / scale}%`, backgroundColor: FILLS[p.key] }}
              />
            </span>
            <span className="text-right font-semibold whitespace-nowrap tabular-nums text-slate-900">
              {p.points} / {p.max} pts
            </span>
          </Fragment>
        ))}
      </div>
      <p id={`${id}-desc`} hidden>
        {description}
      </p>
      <figcaption className="text-sm text-slate-700">
        {parts.map((p) => `${p.label} ${Math.round(p.value * 100)}%`).join(' · ')}
        {experienceFactor === null ? ' · experience not assessed' : ` · experience ×${experienceFactor}`}
      </figcaption>
    </figure>
  );
}
