import { Card } from '@/components/ui/Card';
import { Badge } from '@/components/ui/Chip';
import { JobSkills } from './JobSkills';
import type { Job } from '@/services/jobs';

/** What the posting asks for: its skills in view, its requirements and full text folded away. */
export function JobPosting({
  job,
}: {
  job: Pick<Job, 'skills' | 'minYears' | 'requirements' | 'description'>;
}) {
  return (
    <Card as="section" aria-labelledby="asks-heading" className="space-y-4">
      <h2 id="asks-heading" className="text-xl font-semibold">
        What the posting asks for
      </h2>
      <JobSkills skills={job.skills} />
      <p className="text-sm text-slate-700">
        {job.minYears === null
          ? 'No minimum years of experience stated.'
          : `Experience asked for: ${job.minYears}+ years.`}
      </p>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="font-semibold">
          Requirements candidates are measured against ({job.requirements.length})
        </summary>
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
          {job.requirements.map((r, i) => (
            <li key={`${i}-${r.text}`}>
              <span className="mr-2">{r.text}</span>
              <Badge tone={r.level === 'required' ? 'info' : 'neutral'}>
                {r.level === 'required' ? 'Required' : 'Nice to have'}
              </Badge>
            </li>
          ))}
        </ol>
      </details>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="font-semibold">Posting text</summary>
        <p className="mt-3 text-sm whitespace-pre-wrap text-slate-800">{job.description}</p>
      </details>
    </Card>
  );
}
