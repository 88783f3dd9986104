import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CandidateContact } from '@/services/candidate-identity';
import { claimLabel } from '@/components/matches/format';
import { ChipList } from '@/components/ui/Chip';
import { TableScroll } from '@/components/ui/Table';
import { candidateName } from '@/lib/workspace/identity';
import { ScoreBadge } from './ScoreBadge';
import { StatusBadge } from './StatusBadge';
import { describeYears, experienceBand } from '@/lib/structure/experience';
import { unclaimedMissing } from '@/lib/match/score';
import type { CandidateRow } from '@/services/workspace';

interface RankedCandidatesTableProps {
  jobId: string;
  rows: CandidateRow[];
  blind: boolean;
  /** Skills the list is filtered on: shown first among the matched ones. */
  mustHave: string[];
  /** Server action taking jobId, resumeId and status. */
  statusAction: (formData: FormData) => Promise<void>;
  /** What each resume says of its candidate, and how many other resumes share their email. */
  people: ReadonlyMap<string, CandidateContact>;
  /** The id of the form the rows' "Select" checkboxes belong to (the bulk actions above the table). */
  selectionForm: string;
}

const TH =
  'border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase';
const TD = 'block py-1 md:table-cell md:border-b md:border-slate-100 md:px-3 md:py-3 md:align-top';
/** Below `md` a row is a card: the checkbox and rank beside the name, the other cells across the card under them. */
const WIDE_TD = `${TD} col-span-2`;

/** On a phone a cell says what it is, since the header row is only there for screen readers. */
function Label({ children }: { children: ReactNode }) {
  return (
    <span className="mb-1 block text-xs font-semibold tracking-wide text-slate-700 uppercase md:hidden">
      {children}
    </span>
  );
}

/** Email, phone, location and links as the resume states them, and a flag when other resumes share the email. */
function ContactLines({
  jobId,
  resumeId,
  person,
}: {
  jobId: string;
  resumeId: string;
  person: CandidateContact | undefined;
}) {
  const contact = person?.contact;
  const facts = contact ? [contact.phone, contact.location].filter((x) => x !== null) : [];
  const others = person?.sameEmail ?? 0;
  return (
    <>
      {/* Each on its own line, wrapping anywhere: a long email or link stays inside the column at any width. */}
      {contact?.email || facts.length || contact?.links.length ? (
        <p className="mt-0.5 text-xs [overflow-wrap:anywhere] text-slate-700">
          {contact?.email ? <span className="block">{contact.email}</span> : null}
          {facts.length ? (
            <span className="block">
              {facts.map((fact, i) => (
                <span key={fact}>
                  {i ? ' · ' : null}
                  <span className={fact === contact?.phone ? 'whitespace-nowrap' : undefined}>{fact}</span>
                </span>
              ))}
            </span>
          ) : null}
          {contact?.links.length ? (
            <span className="block text-slate-600">{contact.links.join(' · ')}</span>
          ) : null}
        </p>
      ) : null}
      {others > 0 ? (
        <p className="mt-1">
          <Link
            href={`/recruiter/jobs/${jobId}/candidates/${resumeId}#same-email`}
            className="inline-flex items-center gap-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900 underline underline-offset-2 ring-1 ring-amber-300 ring-inset"
          >
            <span aria-hidden="true">⚑</span>
            Same email as {others} other {others === 1 ? 'resume' : 'resumes'}
          </Link>
        </p>
      ) : null}
    </>
  );
}

/**
 * A table on wide screens; below `md` each candidate stacks into a card. The explicit roles keep the table semantics
 * that some browsers drop once `display` is changed.
 */
