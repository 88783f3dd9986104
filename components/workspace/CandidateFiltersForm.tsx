import Link from 'next/link';
import { Button } from '@/components/ui/Button';
import {
  CANDIDATE_SORTS,
  PAGE_SIZES,
  SORT_LABELS,
  isFiltered,
  type CandidateFilters,
} from '@/lib/workspace/filters';

interface CandidateFiltersFormProps {
  basePath: string;
  filters: CandidateFilters;
  skills: { required: string[]; preferred: string[] };
  blind: boolean;
}

const INPUT = 'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900';

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked, shared and used without JS. */
export function CandidateFiltersForm({ basePath, filters, skills, blind }: CandidateFiltersFormProps) {
  const sorts = CANDIDATE_SORTS.filter((s) => !(blind && s === 'name'));
  const options = [
    ...skills.required.map((name) => ({ name, required: true })),
    ...skills.preferred.map((name) => ({ name, required: false })),
  ];
  return (
    <form
      method="get"
      action={basePath}
      className="space-y-4 md:rounded-lg md:border md:border-slate-200 md:bg-slate-50 md:p-4"
      aria-label="Filter candidates"
    >
      {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
      {options.length ? (
        <fieldset>
          <legend className="text-sm font-semibold">Must-have skills</legend>
          <p id="skills-hint" className="text-sm text-slate-600">
            Candidates must have all that are checked (named in the resume or clearly implied by another
            skill).
          </p>
          <ul
            className="mt-2 flex max-h-48 flex-wrap gap-x-4 gap-y-2 overflow-y-auto"
            aria-describedby="skills-hint"
          >
            {options.map(({ name, required }) => (
              <li key={name}>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="skill"
                    value={name}
                    defaultChecked={filters.skills.includes(name)}
                    className="h-4 w-4"
                  />
                  <span>
                    {name}
                    {required ? null : <span className="text-slate-600"> (nice to have)</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1 lg:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-semibold">
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            placeholder="Name, file name or resume text"
            aria-describedby="filter-q-hint"
            className={INPUT}
          />
          <p id="filter-q-hint" className="text-xs text-slate-600">
            Finds candidates with every word you type at the start of a word: &ldquo;kube&rdquo; finds
            Kubernetes.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-min" className="block text-sm font-semibold">
            Minimum score
          </label>
          <input
            id="filter-min"
            name="min"
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            defaultValue={filters.minScore ?? ''}
            className={INPUT}
          />
        </div>
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <div className="min-w-0 flex-1 basis-64 space-y-1">
            <label htmlFor="filter-sort" className="block text-sm font-semibold">
              Sort by
            </label>
            <select id="filter-sort" name="sort" defaultValue={filters.sort} className={INPUT}>
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="w-24 space-y-1">
            <label htmlFor="filter-size" className="block text-sm font-semibold">
              Per page
            </label>
            <select id="filter-size" name="size" defaultValue={String(filters.pageSize)} className={INPUT}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Apply filters</Button>
        {isFiltered(filters) ? (
          <Link
            href={`${basePath}${filters.status ? `?status=${filters.status}` : ''}`}
            className="text-sm font-semibold text-blue-700 underline underline-offset-2"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
