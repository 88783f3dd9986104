import Link from 'next/link';
import { filtersToQuery, type CandidateFilters } from '@/lib/workspace/filters';
import { PIPELINE_STATUSES, STATUS_LABELS, type PipelineStatus } from '@/lib/workspace/pipeline';

interface StatusTabsProps {
  basePath: string;
  filters: CandidateFilters;
  counts: Partial<Record<PipelineStatus, number>>;
}

/** The pipeline as links (not ARIA tabs: each one is a page of its own, with its own URL, that works without JS). */
export function StatusTabs({ basePath, filters, counts }: StatusTabsProps) {
  const total = Object.values(counts).reduce((a, n) => a + (n ?? 0), 0);
  const tabs: { status: PipelineStatus | null; label: string; n: number }[] = [
    { status: null, label: 'All', n: total },
    ...PIPELINE_STATUSES.map((s) => ({
      status: s,
      label: s === 'shortlisted' ? 'Shortlist' : STATUS_LABELS[s],
      n: counts[s] ?? 0,
    })),
  ];
  return (
    <nav aria-label="Pipeline">
      {/* One line on a phone, scrolling sideways (the stages past the edge are a swipe away), so the list starts higher. */}
      <ul className="flex gap-1 border-b border-slate-200 max-sm:overflow-x-auto max-sm:overflow-y-hidden sm:flex-wrap">
        {tabs.map((tab) => {
          const current = filters.status === tab.status;
          return (
            <li key={tab.label} className="shrink-0">
              <Link
                href={`${basePath}${filtersToQuery(filters, { status: tab.status, page: 1 })}`}
                aria-current={current ? 'page' : undefined}
                className="-mb-px inline-block rounded-t-md whitespace-nowrap border border-transparent px-2 py-1.5 text-sm font-medium sm:px-3 sm:py-2 text-slate-700 hover:text-blue-700 aria-[current=page]:border-slate-200 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:text-blue-800"
              >
                {tab.label} <span className="tabular-nums text-slate-600">({tab.n})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
