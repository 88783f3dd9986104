import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JobHeader } from '@/components/jobs/JobHeader';
import { JobPosting } from '@/components/jobs/JobPosting';
import { Warnings } from '@/components/resumes/Warnings';
import { Alert } from '@/components/ui/Alert';
import { BackLink } from '@/components/ui/BackLink';
import { Card } from '@/components/ui/Card';
import { CandidateFiltersForm } from '@/components/workspace/CandidateFiltersForm';
import { FiltersDisclosure } from '@/components/workspace/FiltersDisclosure';
import { GapOverview } from '@/components/workspace/GapOverview';
import { Pagination } from '@/components/ui/Pagination';
import { AutoRefresh } from '@/components/resumes/AutoRefresh';
import { RankedCandidatesTable } from '@/components/workspace/RankedCandidatesTable';
import { StatusTabs } from '@/components/workspace/StatusTabs';
import { filtersToQuery, isFiltered, pageWindow, parseCandidateFilters } from '@/lib/workspace/filters';
import { jobSkillsByLevel } from '@/lib/workspace/job-skills';
import { STATUS_LABELS } from '@/lib/workspace/pipeline';
import { requireRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import {
  canChangeJob,
  countProcessingResumes,
  jobScoringProgress,
  rankedCandidates,
  skillCoverage,
  statusCounts,
} from '@/services/workspace';
import { SaveFiltersForm } from '@/components/workspace/SaveFiltersForm';
import { SavedFilters } from '@/components/workspace/SavedFilters';
import { SelectionActions } from '@/components/workspace/SelectionActions';
import { candidateContacts } from '@/services/candidate-identity';
import { jobFilters, MAX_FILTER_NAME_CHARS } from '@/services/saved-filters';
import {
  changeCandidateStatus,
  changeSelected,
  closeOrReopenJob,
  deleteFilters,
  saveFilters,
  toggleBlindReview,
} from './actions';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { getJob } from '@/services/jobs';

const n = (x: number) => x.toLocaleString('en-US');
/** What the form narrows the list by (the stage is the tabs' and the order is no filter): each skill, text, minimum. */
const activeFilterCount = (f: { skills: string[]; q: string; minScore: number | null }) =>
  f.skills.length + (f.q ? 1 : 0) + (f.minScore === null ? 0 : 1);

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Job and ranked candidates' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function JobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const recruiter = await requireRecruiter(`/recruiter/jobs/${encodeURIComponent(id)}`);
  await ensureReady();
  const job = await getJob(id, { recruiterId: recruiter.id });
  if (!job) notFound();
  const blind = recruiter.blindReview;
  const skills = jobSkillsByLevel(job.skills);
  const filters = parseCandidateFilters(query, {
    jobSkills: [...skills.required, ...skills.preferred],
    blind,
  });
  const [{ rows, total }, counts, coverage, processing, scoring, savedFilters] = await Promise.all([
    rankedCandidates(id, recruiter.id, filters),
    statusCounts(id, recruiter.id),
    skillCoverage(id, skills.required),
    countProcessingResumes(),
    job.status === 'open' ? jobScoringProgress(id) : null,
    jobFilters(id, recruiter.id),
  ]);
  // Contact details are left unread under blind review: the page never holds them.
  const people = blind ? new Map() : await candidateContacts(rows.map((r) => r.resumeId));
  const listQuery = filtersToQuery(filters, { page: 1 });
  const window = pageWindow(total, filters);
  const basePath = `/recruiter/jobs/${id}`;
  const saved = typeof query.saved === 'string' ? query.saved : null;
  const rescored = saved !== null && /^\d+$/.test(saved) ? Number(saved) : 0;
  const listName =
    filters.status === 'shortlisted'
      ? 'Shortlist'
      : filters.status
        ? STATUS_LABELS[filters.status]
        : 'Ranked candidates';

  return (
    <div className="space-y-6 md:space-y-8">
      {/* On a phone the recruiter menu's "Jobs", just above, is the way back: a line saved for the candidates. */}
      <BackLink href="/recruiter/jobs" className="max-sm:hidden">
        All jobs
      </BackLink>
      <JobHeader
        job={job}
        editable={canChangeJob(job, recruiter.id)}
        blind={blind}
        exportHref={`/api/jobs/${id}/export.csv${filtersToQuery(filters, { page: 1 })}`}
        closeOrReopen={closeOrReopenJob}
        toggleBlind={toggleBlindReview}
      />
      {saved !== null ? (
        <Alert tone="info" role="status">
          Saved.
          {rescored > 0
            ? ` ${rescored === 1 ? 'The candidate was' : `All ${rescored} candidates were`} scored again against the new posting.`
            : ''}
        </Alert>
      ) : null}
      {scoring ? (
        <Alert tone="info" role="status" title="Ranking the candidates for this posting">
          <p>
            {scoring.done.toLocaleString('en-US')} of {scoring.of.toLocaleString('en-US')} resumes scored so
            far. This page updates by itself; until it finishes, the ranking below is incomplete
            {total > scoring.done ? ' and some scores are from before the last edit' : ''}.
          </p>
          <ProgressBar
            className="mt-2"
            max={Math.max(1, scoring.of)}
            value={scoring.done}
            aria-label="Resumes scored"
          />
          <AutoRefresh intervalMs={2000} />
        </Alert>
      ) : null}
      {job.status === 'closed' ? (
        <Alert tone="warning" title="This job is closed">
          Candidates no longer see it and new resumes are not ranked for it. Reopen it to take applicants
          again.
        </Alert>
      ) : null}
      <Warnings warnings={job.warnings} title="About this posting" />

      <section aria-labelledby="candidates-heading" className="space-y-3 md:space-y-4">
        <h2 id="candidates-heading" className="text-xl font-semibold">
          {listName}
        </h2>
        <StatusTabs basePath={basePath} filters={filters} counts={counts} />
        <SavedFilters
          jobId={id}
          basePath={basePath}
          filters={savedFilters}
          current={listQuery}
          deleteAction={deleteFilters}
        />
        <FiltersDisclosure active={activeFilterCount(filters)}>
          {/* Keyed by the filters, so a saved filter's link (a client-side navigation) shows its own values. */}
          <CandidateFiltersForm
            key={listQuery}
            basePath={basePath}
            filters={filters}
            skills={skills}
            blind={blind}
          />
          {listQuery ? (
            <SaveFiltersForm
              jobId={id}
              query={listQuery}
              maxName={MAX_FILTER_NAME_CHARS}
              action={saveFilters}
            />
          ) : null}
        </FiltersDisclosure>
        <p className="text-sm text-slate-700" role="status">
          {total === 0
            ? isFiltered(filters)
              ? 'No candidates match these filters.'
              : 'No candidates yet.'
            : `Showing ${n(window.from)}–${n(window.to)} of ${n(total)} ${total === 1 ? 'candidate' : 'candidates'}${isFiltered(filters) ? ' matching the filters' : ''}.`}
          {processing > 0 && job.status === 'open'
            ? ` ${processing === 1 ? '1 resume is' : `${processing} resumes are`} still being analysed and will appear when ready.`
            : ''}
        </p>
        {rows.length ? (
          <>
            <SelectionActions
              formId="selected-candidates"
              jobId={id}
              exportHref={`/api/jobs/${id}/selection.csv`}
              action={changeSelected}
            />
            <RankedCandidatesTable
              jobId={id}
              rows={rows}
              blind={blind}
              mustHave={filters.skills}
              statusAction={changeCandidateStatus}
              people={people}
              selectionForm="selected-candidates"
            />
          </>
        ) : total === 0 && !isFiltered(filters) ? (
          <Card>
            <p className="text-slate-700">
              Upload resumes for this job, or wait for candidates to upload theirs: they appear here, ranked.
            </p>
          </Card>
        ) : null}
        <Pagination
          label="Pages of candidates"
          page={window.page}
          pages={window.pages}
          href={(p) => `${basePath}${filtersToQuery(filters, { page: p })}`}
        />
      </section>

      <Card as="section" aria-labelledby="gaps-heading" className="space-y-3">
        <h2 id="gaps-heading" className="text-xl font-semibold">
          Required skills among the candidates
        </h2>
        <GapOverview
          basePath={basePath}
          total={coverage.total}
          skills={skills.required.map((name) => ({ name, count: coverage.counts[name] ?? 0 }))}
        />
      </Card>

      <JobPosting job={job} />
    </div>
  );
}
