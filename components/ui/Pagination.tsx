import Link from 'next/link';

interface PaginationProps {
  /** What is paged, for screen readers: "Pages of candidates". */
  label: string;
  page: number;
  pages: number;
  /** The address of page `p` (1-based). */
  href: (p: number) => string;
}

const LINK =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-blue-700 hover:bg-slate-50';

export function Pagination({ label, page, pages, href }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 print:hidden">
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
