import type { ReactNode } from 'react';
import { FoldToggle } from '@/components/ui/Fold';

/**
 * The candidate filters, folded on a phone so the list starts on the first screen ("Filters (2 active)"), and open
 * on wider screens, where globals.css hides the summary and shows the content (`.open-from-md`). A browser
 * without `::details-content` keeps the summary on every screen, so the filters are always one tap away.
 */
export function FiltersDisclosure({ active, children }: { active: number; children: ReactNode }) {
  return (
    <details className="open-from-md group rounded-lg border border-slate-200 bg-slate-50 md:border-0 md:bg-transparent">
      <summary className="flex list-none items-center justify-between gap-3 rounded-lg px-4 py-3 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span className="text-sm font-semibold text-slate-900">
          Filters{' '}
          <span className="font-normal text-slate-700">({active ? `${active} active` : 'none active'})</span>
        </span>
        <FoldToggle className="bg-white" />
      </summary>
      <div className="space-y-4 border-t border-slate-200 p-4 md:border-0 md:p-0">{children}</div>
    </details>
  );
}
