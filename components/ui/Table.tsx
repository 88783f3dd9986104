import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/**
 * Lets a wide table scroll sideways on a phone; focusable so keyboard users can scroll it too. `relative` keeps
 * visually hidden (absolutely positioned) text inside it from widening the whole page.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200"
    >
      {children}
    </div>
  );
}

export function Table({ className = '', ...props }: ComponentProps<'table'>) {
  return <table className={cn('w-full border-collapse text-left text-sm', className)} {...props} />;
}

export function Th({ className = '', scope = 'col', ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn(
        'border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase',
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className = '', ...props }: ComponentProps<'td'>) {
  return <td className={cn('border-b border-slate-100 px-3 py-3 align-top', className)} {...props} />;
}