export function RankedCandidatesTable({
  jobId,
  rows,
  blind,
  mustHave,
  statusAction,
  people,
  selectionForm,
}: RankedCandidatesTableProps) {
  const none = <span className="text-sm text-slate-600">None</span>;
  return (
    <TableScroll label="Candidates table">
      <table
        role="table"
        className="block w-full text-left text-sm md:table md:min-w-[60rem] md:border-collapse"
      >
        <caption className="sr-only">
          Candidates ranked by match score, with the skills they have and lack and where they stand
        </caption>
        <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
          <tr role="row">
            <th role="columnheader" scope="col" className={`${TH} w-20`}>
              Rank
            </th>
            <th role="columnheader" scope="col" className={TH}>
              Candidate
            </th>
            <th role="columnheader" scope="col" className={`${TH} w-36`}>
              Score
            </th>
            <th role="columnheader" scope="col" className={TH}>
              Has
            </th>
            <th role="columnheader" scope="col" className={TH}>
              Missing required
            </th>
            <th role="columnheader" scope="col" className={`${TH} w-44`}>
              Status
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-slate-200 md:table-row-group md:divide-y-0">
          {rows.map((c) => {
            const name = candidateName(c, blind);
            const has = [...c.result.skills.matched, ...c.result.skills.implied.map((s) => s.name)];
            const ordered = [
              ...mustHave.filter((s) => has.includes(s)),
              ...has.filter((s) => !mustHave.includes(s)),
            ];
            // A required skill the resume lacks but the candidate claims is still a gap, marked as their claim.
            const lacking = unclaimedMissing(c.result.skills, 'required');
            const required = new Set(c.result.skills.missing.required);
            const claims = (c.result.skills.claimed ?? [])
              .filter((s) => required.has(s.name))
              .map((s) => claimLabel(s.name, 'recruiter', s.via));
            return (
              <tr
                key={c.resumeId}
                role="row"
                className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 p-3 md:table-row md:p-0 md:hover:bg-slate-50"
              >
                <td role="cell" className={`${TD} font-semibold tabular-nums`}>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="resumeId"
                      value={c.resumeId}
                      form={selectionForm}
                      aria-label={`Select ${name}`}
                      className="h-4 w-4"
                    />
                    <span>
                      <span className="sr-only md:hidden">Rank </span>
                      {c.rank}
                      <span aria-hidden="true" className="md:hidden">
                        .
                      </span>
                    </span>
                  </label>
                </td>
                <td role="cell" className={`${TD} md:min-w-44`}>
                  <Link
                    href={`/recruiter/jobs/${jobId}/candidates/${c.resumeId}`}
                    className="font-semibold text-blue-700 underline-offset-2 hover:underline"
                  >
                    {name}
                  </Link>
                  {blind ? null : (
                    <ContactLines jobId={jobId} resumeId={c.resumeId} person={people.get(c.resumeId)} />
                  )}
                  <p className="text-xs [overflow-wrap:anywhere] text-slate-600">
                    {blind ? null : c.candidateName ? <span>{c.filename} · </span> : null}
                    {c.years === null
                      ? 'Years not stated'
                      : (blind ? experienceBand(c.years) : describeYears(c.years)).replace(/^./, (ch) =>
                          ch.toUpperCase(),
                        )}
                  </p>
                </td>
                <td role="cell" className={WIDE_TD}>
                  <ScoreBadge score={c.result.score} band={c.result.band} label={`Match score for ${name}`} />
                </td>
                <td role="cell" className={WIDE_TD}>
                  <Label>Has</Label>
                  <ChipList items={ordered} tone="matched" limit={6} empty={none} />
                </td>
                <td role="cell" className={WIDE_TD}>
                  <Label>Missing required</Label>
                  <div className="space-y-1.5">
                    <ChipList
                      items={lacking}
                      tone="missingRequired"
                      limit={5}
                      empty={claims.length ? null : none}
                    />
                    <ChipList items={claims} tone="claimed" limit={3} />
                  </div>
                </td>
                <td role="cell" className={WIDE_TD}>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-2 md:block md:space-y-2">
                    <StatusBadge status={c.status} />
                    {c.status === 'new' || c.status === 'rejected' || c.status === 'shortlisted' ? (
                      <form action={statusAction}>
                        <input type="hidden" name="jobId" value={jobId} />
                        <input type="hidden" name="resumeId" value={c.resumeId} />
                        <input
                          type="hidden"
                          name="status"
                          value={c.status === 'shortlisted' ? 'new' : 'shortlisted'}
                        />
                        <button
                          type="submit"
                          className="text-sm font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900"
                        >
                          {c.status === 'shortlisted' ? 'Remove from shortlist' : 'Shortlist'}
                          <span className="sr-only"> {name}</span>
                        </button>
                      </form>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
