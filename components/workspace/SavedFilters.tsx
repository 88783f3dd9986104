import Link from 'next/link';
import type { SavedFilterRow } from '@/services/saved-filters';

interface SavedFiltersProps {
  jobId: string;
  basePath: string;
  filters: SavedFilterRow[];
  /** The list's query string now, to mark the saved filters it is showing. */
  current: string;
  deleteAction: (formData: FormData) => Promise<void>;
}

/** The recruiter's saved filters for the job, as links to the list under them, each with a delete button. */
export function SavedFilters({ jobId, basePath, filters, current, deleteAction }: SavedFiltersProps) {
  if (!filters.length) return null;
  return (
    <nav aria-label="Saved filters" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold text-slate-800">Saved filters:</span>
      <ul className="flex flex-wrap gap-2">
        {filters.map((f) => {
          const active = f.query === current;
          return (
            <li
              key={f.id}
              className={`inline-flex items-center rounded-full border ${active ? 'border-blue-700 bg-blue-50' : 'border-slate-300 bg-white'}`}
            >
              <Link
                href={`${basePath}${f.query}`}
                aria-current={active ? 'true' : undefined}
                className="rounded-l-full py-1 pr-1 pl-3 font-semibold text-blue-800 underline-offset-2 hover:underline"
              >
                {f.name}
              </Link>
              <form action={deleteAction}>
                <input type="hidden" name="jobId" value={jobId} />
                <input type="hidden" name="filterId" value={f.id} />
                <button
                  type="submit"
                  aria-label={`Delete saved filters ${f.name}`}
                  className="rounded-r-full px-2 py-1 text-slate-600 hover:text-red-800"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
