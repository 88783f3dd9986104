import Link from 'next/link';

export type CandidatePage = 'matches' | 'compare' | 'report' | 'data';

const PAGES: { key: CandidatePage; label: string; path: string }[] = [
  { key: 'matches', label: 'Your matches', path: '' },
  { key: 'compare', label: 'Compare a posting', path: '/compare' },
  { key: 'report', label: 'Printable report', path: '/report' },
  { key: 'data', label: 'My data', path: '/data' },
];

/** The private link's own pages; `current` is marked for screen readers and by the underline. */
export function CandidateNav({ token, current }: { token: string; current: CandidatePage | null }) {
  return (
    <nav aria-label="Your results" className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 border-b border-slate-200 pb-2">
        {PAGES.map((p) => (
          <li key={p.key}>
            <Link
              href={`/candidate/r/${token}${p.path}`}
              aria-current={p.key === current ? 'page' : undefined}
              className="inline-block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-blue-800 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-800 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
