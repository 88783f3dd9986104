import { BlindReviewSwitch } from '@/components/workspace/BlindReviewSwitch';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/Button';
import { Badge } from '@/components/ui/Chip';
import { occupationText } from '@/components/resumes/CandidateIdentity';
import type { Job } from '@/services/jobs';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

interface JobHeaderProps {
  job: Pick<Job, 'id' | 'title' | 'company' | 'location' | 'status' | 'createdAt' | 'ownerId' | 'occupation'>;
  /** The recruiter posted it, so may edit, close and reopen it. */
  editable: boolean;
  blind: boolean;
  exportHref: string;
  closeOrReopen: (formData: FormData) => Promise<void>;
  toggleBlind: (formData: FormData) => Promise<void>;
}

export function JobHeader({ job, editable, blind, exportHref, closeOrReopen, toggleBlind }: JobHeaderProps) {
  const open = job.status === 'open';
  return (
    <div className="space-y-3 sm:space-y-4">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight break-words">{job.title}</h1>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
          {job.company || job.location ? (
            <span>{[job.company, job.location].filter(Boolean).join(' · ')}</span>
          ) : null}
          <Badge tone={open ? 'success' : 'neutral'}>{open ? 'Open' : 'Closed'}</Badge>
          {job.ownerId === null ? <Badge tone="info">Shared board</Badge> : null}
          <span className="text-sm text-slate-600">Posted {dateFormat.format(job.createdAt)}</span>
        </p>
        <p className="text-sm text-slate-700">
          <span className="font-semibold">Occupation:</span>{' '}
          {job.occupation ? occupationText(job.occupation) : 'the title names no occupation we recognise'}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {open ? <ButtonLink href={`/recruiter/jobs/${job.id}/upload`}>Upload resumes</ButtonLink> : null}
        <a href={exportHref} className={buttonClasses('secondary')} download>
          Export CSV
        </a>
        {editable ? (
          <>
            <ButtonLink href={`/recruiter/jobs/${job.id}/edit`} variant="secondary">
              Edit job
            </ButtonLink>
            <form action={closeOrReopen}>
              <input type="hidden" name="jobId" value={job.id} />
              <input type="hidden" name="open" value={open ? 'false' : 'true'} />
              <Button type="submit" variant="secondary">
                {open ? 'Close job' : 'Reopen job'}
              </Button>
            </form>
          </>
        ) : null}
      </div>
      <BlindReviewSwitch on={blind} action={toggleBlind} />
    </div>
  );
}
