import Link from 'next/link';

interface GapOverviewProps {
  basePath: string;
  total: number;
  /** Required skills with how many ranked candidates have each. */
  skills: { name: string; count: number }[];
}

/** Below this share a required skill is rare among the candidates: the posting may ask for too much, or sourcing should. */
const RARE = 0.25;

/** Required skills, rarest first, each with the share of candidates who have it: a bar and the numbers in words. */
export function GapOverview({ basePath, total, skills }: GapOverviewProps) {
  if (!skills.length)
    return (
      <p className="text-sm text-slate-700">
        The posting names no required skills, so there is nothing to compare.
      </p>
    );
  if (total === 0) return <p className="text-sm text-slate-700">No candidates are ranked yet.</p>;
  const rows = skills
    .map((s) => ({ ...s, share: s.count / total }))
    .sort((a, b) => a.share - b.share || a.name.localeCompare(b.name));
  const rare = rows.filter((r) => r.share < RARE);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {rare.length
          ? `${rare.length} of ${rows.length} required skills are rare (under ${RARE * 100}% of the ${total} candidates have them): ${rare.map((r) => r.name).join(', ')}.`
          : `Every required skill is held by at least ${RARE * 100}% of the ${total} candidates.`}
      </p>
      <ul className="space-y-2" aria-label="Share of candidates with each required skill">
        {rows.map((r) => {
          const pct = Math.round(r.share * 100);
          return (
            <li key={r.name} className="grid items-center gap-1 sm:grid-cols-[12rem_1fr_10rem] sm:gap-3">
              <Link
                href={`${basePath}?skill=${encodeURIComponent(r.name)}`}
                className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
              >
                {r.name}
                <span className="sr-only">: show the candidates who have it</span>
              </Link>
              <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded bg-slate-200">
                <div
                  className={`h-full ${r.share < RARE ? 'bg-red-700' : 'bg-emerald-700'}`}
                  style={{ width: `${Math.max(pct, r.count ? 1 : 0)}%` }}
                />
              </div>
              <p className="text-sm text-slate-700 tabular-nums">
                {r.count} of {total} ({pct}%)
                {r.share < RARE ? <span className="font-semibold text-red-800"> · rare</span> : null}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
