import type { ReactNode } from 'react';
import type { MatchSkills } from '@/lib/match/types';
import { ChipList } from '@/components/ui/Chip';
import { skillLabel } from '@/lib/match/phrases';
import { missingAsks } from '@/lib/match/score';
import { claimLabel, percent, type Viewer } from './format';

interface MatchSkillGroupsProps {
  skills: MatchSkills;
  /** Cards and table rows: fewer chips per group and no "related" group. */
  compact?: boolean;
  /** Whose page it is: claims read "added by you" to the candidate, "claimed by the candidate" to a recruiter. */
  viewer?: Viewer;
}

/**
 * The posting's skills in groups: what the resume shows (✓), implies (≈) or lacks (✕), and apart from those the
 * skills the candidate claims that the resume does not show.
 */
export function MatchSkillGroups({ skills, compact = false, viewer = 'candidate' }: MatchSkillGroupsProps) {
  const limit = compact ? 8 : undefined;
  const none = <span className="text-sm text-slate-600">None</span>;
  // Each skill with the words that named it, when they differ from its name: "Amazon Web Services · “AWS”".
  const label = (name: string) => skillLabel(name, skills.phrases?.[name]);
  return (
    <dl className="space-y-2">
      <Group label="Matched">
        <ChipList
          items={skills.matched.map(label)}
          tone="matched"
          limit={limit}
          empty={<span className="text-sm text-slate-600">None named</span>}
        />
      </Group>
      {skills.implied.length > 0 ? (
        <Group label="Implied">
          <ChipList
            items={skills.implied.map((s) => `${s.name} (implied by ${label(s.via)})`)}
            tone="implied"
            limit={limit}
          />
        </Group>
      ) : null}
      {skills.alternatives?.length ? (
        <Group label="Covered by an alternative">
          <ChipList
            items={skills.alternatives.map((s) => `${s.name} (your ${s.via} counts instead)`)}
            tone="implied"
            limit={limit}
          />
        </Group>
      ) : null}
      {skills.claimed?.length ? (
        <Group
          label={viewer === 'recruiter' ? 'Claimed, not in the resume' : 'Added by you, not in your resume'}
        >
          <ChipList
            items={skills.claimed.map((s) => claimLabel(s.name, viewer, s.via))}
            tone="claimed"
            limit={limit}
          />
        </Group>
      ) : null}
      <Group label="Missing required">
        <ChipList
          items={missingAsks(skills, 'required', label)}
          tone="missingRequired"
          limit={limit}
          empty={none}
        />
      </Group>
      <Group label="Missing nice-to-have">
        <ChipList
          items={missingAsks(skills, 'preferred', label)}
          tone="missingPreferred"
          limit={limit}
          empty={none}
        />
      </Group>
      {!compact && skills.related.length > 0 ? (
        <Group label="Partly covered">
          <ChipList
            items={skills.related.map((s) => `${s.name} (related: ${s.via}, ${percent(s.credit)}% credit)`)}
            tone="implied"
          />
        </Group>
      ) : null}
    </dl>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[11rem_1fr] sm:gap-3">
      <dt className="mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase sm:mb-0 sm:pt-1">
        {label}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
