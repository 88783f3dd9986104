import type { ReactNode } from 'react';
import { cn } from './cn';

/**
 * A section that folds open (<details>): keyboard-operable as a native control, with a heading inside the summary so
 * it stays in the page outline. Printing shows the content whether it is open or not.
 */
export function Fold({
  id,
  title,
  hint,
  children,
  className,
  defaultOpen = false,
}: {
  /** The heading's id, for links and aria-labelledby. */
  id: string;
  title: ReactNode;
  /** A line under the title saying what opening it shows ("41 requirements, 30 covered"). */
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Open at first (the reader can still fold it). */
  defaultOpen?: boolean;
}) {
  return (
    <details
      open={defaultOpen || undefined}
      className={cn(
        'group rounded-lg border border-slate-200 bg-white print:border-0 print:details-content:block print:details-content:[content-visibility:visible]',
        className,
      )}
    >
      <summary className="flex list-none items-start justify-between gap-3 rounded-lg px-4 py-3 hover:bg-slate-50 print:px-0 [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <h2 id={id} className="text-xl font-semibold">
            {title}
          </h2>
          {hint ? <span className="mt-0.5 block text-sm text-slate-700">{hint}</span> : null}
        </span>
        <FoldToggle className="mt-1 print:hidden" />
      </summary>
      <div className="space-y-3 border-t border-slate-200 px-4 pt-3 pb-4 print:border-0 print:px-0">
        {children}
      </div>
    </details>
  );
}

/** "Show ▾" on a folded <details> (with the `group` class), "Hide ▴" on an open one: the summary's visible control. */
export function FoldToggle({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'shrink-0 rounded-md border border-slate-300 px-2 py-0.5 text-sm font-medium text-slate-800',
        className,
      )}
    >
      <span className="group-open:hidden">Show ▾</span>
      <span className="hidden group-open:inline">Hide ▴</span>
    </span>
  );
}
