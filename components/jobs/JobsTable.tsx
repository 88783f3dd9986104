import Link from 'next/link';
import { Badge } from '@/components/ui/Chip';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import type { JobSummary } from '@/services/jobs';

/** On a phone, company, location and status are a line under the title, so the table fits without scrolling. */
const WIDE = 'hidden sm:table-cell';

export function JobsTable({ jobs }: { jobs: JobSummary[] }) {
  return (
    <TableScroll label="Jobs">
      <Table className="sm:min-w-[40rem]">
        <thead>
          <tr>
            <Th>Title</Th>
            <Th className={WIDE}>Company</Th>
            <Th className={WIDE}>Location</Th>
            <Th className={WIDE}>Status</Th>
            <Th className="text-right">Candidates</Th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className="hover:bg-slate-50">
              <Td>
                <Link
                  href={`/recruiter/jobs/${job.id}`}
                  className="font-semibold text-blue-700 underline-offset-2 hover:underline"
                >
                  {job.title}
                </Link>
                {job.ownerId === null ? (
                  <span className="ml-2">
                    <Badge tone="info">Shared</Badge>
                  </span>
                ) : null}
                <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700 sm:hidden">
                  {[job.company, job.location].filter(Boolean).join(' · ') || null}
                  <Badge tone={job.status === 'open' ? 'success' : 'neutral'}>
                    {job.status === 'open' ? 'Open' : 'Closed'}
                  </Badge>
                </span>
              </Td>
              <Td className={WIDE}>{job.company || <span className="text-slate-600">Not given</span>}</Td>
              <Td className={WIDE}>{job.location || <span className="text-slate-600">Not given</span>}</Td>
              <Td className={WIDE}>
                <Badge tone={job.status === 'open' ? 'success' : 'neutral'}>
                  {job.status === 'open' ? 'Open' : 'Closed'}
                </Badge>
              </Td>
              <Td className="text-right tabular-nums">{job.candidates}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableScroll>
  );
}
