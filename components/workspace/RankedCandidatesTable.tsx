import Link from 'next/link';
import type { CandidateRow } from '@/db/workspace-queries';
import { BandBadge } from '@/components/matches/BandBadge';
import { ChipList } from '@/components/ui/Chip';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import { candidateName } from '@/lib/workspace/identity';
import { StatusBadge } from './StatusBadge';

interface RankedCandidatesTableProps {
  jobId: string;
  rows: CandidateRow[];
  blind: boolean;
  /** Skills the list is filtered on: shown first among the matched ones. */
  mustHave: string[];
  /** Server action taking jobId, resumeId and status. */
  statusAction: (formData: FormData) => Promise<void>;
}

export function RankedCandidatesTable({
  jobId,
  rows,
  blind,
  mustHave,
  statusAction,
}: RankedCandidatesTableProps) {
  const none = <span className="text-slate-600">None</span>;
  return (
    <TableScroll label="Candidates table">
      <Table className="min-w-[60rem]">
        <caption className="sr-only">
          Candidates ranked by match score, with the skills they have and lack and where they stand
        </caption>
        <thead>
          <tr>
            <Th className="w-14">Rank</Th>
            <Th>Candidate</Th>
            <Th className="w-48">Score</Th>
            <Th>Has</Th>
            <Th>Missing required</Th>
            <Th className="w-44">Status</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const name = candidateName(c, blind);
            const has = [...c.result.skills.matched, ...c.result.skills.implied.map((s) => s.name)];
            const ordered = [
              ...mustHave.filter((s) => has.includes(s)),
              ...has.filter((s) => !mustHave.includes(s)),
            ];
            return (
              <tr key={c.resumeId} className="hover:bg-slate-50">
                <Td className="font-semibold tabular-nums">{c.rank}</Td>
                <Td className="min-w-44">
                  <Link
                    href={`/recruiter/jobs/${jobId}/candidates/${c.resumeId}`}
                    className="font-semibold text-blue-700 underline-offset-2 hover:underline"
                  >
                    {name}
                  </Link>
                  <p className="text-xs [overflow-wrap:anywhere] text-slate-600">
                    {blind ? null : c.candidateName ? <span>{c.filename} · </span> : null}
                    {c.years === null ? 'Years not stated' : `About ${Math.round(c.years)} years`}
                  </p>
                </Td>
                <Td>
                  <div className="space-y-1.5">
                    <ScoreBar
                      value={c.result.score}
                      label={`Match score for ${name}`}
                      tone={c.result.band}
                      size="sm"
                    />
                    <BandBadge band={c.result.band} />
                  </div>
                </Td>
                <Td>
                  <ChipList items={ordered} tone="matched" limit={6} empty={none} />
                </Td>
                <Td>
                  <ChipList
                    items={c.result.skills.missing.required}
                    tone="missingRequired"
                    limit={5}
                    empty={none}
                  />
                </Td>
                <Td>
                  <div className="space-y-2">
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
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableScroll>
  );
}
