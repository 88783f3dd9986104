import { uncoveredVerdict } from '@/lib/match/advice';
import type { RequirementCoverage } from '@/lib/match/types';
import { clip } from './format';

/**
 * The evidence cell of a requirement the resume does not cover: which named skills it lacks ("Not in the resume:
 * Workday") rather than a blanket "not found", and the resume's line about the same work when there is one, so a
 * reader sees that the work is there and only the skill is missing.
 */
export function UncoveredCell({ req, mark = false }: { req: RequirementCoverage; mark?: boolean }) {
  const verdict = uncoveredVerdict(req);
  return (
    <div className="space-y-1">
      <p className={req.level === 'required' ? 'font-semibold text-red-800' : 'text-amber-900'}>
        {mark ? <span aria-hidden="true">✕ </span> : null}
        {verdict.text}
      </p>
      {verdict.closest ? (
        <p className="text-slate-700 [overflow-wrap:anywhere]">
          <span className="text-xs font-semibold text-slate-600">
            The work, without {verdict.missing.join(', ')}:{' '}
          </span>
          <span className="italic">“{clip(verdict.closest, 240)}”</span>
        </p>
      ) : null}
    </div>
  );
}
