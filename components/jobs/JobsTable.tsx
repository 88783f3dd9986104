import Link from 'next/link';
import { Badge } from '@/components/ui/Chip';
import { Table, TableScroll, Td, Th } from '@/components/ui/Table';
import type { JobSummary } from '@/services/jobs';

export function JobsTable({ jobs }: { jobs: JobSummary[] }) {
  return (
    <TableScroll label="Jobs">
      <Table className="min-w-[40rem]">
        <thead>
          <tr>
            <Th>Title</Th>
            <Th>Company</Th>
            <Th>Location</Th>
            <Th>Status</Th>
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
              </Td>
              <Td>{job.company || <span className="text-slate-600">Not given</span>}</Td>
              <Td>{job.location || <span className="text-slate-600">Not given</span>}</Td>
              <Td>
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
