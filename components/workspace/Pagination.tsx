import Link from 'next/link';
import { filtersToQuery, type CandidateFilters } from '@/lib/workspace/filters';

interface PaginationProps {
  basePath: string;
  filters: CandidateFilters;
  page: number;
  pages: number;
}

const LINK =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-blue-700 hover:bg-slate-50';

export function Pagination({ basePath, filters, page, pages }: PaginationProps) {
  if (pages <= 1) return null;
  const href = (p: number) => `${basePath}${filtersToQuery(filters, { page: p })}`;
  return (
    <nav aria-label="Pages of candidates" className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={LINK} rel="prev">
          <span aria-hidden="true">← </span>Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700" aria-current="page">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} className={LINK} rel="next">
          Next page<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
