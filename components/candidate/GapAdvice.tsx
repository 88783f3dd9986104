import type { GapAdvice as Gap, GapPlan, GapStatus, KeywordTip } from '@/lib/match/advice';
import { byEaseOfFix, gapSummary } from '@/lib/candidate/gap-summary';
import { clip } from '@/components/matches/format';
import { Badge, type BadgeTone } from '@/components/ui/Chip';
import { Card } from '@/components/ui/Card';

const STATUS: Record<GapStatus, { label: string; tone: BadgeTone }> = {
  nearly: { label: 'Nearly covered', tone: 'success' },
  related: { label: 'Related skill', tone: 'warning' },
  absent: { label: 'Not in your resume', tone: 'danger' },
};

export function gapStatusLabel(status: GapStatus): string {
  return STATUS[status].label;
}

/**
 * "How to close the gap": required gaps first, then nice-to-haves, the quickest fixes first within each; keyword
 * tips for skills the resume only implies come last, apart, because they are not gaps.
 */
export function GapAdvice({ plan, idPrefix = 'gap' }: { plan: GapPlan; idPrefix?: string }) {
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="space-y-4 break-inside-auto">
      <div className="space-y-1">
        <h2 id={`${idPrefix}-heading`} className="text-xl font-semibold">
          How to close the gap
        </h2>
        <p className="text-sm text-slate-700">{gapSummary(plan)}</p>
      </div>
      <GapGroup
        title="Required skills you are missing"
        gaps={plan.required}
        empty="None: your resume names every required skill."
        id={`${idPrefix}-required`}
      />
      <GapGroup
        title="Nice-to-haves you are missing"
        gaps={plan.preferred}
        empty="None: your resume names every nice-to-have."
        id={`${idPrefix}-preferred`}
      />
      <KeywordTips tips={plan.keywordTips} id={`${idPrefix}-tips`} />
    </section>
  );
}

function GapGroup({
  title,
  gaps,
  empty,
  id,
}: {
  title: string;
  gaps: readonly Gap[];
  empty: string;
  id: string;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold">
        {title} ({gaps.length})
      </h3>
      {gaps.length ? (
        <ol className="space-y-3">
          {byEaseOfFix(gaps).map((gap) => (
            <GapItem key={gap.skill} gap={gap} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-700">{empty}</p>
      )}
    </section>
  );
}

function GapItem({ gap }: { gap: Gap }) {
  const status = STATUS[gap.status];
  return (
    <Card as="li" className="avoid-break space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="font-semibold">{gap.skill}</h4>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <dl className="space-y-2 text-sm">
        {gap.requirement ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
              The posting asks for
            </dt>
            <dd className="[overflow-wrap:anywhere] text-slate-800">“{clip(gap.requirement, 240)}”</dd>
          </div>
        ) : null}
        {gap.evidence ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
              Closest line in your resume
            </dt>
            <dd>
              <blockquote className="border-l-4 border-emerald-600 bg-slate-50 px-3 py-1.5 [overflow-wrap:anywhere] text-slate-800 italic">
                “{clip(gap.evidence, 240)}”
              </blockquote>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-xs font-semibold tracking-wide text-slate-700 uppercase">What to do</dt>
          <dd className="[overflow-wrap:anywhere] text-slate-900">{gap.advice}</dd>
        </div>
      </dl>
    </Card>
  );
}

function KeywordTips({ tips, id }: { tips: readonly KeywordTip[]; id: string }) {
  if (!tips.length) return null;
  return (
    <aside
      aria-labelledby={id}
      className="avoid-break space-y-2 rounded-lg border border-sky-300 bg-sky-50 p-4 sm:p-6"
    >
      <h3 id={id} className="text-lg font-semibold text-sky-950">
        Keyword tips
      </h3>
      <p className="text-sm text-sky-950">
        Not gaps: your resume implies these skills, but keyword screens look for the exact words. Name them
        outright.
      </p>
      <ul className="space-y-2 text-sm">
        {tips.map((tip) => (
          <li key={tip.skill} className="[overflow-wrap:anywhere] text-slate-900">
            <span className="font-semibold">
              {tip.skill} (implied by {tip.via}): name it outright.
            </span>{' '}
            {tip.advice}
          </li>
        ))}
      </ul>
    </aside>
  );
}
