import type { RequirementCoverage } from '@/lib/match/types';
import { Chip } from '@/components/ui/Chip';

/**
 * The skills a requirement names, each marked as held by name, met through another skill ("Google Cloud via Amazon
 * Web Services"), or missing, so a reader sees why the requirement is covered or not.
 */
export function NamedSkills({
  named,
  level,
}: {
  named: RequirementCoverage['named'];
  level: RequirementCoverage['level'];
}) {
  if (!named?.length) return null;
  return (
    <ul aria-label="Skills it names" className="mt-1.5 flex flex-wrap gap-1.5">
      {named.map((s) => (
        <li key={s.name}>
          <Chip
            tone={
              !s.held
                ? level === 'required'
                  ? 'missingRequired'
                  : 'missingPreferred'
                : s.via
                  ? 'implied'
                  : 'matched'
            }
          >
            {s.name}
            {s.via ? <span className="text-slate-600"> via {s.via}</span> : null}
            <span className="sr-only">
              {s.held ? (s.via ? '' : ', in the resume') : ', not in the resume'}
            </span>
          </Chip>
        </li>
      ))}
    </ul>
  );
}
