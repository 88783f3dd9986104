import { Card } from '@/components/ui/Card';
import { BusyBar } from '@/components/ui/ProgressBar';
import { UploadSteps } from '@/components/upload/UploadSteps';
import { AutoRefresh } from './AutoRefresh';

/** Past this, the wait is explained: the first analysis after a start loads the language model. */
const SLOW_AFTER_MS = 15_000;

/**
 * A resume still being analysed, on a page that re-renders itself every second (AutoRefresh) until the page stops
 * rendering this, once the resume is ready or has failed.
 */
export function ResumeProcessing({ filename, since }: { filename: string; since: Date }) {
  const slow = Date.now() - since.getTime() > SLOW_AFTER_MS;
  return (
    <Card className="space-y-3">
      <div role="status" aria-live="polite" className="space-y-3">
        <p className="font-semibold">Finding skills and matching jobs…</p>
        <p className="text-sm break-all text-slate-700">
          {filename} is uploaded and read, and is being analysed. This page updates by itself when the matches
          are ready.
        </p>
      </div>
      <UploadSteps current="matching" />
      <BusyBar label="Analysing the resume" />
      {slow ? (
        <p className="text-sm text-slate-700">
          The first analysis after Rolefit starts loads the language model, which can take a minute or two.
          You can wait here, or leave and come back later: the analysis carries on without this page.
        </p>
      ) : null}
      <AutoRefresh />
    </Card>
  );
}
