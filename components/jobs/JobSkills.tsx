import { ChipList } from '@/components/ui/Chip';
import { skillLabel } from '@/lib/match/phrases';

type SkillLevel = 'required' | 'preferred';

/** A skill named in both a required and a nice-to-have line counts as required. */
function byLevel(skills: readonly JobSkill[]): Record<SkillLevel, string[]> {
  const levels = new Map<string, SkillLevel>();
  const phrases = new Map<string, string[]>();
  for (const s of skills) {
    if (!levels.has(s.name) || s.level === 'required') levels.set(s.name, s.level);
    phrases.set(s.name, [...(phrases.get(s.name) ?? []), ...(s.phrases ?? [])]);
  }
  const out: Record<SkillLevel, string[]> = { required: [], preferred: [] };
  for (const [name, level] of levels) out[level].push(skillLabel(name, phrases.get(name)));
  return out;
}

type JobSkill = { name: string; level: SkillLevel; phrases?: readonly string[] };

export function JobSkills({ skills }: { skills: readonly JobSkill[] }) {
  const { required, preferred } = byLevel(skills);
  const none = <p className="text-sm text-slate-600">None found in the posting.</p>;
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-2">
        <dt className="text-sm font-semibold">Required skills ({required.length})</dt>
        <dd>
          <ChipList items={required} empty={none} />
        </dd>
      </div>
      <div className="space-y-2">
        <dt className="text-sm font-semibold">Nice-to-have skills ({preferred.length})</dt>
        <dd>
          <ChipList items={preferred} empty={none} />
        </dd>
      </div>
    </dl>
  );
}
