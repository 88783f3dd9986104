import { useId } from 'react';
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
 * numbers written beside it. The SVG is one labelled image; the same numbers are in its description for screen readers.
 * The total is left to the score card it sits in, which writes it once.
 */
export function ScoreBreakdownChart({ result }: { result: MatchResult }) {
  const id = useId();
  const { parts, experienceFactor } = scoreContributions(result.breakdown);
  const row = 34;
  const labelWidth = 150;
  const barWidth = 200;
  const height = parts.length * row + 4;
  const description = [
    ...parts.map((p) => `${p.label}: ${Math.round(p.value * 100)}% met, ${p.points} of ${p.max} points`),
    experienceFactor === null
      ? 'Years of experience: not assessed'
      : `Years of experience: score multiplied by ${experienceFactor}`,
  ].join('. ');
  return (
    <figure className="space-y-2">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${labelWidth + barWidth + 110} ${height}`}
        className="w-full max-w-xl"
      >
        <title id={`${id}-title`}>Score breakdown</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {parts.map((p, i) => {
          const y = i * row + 4;
          return (
            <g key={p.key}>
              <text x={0} y={y + 16} fontSize={13} fill="#334155">
                {p.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={barWidth * (p.max / 35)}
                height={16}
                rx={3}
                fill="#e2e8f0"
              />
              <rect
                x={labelWidth}
                y={y + 4}
                width={barWidth * (p.points / 35)}
                height={16}
                rx={3}
                fill={FILLS[p.key]}
              />
              <text x={labelWidth + barWidth + 8} y={y + 16} fontSize={13} fill="#0f172a" fontWeight={600}>
                {p.points} / {p.max} pts
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-slate-700">
        {parts.map((p) => `${p.label} ${Math.round(p.value * 100)}%`).join(' · ')}
        {experienceFactor === null ? ' · experience not assessed' : ` · experience ×${experienceFactor}`}
      </figcaption>
    </figure>
  );
}
