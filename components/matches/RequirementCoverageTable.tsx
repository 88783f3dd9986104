import type { RequirementCoverage } from '@/lib/match/types';
import { Badge } from '@/components/ui/Chip';
import { clip, percent, type Viewer } from './format';
import { NamedSkills } from './NamedSkills';
import { UncoveredCell } from './UncoveredCell';

/**
 * A real table on wide screens; below `md` each row stacks into a card. The explicit roles keep the table
 * semantics that some browsers drop once `display` is changed.
 */
export function RequirementCoverageTable({
  requirements,
  viewer,
}: {
  requirements: RequirementCoverage[];
  viewer?: Viewer;
}) {
  return (
    <table role="table" className="block w-full text-left text-sm md:table md:border-collapse">
      <caption className="sr-only">
        Each requirement of the posting beside the resume passage that covers it
      </caption>
      <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
        <tr role="row" className="md:border-b md:border-slate-200">
          <th
            role="columnheader"
            scope="col"
            className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase md:w-[40%]"
          >
            Requirement
          </th>
          <th
            role="columnheader"
            scope="col"
            className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase"
          >
            Level
          </th>
          <th
            role="columnheader"
            scope="col"
            className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase"
          >
            Evidence in the resume
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="block space-y-3 md:table-row-group md:space-y-0">
        {requirements.map((req, i) => (
          <tr
            key={`${i}-${req.text}`}
            role="row"
            className="block rounded-lg border border-slate-200 p-3 md:table-row md:rounded-none md:border-0 md:border-b md:p-0"
          >
            <td role="cell" className="block pb-2 md:table-cell md:px-3 md:py-3 md:align-top">
              {req.text}
              <NamedSkills named={req.named} level={req.level} viewer={viewer} />
            </td>
            <td role="cell" className="block pb-2 md:table-cell md:px-3 md:py-3 md:align-top">
              <Badge tone={req.level === 'required' ? 'info' : 'neutral'}>
                {req.level === 'required' ? 'Required' : 'Nice to have'}
              </Badge>
            </td>
            <td role="cell" className="block md:table-cell md:px-3 md:py-3 md:align-top">
              {req.covered && req.evidence ? (
                <div className="space-y-1">
                  <p className="text-xs font-semibold text-emerald-800">
                    <span aria-hidden="true">✓ </span>Covered ({percent(req.coverage)}%)
                  </p>
                  {req.quoted === false ? (
                    <p className="[overflow-wrap:anywhere] text-slate-800">{req.evidence}</p>
                  ) : (
                    <blockquote className="border-l-4 border-emerald-600 bg-slate-50 px-3 py-1.5 [overflow-wrap:anywhere] text-slate-800 italic">
                      “{clip(req.evidence, 320)}”
                    </blockquote>
                  )}
                </div>
              ) : (
                <UncoveredCell req={req} mark />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
