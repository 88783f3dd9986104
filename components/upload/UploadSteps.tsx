/** The steps of an upload, shown the same on the upload page and on the private link it continues on. */
export const UPLOAD_STEPS = [
  { key: 'uploading', label: 'Upload' },
  { key: 'reading', label: 'Read' },
  // Skills are found and jobs scored in one background pass, so they share a step rather than fake a boundary.
  { key: 'matching', label: 'Find skills and match' },
] as const;

export type UploadStep = (typeof UPLOAD_STEPS)[number]['key'];

/** The step list, with `current` in progress, those before it done and those after it still to do. */
export function UploadSteps({ current }: { current: UploadStep }) {
  const at = UPLOAD_STEPS.findIndex((s) => s.key === current);
  return (
    <ol className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Progress">
      {UPLOAD_STEPS.map((step, i) => {
        const state = i < at ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li
            key={step.key}
            aria-current={state === 'current' ? 'step' : undefined}
            className={state === 'todo' ? 'text-slate-600' : 'font-semibold'}
          >
            <span aria-hidden="true">{state === 'done' ? '✓ ' : state === 'current' ? '● ' : '○ '}</span>
            {step.label}
            <span className="sr-only">
              {state === 'done' ? ' (done)' : state === 'current' ? ' (in progress)' : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
