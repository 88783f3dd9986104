/** A job's skills by level, each once: a skill named in both a required and a nice-to-have line counts as required. */
export function jobSkillsByLevel(skills: readonly { name: string; level: 'required' | 'preferred' }[]): {
  required: string[];
  preferred: string[];
} {
  const levels = new Map<string, 'required' | 'preferred'>();
  for (const s of skills) if (!levels.has(s.name) || s.level === 'required') levels.set(s.name, s.level);
  const out = { required: [] as string[], preferred: [] as string[] };
  for (const [name, level] of levels) out[level].push(name);
  return out;
}

/** Every skill the job names, required ones first: what the must-have filter offers. */
export function jobSkillNames(
  skills: readonly { name: string; level: 'required' | 'preferred' }[],
): string[] {
  const { required, preferred } = jobSkillsByLevel(skills);
  return [...required, ...preferred];
}
