import { isPipelineStatus, type PipelineStatus } from './pipeline';

export const CANDIDATE_SORTS = ['score', 'name', 'years', 'status'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];
export const SORT_LABELS: Record<CandidateSort, string> = {
  score: 'Score, best first',
  name: 'Name, A to Z',
  years: 'Years of experience, most first',
  status: 'Pipeline status, furthest along first',
};

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const MAX_QUERY_CHARS = 200;
const MAX_PAGE = 100_000;

/** What the ranked-candidates table shows: every field round-trips through the page's query string. */
export interface CandidateFilters {
  /** Must-have skills, all of them, canonical names from the job's own skills. */
  skills: string[];
  /** 0-100 on the displayed (rounded) score; null for no minimum. */
  minScore: number | null;
  /** Free text matched against the candidate's name, file name and resume text. */
  q: string;
  status: PipelineStatus | null;
  sort: CandidateSort;
  pageSize: PageSize;
  /** 1-based. */
  page: number;
}

export const DEFAULT_FILTERS: CandidateFilters = {
  skills: [],
  minScore: null,
  q: '',
  status: null,
  sort: 'score',
  pageSize: 25,
  page: 1,
};

export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: QueryParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function first(params: QueryParams, key: string): string {
  return (all(params, key)[0] ?? '').trim();
}

function wholeNumber(raw: string): number | null {
  return /^\d{1,7}$/.test(raw) ? Number(raw) : null;
}

/** The 1-based `page` of a query string; 1 when it is missing or malformed. */
export function pageNumber(params: QueryParams): number {
  const page = wholeNumber(first(params, 'page'));
  return page === null || page < 1 ? 1 : Math.min(MAX_PAGE, page);
}

/**
 * Reads the table's filters from a query string, leniently: anything unknown or malformed falls back to its
 * default, skills are kept only when the job names them (case-insensitive, returned in the job's spelling), and in
 * blind review sorting by name (which would hint at who is who) falls back to score.
 */
export function parseCandidateFilters(
  params: QueryParams,
  opts: { jobSkills: readonly string[]; blind?: boolean },
): CandidateFilters {
  const byKey = new Map(opts.jobSkills.map((s) => [s.toLowerCase(), s]));
  const skills: string[] = [];
  for (const raw of all(params, 'skill').flatMap((v) => v.split(','))) {
    const skill = byKey.get(raw.trim().toLowerCase());
    if (skill && !skills.includes(skill)) skills.push(skill);
  }
  const min = wholeNumber(first(params, 'min'));
  const status = first(params, 'status');
  const sortRaw = first(params, 'sort');
  let sort: CandidateSort = (CANDIDATE_SORTS as readonly string[]).includes(sortRaw)
    ? (sortRaw as CandidateSort)
    : 'score';
  if (opts.blind && sort === 'name') sort = 'score';
  const size = wholeNumber(first(params, 'size'));
  return {
    skills,
    minScore: min === null || min === 0 ? null : Math.min(100, min),
    // Control characters find nothing, and a NUL would fail the query (Postgres text cannot hold one).
    q: first(params, 'q')
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_CHARS),
    status: isPipelineStatus(status) ? status : null,
    sort,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size ?? -1)
      ? (size as PageSize)
      : DEFAULT_FILTERS.pageSize,
    page: pageNumber(params),
  };
}

/** The query string for these filters (defaults left out, so links stay short), starting with "?" unless empty. */
export function filtersToQuery(filters: CandidateFilters, overrides: Partial<CandidateFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const skill of f.skills) params.append('skill', skill);
  if (f.minScore !== null) params.set('min', String(f.minScore));
  if (f.q) params.set('q', f.q);
  if (f.status) params.set('status', f.status);
  if (f.sort !== DEFAULT_FILTERS.sort) params.set('sort', f.sort);
  if (f.pageSize !== DEFAULT_FILTERS.pageSize) params.set('size', String(f.pageSize));
  if (f.page !== 1) params.set('page', String(f.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when anything narrows the list (not sorting or paging). */
export function isFiltered(filters: CandidateFilters): boolean {
  return (
    filters.skills.length > 0 || filters.minScore !== null || filters.q !== '' || filters.status !== null
  );
}

/** The pages to offer: the last page when the requested one is past the end, and how many there are. */
export function pageWindow(
  total: number,
  filters: { page: number; pageSize: number },
): { page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  const page = Math.min(filters.page, pages);
  const from = total === 0 ? 0 : (page - 1) * filters.pageSize + 1;
  return { page, pages, from, to: Math.min(total, page * filters.pageSize) };
}
