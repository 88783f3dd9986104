import { ChipList } from '@/components/ui/Chip';
import { skillLabel } from '@/lib/match/phrases';

interface SkillLike {
  name: string;
  category?: string | null;
  phrases?: readonly string[];
}

/** Display names for the taxonomy's category slugs, in the order they are shown. */
const CATEGORY_LABELS: Record<string, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  ml: 'Machine learning',
  data: 'Data',
  database: 'Databases',
  cloud: 'Cloud',
  devops: 'DevOps',
  security: 'Security',
  qa: 'QA and testing',
  mobile: 'Mobile',
  embedded: 'Embedded',
  networking: 'Networking',
  finance: 'Finance',
  tool: 'Tools',
  methodology: 'Methods',
};
const ORDER = Object.keys(CATEGORY_LABELS);

function categoryLabel(slug: string): string {
  return CATEGORY_LABELS[slug] ?? slug.charAt(0).toUpperCase() + slug.slice(1).replace(/[-_]/g, ' ');
}

function rank(slug: string): number {
  const i = ORDER.indexOf(slug);
  return i === -1 ? ORDER.length : i;
}

/** Skills the resume names, optionally grouped by taxonomy category. */
export function ResumeSkills({
  skills,
  grouped = false,
}: {
  skills: readonly SkillLike[];
  grouped?: boolean;
}) {
  const empty = (
    <p className="text-sm text-slate-700">No skills from the taxonomy were found in this resume.</p>
  );
  if (!grouped) return <ChipList items={skills.map((s) => skillLabel(s.name, s.phrases))} empty={empty} />;
  if (skills.length === 0) return empty;
  const groups = new Map<string, string[]>();
  for (const s of skills) {
    const key = s.category?.trim() || 'other';
    groups.set(key, [...(groups.get(key) ?? []), skillLabel(s.name, s.phrases)]);
  }
  const ordered = [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return (
    <dl className="space-y-3">
      {ordered.map(([category, names]) => (
        <div key={category} className="sm:grid sm:grid-cols-[11rem_1fr] sm:gap-3">
          <dt className="mb-1 text-sm font-semibold sm:mb-0 sm:pt-0.5">{categoryLabel(category)}</dt>
          <dd>
            <ChipList items={names} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
