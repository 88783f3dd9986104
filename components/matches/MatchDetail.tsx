import type { ReactNode } from 'react';
import type { MatchResult } from '@/lib/match/types';
import { Card } from '@/components/ui/Card';
import { Fold } from '@/components/ui/Fold';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { BandBadge } from './BandBadge';
import { BreakdownBars } from './BreakdownBars';
import type { Viewer } from './format';
import { MatchSkillGroups } from './MatchSkillGroups';
import { RequirementCoverageTable } from './RequirementCoverageTable';

/**
 * One resume against one job, explained: shared by the candidate and the recruiter pages (which own the h1).
 * `breakdown` replaces the default bars of the score's parts (the recruiter view shows them as points); `viewer`
 * words the candidate's claims for whose page it is. `folded` is for a page that opens with its own verdict (the
 * candidate's): the score card is left to that verdict, and the requirements table and the score's parts fold open.
 */
export function MatchDetail({
  result,
  breakdown,
  viewer = 'candidate',
  folded = false,
}: {
  result: MatchResult;
  breakdown?: ReactNode;
  viewer?: Viewer;
  folded?: boolean;
}) {
  const required = result.requirements.filter((r) => r.level === 'required');
  const preferred = result.requirements.filter((r) => r.level === 'preferred');
  const coveredCount = (list: typeof required) => list.filter((r) => r.covered).length;

  const coverage = `Covers ${coveredCount(required)} of ${required.length} required${
    preferred.length ? ` and ${coveredCount(preferred)} of ${preferred.length} nice-to-have` : ''
  } requirements.`;
  const table = result.requirements.length ? (
    <RequirementCoverageTable requirements={result.requirements} viewer={viewer} />
  ) : (
    <p className="text-slate-700">No requirements were found in the posting.</p>
  );

  if (folded)
    return (
      <div className="space-y-6">
        <WhyThisScore result={result} />
        <Fold id="requirements-heading" title="Requirements" hint={`${coverage} The evidence for each one.`}>
          {table}
        </Fold>
        <SkillsSection result={result} viewer={viewer} />
        <Fold id="breakdown-heading" title="How the score breaks down" hint="The parts the score is made of.">
          {breakdown ?? <BreakdownBars breakdown={result.breakdown} />}
        </Fold>
      </div>
    );

  return (
    <div className="space-y-6">
      <Card as="section" aria-labelledby="score-heading" className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <div className="space-y-3">
          <h2 id="score-heading" className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
            Match score
          </h2>
          <p className="text-4xl font-bold tabular-nums">
            {result.score}
            <span className="text-lg font-medium text-slate-600">/100</span>
          </p>
          <BandBadge band={result.band} />
          <ScoreBar
            value={result.score}
            label="Match score"
            tone={result.band}
            valueText={`${result.score}/100`}
            showValue={false}
          />
        </div>
        <div>
          <h3 className="mb-3 text-sm font-semibold tracking-wide text-slate-700 uppercase">
            How the score breaks down
          </h3>
          {breakdown ?? <BreakdownBars breakdown={result.breakdown} />}
        </div>
      </Card>

      <WhyThisScore result={result} />

      <section aria-labelledby="requirements-heading" className="space-y-3">
        <h2 id="requirements-heading" className="text-xl font-semibold">
          Requirements
        </h2>
        <p className="text-sm text-slate-700">{coverage}</p>
        {table}
      </section>

      <SkillsSection result={result} viewer={viewer} />
    </div>
  );
}

function WhyThisScore({ result }: { result: MatchResult }) {
  return (
    <section aria-labelledby="why-heading" className="space-y-3">
      <h2 id="why-heading" className="text-xl font-semibold">
        Why this score
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <ReasonList
          title="What fits"
          items={result.reasons}
          empty="No strong evidence of fit was found."
          marker="✓"
        />
        <ReasonList title="Gaps" items={result.gaps} empty="No gaps found." marker="✕" />
      </div>
    </section>
  );
}

function SkillsSection({ result, viewer }: { result: MatchResult; viewer: Viewer }) {
  return (
    <section aria-labelledby="skills-heading" className="space-y-3">
      <h2 id="skills-heading" className="text-xl font-semibold">
        Skills
      </h2>
      <Card>
        <MatchSkillGroups skills={result.skills} viewer={viewer} />
      </Card>
    </section>
  );
}

function ReasonList({
  title,
  items,
  empty,
  marker,
}: {
  title: string;
  items: string[];
  empty: ReactNode;
  marker: string;
}) {
  return (
    <Card>
      <h3 className="mb-2 font-semibold">{title}</h3>
      {items.length ? (
        <ul className="space-y-2 text-sm text-slate-800">
          {items.map((item, i) => (
            <li key={`${i}-${item}`} className="flex gap-2">
              <span aria-hidden="true" className="text-slate-600">
                {marker}
              </span>
              <span className="min-w-0 [overflow-wrap:anywhere]">{item}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{empty}</p>
      )}
    </Card>
  );
}
