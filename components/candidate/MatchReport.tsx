import type { GapPlan } from '@/lib/match/advice';
import type { SkillCorrections } from '@/lib/match/corrections';
import { unclaimedMissing } from '@/lib/match/score';
import type { MatchResult, RequirementCoverage } from '@/lib/match/types';
import { bandLabel } from '@/components/matches/BandBadge';
import { claimLabel, clip, percent } from '@/components/matches/format';
import { NamedSkills } from '@/components/matches/NamedSkills';
import { UncoveredCell } from '@/components/matches/UncoveredCell';
import { Fact } from '@/components/ui/Fact';
import { GapAdvice } from './GapAdvice';

interface MatchReportProps {
  filename: string;
  uploadedAt: Date;
  generatedAt: Date;
  job: { title: string; company: string; location: string };
  result: MatchResult;
  plan: GapPlan;
  /** Skills the candidate added or removed by hand; the report says which ones the score reflects (removals). */
  corrections: SkillCorrections;
}

const PARTS: { key: keyof MatchResult['breakdown']; label: string }[] = [
  { key: 'requirements', label: 'Requirements covered' },
  { key: 'skills', label: 'Skills named' },
  { key: 'title', label: 'Title and role fit' },
  { key: 'profession', label: 'Same profession' },
  { key: 'document', label: 'Overall fit' },
  { key: 'experience', label: 'Years of experience' },
];

const day = (d: Date) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(d);

/**
 * One resume against one job as a document: plain text, tables and lists rather than bars and colour, so it reads the
 * same on screen, on paper and in a PDF. The page owns the h1.
 */
export function MatchReport({
  filename,
  uploadedAt,
  generatedAt,
  job,
  result,
  plan,
  corrections,
}: MatchReportProps) {
  const where = [job.company, job.location].filter(Boolean).join(' · ');
  const implied = result.skills.implied.map((s) => `${s.name} (implied by ${s.via})`);
  const alternatives = (result.skills.alternatives ?? []).map(
    (s) => `${s.name} (your ${s.via} counts instead)`,
  );
  const claimed = (result.skills.claimed ?? []).map((s) => claimLabel(s.name, 'candidate', s.via));
  return (
    <div className="space-y-8">
      <dl className="space-y-2 text-sm">
        <Fact label="Resume">
          <span className="break-all">{filename}</span>, uploaded {day(uploadedAt)}
        </Fact>
        <Fact label="Job">
          {job.title}
          {where ? ` · ${where}` : ''}
        </Fact>
        <Fact label="Report date">{day(generatedAt)}</Fact>
        {corrections.added.length || corrections.removed.length ? (
          <Fact label="Your corrections">{correctionsText(corrections)}</Fact>
        ) : null}
      </dl>

      <section
        aria-labelledby="report-score-heading"
        className="avoid-break grid gap-6 rounded-lg border border-slate-300 p-4 sm:grid-cols-[14rem_1fr] sm:p-6"
      >
        <div>
          <h2
            id="report-score-heading"
            className="text-sm font-semibold tracking-wide text-slate-700 uppercase"
          >
            Match score
          </h2>
          <p className="mt-2 text-5xl font-bold tabular-nums">
            {result.score}
            <span className="text-xl font-medium text-slate-600">/100</span>
          </p>
          <p className="mt-1 text-lg font-semibold">{bandLabel(result.band)}</p>
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-700 uppercase">
            How the score breaks down
          </h3>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Score breakdown</caption>
            <tbody>
              {PARTS.filter(({ key }) => result.breakdown[key] !== undefined).map(({ key, label }) => {
                const value = result.breakdown[key] ?? null;
                return (
                  <tr key={key} className="border-b border-slate-200 last:border-0">
                    <th scope="row" className="py-1.5 pr-4 font-normal text-slate-700">
                      {label}
                    </th>
                    <td className="py-1.5 text-right font-semibold tabular-nums">
                      {value === null ? 'Not assessed' : `${percent(value)}%`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-skills-heading" className="space-y-3">
        <h2 id="report-skills-heading" className="text-xl font-semibold">
          Skills
        </h2>
        <dl className="avoid-break space-y-2 text-sm">
          <SkillLine label="Matched" items={result.skills.matched} empty="None named" />
          {implied.length ? <SkillLine label="Implied" items={implied} empty="" /> : null}
          {alternatives.length ? (
            <SkillLine label="Covered by an alternative" items={alternatives} empty="" />
          ) : null}
          {claimed.length ? (
            <SkillLine label="Added by you, not in your resume" items={claimed} empty="" />
          ) : null}
          <SkillLine
            label="Missing required"
            items={unclaimedMissing(result.skills, 'required')}
            empty="None"
          />
          <SkillLine
            label="Missing nice-to-have"
            items={unclaimedMissing(result.skills, 'preferred')}
            empty="None"
          />
        </dl>
      </section>

      <section aria-labelledby="report-requirements-heading" className="space-y-3">
        <h2 id="report-requirements-heading" className="text-xl font-semibold">
          Requirements and the evidence for each
        </h2>
        {result.requirements.length ? (
          <EvidenceTable requirements={result.requirements} />
        ) : (
          <p className="text-sm text-slate-700">No requirements were found in the posting.</p>
        )}
      </section>

      <GapAdvice plan={plan} idPrefix="report-gap" />
    </div>
  );
}

/** The candidate's corrections, each with what it does to the score: removals count, additions are claims. */
function correctionsText({ added, removed }: SkillCorrections): string {
  const parts = [
    added.length
      ? `Added ${added.join(', ')} (recruiters see these as your claims; the score counts them once your resume shows them)`
      : '',
    removed.length ? `removed ${removed.join(', ')} (the score counts these)` : '',
  ].filter(Boolean);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function SkillLine({ label, items, empty }: { label: string; items: readonly string[]; empty: string }) {
  return (
    <div className="sm:grid sm:grid-cols-[11rem_1fr] sm:gap-3">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="[overflow-wrap:anywhere]">
        {items.length ? items.join(', ') : <span className="text-slate-600">{empty}</span>}
      </dd>
    </div>
  );
}

function EvidenceTable({ requirements }: { requirements: readonly RequirementCoverage[] }) {
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">
        Each requirement of the posting beside the resume passage that covers it
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th
            scope="col"
            className="w-[45%] py-2 pr-3 text-xs font-semibold tracking-wide text-slate-700 uppercase"
          >
            Requirement
          </th>
          <th scope="col" className="py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase">
            Evidence in your resume
          </th>
        </tr>
      </thead>
      <tbody>
        {requirements.map((req, i) => (
          <tr key={`${i}-${req.text}`} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3 [overflow-wrap:anywhere]">
              <p>{clip(req.text, 240)}</p>
              <p className="mt-0.5 text-xs font-semibold text-slate-600">
                {req.level === 'required' ? 'Required' : 'Nice to have'}
              </p>
              <NamedSkills named={req.named} level={req.level} />
            </td>
            <td className="py-2 [overflow-wrap:anywhere]">
              {req.covered && req.evidence ? (
                <>
                  <p className="text-xs font-semibold text-emerald-800">Covered ({percent(req.coverage)}%)</p>
                  {req.quoted === false ? (
                    <p>{req.evidence}</p>
                  ) : (
                    <p className="italic">“{clip(req.evidence, 240)}”</p>
                  )}
                </>
              ) : (
                <UncoveredCell req={req} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
