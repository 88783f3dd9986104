import { PARENT_RULES } from './parent-rules';
import { SKILLS, skillIndex } from './taxonomy';

/** Partial credit for a missing skill when a skill listed as related to it is present. */
export const RELATED_CREDIT = 0.5;
/** Partial credit when the candidate has the broader skill the missing one implies (Spring for Spring Boot). */
export const PARENT_CREDIT = 0.3;

function canonical(name: string): string | undefined {
  const index = skillIndex(name);
  return index === undefined ? undefined : SKILLS[index]?.name;
}

/** Each skill's own `implies` plus the broad parents its group rules give it, by canonical name. */
const IMPLIES = new Map<string, string[]>();
for (const skill of SKILLS) IMPLIES.set(skill.name, [...(skill.implies ?? [])]);
for (const rule of PARENT_RULES) {
  const members = new Set(rule.members ?? []);
  for (const skill of SKILLS) if (rule.categories?.includes(skill.category)) members.add(skill.name);
  for (const name of rule.except ?? []) members.delete(name);
  for (const member of members) {
    const own = IMPLIES.get(member);
    if (!own) continue;
    for (const parent of rule.parents) if (parent !== member && !own.includes(parent)) own.push(parent);
  }
}

function impliesOf(name: string): string[] {
  const canon = canonical(name);
  return canon === undefined ? [] : (IMPLIES.get(canon) ?? []);
}

/** Every implication edge, explicit and rule-derived, with suites' parts, for checks of the taxonomy. */
export function implicationEdges(): ReadonlyMap<string, readonly string[]> {
  return new Map([...IMPLIES].map(([name, implies]) => [name, [...implies, ...partsOf(name)]]));
}

// `related` is stored on one side only; credit flows both ways.
const RELATED = new Map<string, Set<string>>();
for (const skill of SKILLS) {
  for (const other of skill.related ?? []) {
    if (other === skill.name) continue;
    const a = RELATED.get(skill.name) ?? new Set<string>();
    a.add(other);
    RELATED.set(skill.name, a);
    const b = RELATED.get(other) ?? new Set<string>();
    b.add(skill.name);
    RELATED.set(other, b);
  }
}

function partsOf(name: string): readonly string[] {
  const canon = canonical(name);
  return (canon === undefined ? undefined : SKILLS[skillIndex(canon)!]?.parts) ?? [];
}

/**
 * Skills entailed by the given ones, transitively (Amazon EKS -> Kubernetes -> Containerization), mapped to the
 * present skill that brings them in. Skills already present are left out. A suite named outright brings in its
 * parts (Microsoft Office -> Microsoft Excel), but a suite reached through one part (Excel -> Microsoft Office) does
 * not bring in the others.
 */
export function impliedBy(names: Iterable<string>): Map<string, string> {
  const present = new Set<string>();
  for (const n of names) present.add(canonical(n) ?? n);
  const out = new Map<string, string>();
  for (const start of present) {
    const queue = [...impliesOf(start), ...partsOf(start)];
    while (queue.length) {
      const next = queue.shift()!;
      if (present.has(next) || out.has(next)) continue;
      out.set(next, start);
      queue.push(...impliesOf(next));
    }
  }
  return out;
}

/**
 * Partial credit for a missing skill: RELATED_CREDIT when a related skill is present (PyTorch for TensorFlow),
 * PARENT_CREDIT when a broader skill it implies is present (Spring for Spring Boot); null otherwise.
 */
export function relatedCredit(
  missing: string,
  present: Iterable<string>,
): { via: string; credit: number } | null {
  const target = canonical(missing) ?? missing;
  const have = new Set<string>();
  for (const p of present) have.add(canonical(p) ?? p);
  for (const other of RELATED.get(target) ?? []) {
    if (have.has(other)) return { via: other, credit: RELATED_CREDIT };
  }
  for (const parent of impliesOf(target)) {
    if (have.has(parent)) return { via: parent, credit: PARENT_CREDIT };
  }
  return null;
}
