import type { RequirementCoverage } from '@/lib/match/types';
import { Chip } from '@/components/ui/Chip';
import { claimLabel, type Viewer } from './format';

/**
 * The skills a requirement names, each marked as held by name, met through another skill ("Google Cloud via Amazon
 * Web Services"), claimed by the candidate without the resume showing it, or missing, so a reader sees why the
 * requirement is covered or not.
 */
export function NamedSkills({
  named,
  level,
  viewer = 'candidate',
}: {
  named: RequirementCoverage['named'];
  level: RequirementCoverage['level'];
  viewer?: Viewer;
}) {
  if (!named?.length) return null;
  return (
    <ul aria-label="Skills it names" className="mt-1.5 flex flex-wrap gap-1.5">
      {named.map((s) => (
        <li key={s.name}>
          {!s.held && s.claimed ? (
            <Chip tone="claimed">{claimLabel(s.name, viewer)}</Chip>
          ) : (
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
          )}
        </li>
      ))}
    </ul>
  );
}
