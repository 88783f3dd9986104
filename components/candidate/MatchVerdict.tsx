import Link from 'next/link';
import type { RefObject } from 'react';
import type { GapPlan } from '@/lib/match/advice';
import type { MatchResult } from '@/lib/match/types';
import { byEaseOfFix } from '@/lib/candidate/gap-summary';
import { BandBadge } from '@/components/matches/BandBadge';
import { clip } from '@/components/matches/format';
import { Card } from '@/components/ui/Card';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { gapStatusLabel } from './GapAdvice';

/** How many gaps the verdict names; the rest are in "How to close the gap". */
const TOP_GAPS = 3;

/**
 * The first screen of a match: the score and what it means, the top gaps, and the one thing to do next, with links to
 * the full advice and the printable report. Everything else on the page follows it, the long tables folded. The score
 * is written once, in the heading beside its band; the bar under it is its meter, without a second number.
 */
export function MatchVerdict({
  result,
  plan,
  gapHref,
  reportHref,
  title,
  headingId = 'verdict-heading',
  headingRef,
  region = true,
  note,
}: {
  result: MatchResult;
  plan: GapPlan;
  gapHref: string;
  reportHref?: string;
  /** The posting's title, for a report whose heading must name it ("Your fit for Data Engineer: 61/100"). */
  title?: string;
  headingId?: string;
  /** For a report that moves the keyboard to its heading once it appears. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** False when an enclosing section is already the region this heading names. */
  region?: boolean;
  /** A line under the heading. */
  note?: string;
}) {
  const required = result.requirements.filter((r) => r.level === 'required');
  const covered = required.filter((r) => r.covered).length;
  const gaps = [...byEaseOfFix(plan.required), ...byEaseOfFix(plan.preferred)];
  const top = gaps.slice(0, TOP_GAPS);
  const next = gaps[0];
  return (
    <Card
      as={region ? 'section' : 'div'}
      aria-labelledby={region ? headingId : undefined}
      className="space-y-4"
    >
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <h2
            id={headingId}
            ref={headingRef}
            tabIndex={headingRef ? -1 : undefined}
            className="text-2xl font-bold tracking-tight break-words tabular-nums"
          >
            {title ? `Your fit for ${title}` : 'Your fit'}: {result.score}/100
          </h2>
          <BandBadge band={result.band} />
        </div>
        {note ? <p className="text-sm text-slate-700">{note}</p> : null}
      </div>
      <ScoreBar
        value={result.score}
        label="Match score"
        tone={result.band}
        valueText={`${result.score}/100`}
        showValue={false}
      />
      <p className="text-sm text-slate-800">
        {required.length
          ? `Your resume covers ${covered} of the ${required.length} required points of this posting`
          : 'This posting lists no required points'}
        {plan.required.length
          ? ` and misses ${plan.required.length} required skill${plan.required.length === 1 ? '' : 's'}.`
          : ' and names every required skill.'}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">Top gaps</h3>
          {top.length ? (
            <ul className="mt-1 space-y-1 text-sm">
              {top.map((g) => (
                <li key={`${g.level}-${g.skill}`} className="flex flex-wrap gap-x-2">
                  <span className="font-semibold">
                    <span aria-hidden="true" className="text-red-800">
                      ✕{' '}
                    </span>
                    {g.skill}
                  </span>
                  <span className="text-slate-700">
                    {g.level === 'required' ? 'required' : 'nice to have'} ·{' '}
                    {gapStatusLabel(g.status).toLowerCase()}
                  </span>
                </li>
              ))}
              {gaps.length > top.length ? (
                <li className="text-slate-700">and {gaps.length - top.length} more</li>
              ) : null}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-800">None: your resume names every skill it asks for.</p>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">Next step</h3>
          <p className="mt-1 text-sm text-slate-800">
            {next
              ? `${next.skill}: ${clip(next.advice, 170)}`
              : 'Apply: your resume names what this posting asks for. Check the keywords below match its wording.'}
          </p>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold print:hidden">
        <Link href={gapHref} className="text-blue-700 underline underline-offset-2">
          How to close the gap
        </Link>
        {reportHref ? (
          <Link href={reportHref} className="text-blue-700 underline underline-offset-2">
            Printable report<span className="sr-only"> of this match</span>
          </Link>
        ) : null}
      </p>
    </Card>
  );
}
