import { BlindReviewSwitch } from '@/components/workspace/BlindReviewSwitch';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/Button';
import { Badge } from '@/components/ui/Chip';
import { occupationText } from '@/components/resumes/CandidateIdentity';
import type { Job } from '@/services/jobs';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const PHONE_BUTTON = 'max-sm:px-3';

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
        <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{job.title}</h1>
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
      {/* On a phone the buttons say less (the rest of each name is left to screen readers, so it stays their name), so
          the four fit one line and the candidates start higher. One span per label: the button's flex gap would
          otherwise part its words. */}
      <div className="flex flex-wrap items-center gap-2">
        {open ? (
          <ButtonLink href={`/recruiter/jobs/${job.id}/upload`} className={PHONE_BUTTON}>
            <span>
              Upload<span className="max-sm:sr-only"> resumes</span>
            </span>
          </ButtonLink>
        ) : null}
        <a href={exportHref} className={buttonClasses('secondary', PHONE_BUTTON)} download>
          <span>
            Export<span className="max-sm:sr-only"> CSV</span>
          </span>
        </a>
        {editable ? (
          <>
            <ButtonLink href={`/recruiter/jobs/${job.id}/edit`} variant="secondary" className={PHONE_BUTTON}>
              <span>
                Edit<span className="max-sm:sr-only"> job</span>
              </span>
            </ButtonLink>
            <form action={closeOrReopen}>
              <input type="hidden" name="jobId" value={job.id} />
              <input type="hidden" name="open" value={open ? 'false' : 'true'} />
              <Button type="submit" variant="secondary" className={PHONE_BUTTON}>
                <span>
                  {open ? 'Close' : 'Reopen'}
                  <span className="max-sm:sr-only"> job</span>
                </span>
              </Button>
            </form>
          </>
        ) : null}
      </div>
      <BlindReviewSwitch on={blind} action={toggleBlind} />
    </div>
  );
}
