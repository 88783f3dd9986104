import { Card } from '@/components/ui/Card';
import { AutoRefresh } from './AutoRefresh';

export function ResumeProcessing({ filename }: { filename: string }) {
  return (
    <Card className="space-y-3">
      <div role="status" aria-live="polite" className="space-y-3">
        <p className="font-semibold">Finding skills and matching jobs…</p>
        <p className="text-sm text-slate-700">
          {filename} is being analysed. This page updates by itself when the matches are ready.
        </p>
      </div>
      <progress
        className="h-2 w-full overflow-hidden rounded-full accent-blue-700"
        aria-label="Analysing the resume"
      />
      <AutoRefresh />
    </Card>
  );
}
