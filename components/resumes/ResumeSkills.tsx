import { ChipList } from '@/components/ui/Chip';

interface SkillLike {
  name: string;
  category?: string | null;
}

/** Skills the resume names, grouped by taxonomy category when there is one. */
export function ResumeSkills({ skills, grouped = false }: { skills: readonly SkillLike[]; grouped?: boolean }) {
  const empty = <p className="text-sm text-slate-700">No skills from the taxonomy were found in this resume.</p>;
  if (!grouped) return <ChipList items={skills.map((s) => s.name)} empty={empty} />;
  if (skills.length === 0) return empty;
  const groups = new Map<string, string[]>();
  for (const s of skills) {
    const key = s.category?.trim() || 'Other';
    groups.set(key, [...(groups.get(key) ?? []), s.name]);
  }
  return (
    <dl className="space-y-3">
      {[...groups].map(([category, names]) => (
        <div key={category} className="sm:grid sm:grid-cols-[11rem_1fr] sm:gap-3">
          <dt className="mb-1 text-sm font-semibold capitalize sm:mb-0 sm:pt-0.5">{category.replace(/[-_]/g, ' ')}</dt>
          <dd>
            <ChipList items={names} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
