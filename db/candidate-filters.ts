// The ranked-candidates table's filters as SQL over a job's matches: must-have skills (read off the small `has`
// column), a minimum score, a pipeline status and a search of names, file names and resume text.
import 'server-only';
import { and, arrayContains, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { CandidateFilters } from '../lib/workspace/filters';
import { statusOf } from './pipeline';
import { visibleResumeId } from './resume-visibility';
import { matches, resumes } from './schema';

export type Filters = Pick<CandidateFilters, 'skills' | 'minScore' | 'status' | 'q'>;

/** Case-insensitive substring search; `***=` makes the pattern a literal, so nothing in it is a regex. */
function contains(column: SQL | typeof resumes.text, q: string): SQL {
  return sql`${column} ~* ${`***=${q}`}`;
}

/** At most this many words of a search are looked up; the rest are ignored. */
const MAX_SEARCH_WORDS = 8;

/**
 * A candidate matches a search when every word of it starts a word of their name, file name or resume text, words
 * being runs of letters and digits ("node.js" is node and js, "jordan" finds jordan.lee@example.com): read through the
 * GIN index on resumes.search (migration 0009), so a search costs about the same over 100,000 resumes as over 1,000.
 * A term with signs that are not word separators ("C++", "C#", "100%") must also appear as written, which is checked
 * on the rows its words found; a search of signs alone ("++") falls back to a substring scan.
 */
function searchCondition(q: string): SQL {
  const terms = q.split(/\s+/).filter(Boolean);
  const words = terms.flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const literal = (term: string) =>
    sql`(${contains(sql`coalesce(${resumes.candidateName}, '')`, term)} or ${contains(sql`${resumes.filename}`, term)} or ${contains(resumes.text, term)})`;
  if (!words.length) return literal(q.trim());
  const query = words
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => `'${w}':*`)
    .join(' & ');
  const signed = terms.filter((t) => /[^\p{L}\p{N}.,;:!?'"()\-_/@]/u.test(t));
  return and(sql`${resumes.search} @@ to_tsquery('simple', ${query})`, ...signed.map(literal))!;
}

/**
 * The job's candidates recruiters may see that pass the filters. A query using it joins the resumes for a search and
 * the recruiter's pipeline (pipelineJoin) for a status.
 */
export function filterConditions(jobId: string, f: Filters): SQL {
  return and(
    eq(matches.jobId, jobId),
    visibleResumeId(matches.resumeId),
    // A candidate has a skill when it is named or implied (EKS implies Kubernetes), as the score counts it.
    f.skills.length ? arrayContains(matches.has, [...f.skills]) : undefined,
    // The table shows rounded scores, so "at least 70" includes 69.5.
    f.minScore !== null ? gte(matches.score, f.minScore - 0.5) : undefined,
    f.status ? sql`${statusOf} = ${f.status}` : undefined,
    f.q ? searchCondition(f.q) : undefined,
  )!;
}

export const unfiltered = (f: Filters) => !f.skills.length && f.minScore === null && !f.status && !f.q;
