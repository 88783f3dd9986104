import Link from 'next/link';
import type { RankedCandidate } from '@/db/queries';
import { ChipList } from '@/components/ui/Chip';
import { ScoreBar } from '@/components/ui/ScoreBar';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import { BandBadge } from './BandBadge';

export function candidateLabel(c: { candidateName: string | null; filename: string }): string {
  return c.candidateName?.trim() || c.filename;
}

export function CandidatesTable({ jobId, candidates }: { jobId: string; candidates: RankedCandidate[] }) {
  const none = <span className="text-slate-600">None</span>;
  return (
    <TableScroll label="Ranked candidates">
      <Table className="min-w-[56rem]">
        <thead>
          <tr>
            <Th className="w-14">Rank</Th>
            <Th>Candidate</Th>
            <Th className="w-52">Score</Th>
            <Th>Matched skills</Th>
            <Th>Missing required</Th>
            <Th>Missing nice-to-have</Th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c, i) => {
            const name = candidateLabel(c);
            return (
              <tr key={c.resumeId} className="hover:bg-slate-50">
                <Td className="font-semibold tabular-nums">{i + 1}</Td>
                <Td className="min-w-40">
                  <Link
                    href={`/recruiter/jobs/${jobId}/candidates/${c.resumeId}`}
                    className="font-semibold text-blue-700 underline-offset-2 hover:underline"
                  >
                    {name}
                  </Link>
                  {c.candidateName ? <p className="text-xs [overflow-wrap:anywhere] text-slate-600">{c.filename}</p> : null}
                </Td>
                <Td>
                  <div className="space-y-1.5">
                    <ScoreBar value={c.result.score} label={`Match score for ${name}`} tone={c.result.band} size="sm" />
                    <BandBadge band={c.result.band} />
                  </div>
                </Td>
                <Td>
                  <div className="space-y-1.5">
                    <ChipList items={c.result.skills.matched} tone="matched" limit={6} empty={c.result.skills.implied.length ? null : none} />
                    <ChipList items={c.result.skills.implied.map((s) => `${s.name} (implied by ${s.via})`)} tone="implied" limit={4} />
                  </div>
                </Td>
                <Td>
                  <ChipList items={c.result.skills.missing.required} tone="missingRequired" limit={6} empty={none} />
                </Td>
                <Td>
                  <ChipList items={c.result.skills.missing.preferred} tone="missingPreferred" limit={6} empty={none} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableScroll>
  );
}
