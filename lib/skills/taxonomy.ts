import data from './taxonomy.json';
import { tokenize, tokenKey } from './tokenize';

/** One canonical skill as stored in taxonomy.json. */
export interface SkillEntry {
  name: string;
  category: string;
  /** Alternate spellings matched case-insensitively anywhere. */
  aliases?: string[];
  /** The name itself is a common word (Go, R, Excel): it must be written exactly so and sit in a skill context. */
  ambiguous?: true;
  /** The name must be written with this exact capitalisation (Spark, Helm, SAS) but needs no further context. */
  caseSensitive?: true;
  /** Extra forms that behave like an ambiguous name ("Excel" for Microsoft Excel). */
  contextAliases?: string[];
  /** Extra forms that must match case exactly ("SWIFT" for SWIFT payments). */
  caseAliases?: string[];
  /**
   * Occupations whose holders practise the skill ("software engineer", "bookkeeper"). A resume that names one has the
   * skill; a posting that names one names the job or a colleague, which asks nothing.
   */
  roles?: string[];
  /** Canonical names this skill entails (EKS implies Kubernetes). */
  implies?: string[];
  /** Products a suite bundles (Microsoft Office: Excel, Word, ...): naming the suite names each, and implies it. */
  parts?: string[];
  /** Canonical names close enough to earn partial credit (TensorFlow ~ PyTorch). */
  related?: string[];
}

export type FormMode = 'plain' | 'case' | 'context';

export interface SkillForm {
  skill: number;
  mode: FormMode;
  /** The form's tokens as written, joined by spaces; compared verbatim for `case` and `context` forms. */
  raw: string;
  /** An occupation ("data scientist"), not the skill's own name. */
  role?: true;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  forms: SkillForm[];
}

export const SKILLS: readonly SkillEntry[] = data as SkillEntry[];

function formsOf(entry: SkillEntry): { text: string; mode: FormMode; role?: true }[] {
  const nameMode: FormMode = entry.ambiguous ? 'context' : entry.caseSensitive ? 'case' : 'plain';
  return [
    { text: entry.name, mode: nameMode },
    ...(entry.aliases ?? []).map((text) => ({ text, mode: 'plain' as const })),
    ...(entry.roles ?? []).map((text) => ({ text, mode: 'plain' as const, role: true as const })),
    ...(entry.contextAliases ?? []).map((text) => ({ text, mode: 'context' as const })),
    ...(entry.caseAliases ?? []).map((text) => ({ text, mode: 'case' as const })),
  ];
}

function buildIndex() {
  const root: TrieNode = { next: new Map(), forms: [] };
  const byName = new Map<string, number>();
  const byKey = new Map<string, SkillForm[]>();
  SKILLS.forEach((entry, skill) => {
    byName.set(entry.name.toLowerCase(), skill);
    const seen = new Set<string>();
    for (const { text, mode, role } of formsOf(entry)) {
      const tokens = tokenize(text);
      const key = tokens.map((t) => t.key).join(' ');
      const raw = tokens.map((t) => t.raw).join(' ');
      if (!key || seen.has(`${mode}|${raw}`)) continue;
      seen.add(`${mode}|${raw}`);
      const form: SkillForm = role ? { skill, mode, raw, role } : { skill, mode, raw };
      let node = root;
      for (const t of tokens) {
        let child = node.next.get(t.key);
        if (!child) {
          child = { next: new Map(), forms: [] };
          node.next.set(t.key, child);
        }
        node = child;
      }
      // Plain forms first so that an unrestricted alias wins over a case-restricted one at the same key.
      node.forms.push(form);
      node.forms.sort((a, b) => Number(a.mode !== 'plain') - Number(b.mode !== 'plain'));
      byKey.set(key, [...(byKey.get(key) ?? []), form]);
    }
  });
  return { root, byName, byKey };
}

const INDEX = buildIndex();
export const TRIE: TrieNode = INDEX.root;

export function skillAt(index: number): SkillEntry {
  const entry = SKILLS[index];
  if (!entry) throw new Error(`no skill at ${index}`);
  return entry;
}

const PARTS: readonly number[][] = SKILLS.map((s) =>
  (s.parts ?? []).map((name) => {
    const index = INDEX.byName.get(name.toLowerCase());
    if (index === undefined) throw new Error(`${s.name}: unknown part ${name}`);
    return index;
  }),
);

/** Indexes of the parts of a suite (none for other skills). */
export function partsOf(index: number): readonly number[] {
  return PARTS[index] ?? [];
}

/** Index of a skill by canonical name, case-insensitive. */
export function skillIndex(name: string): number | undefined {
  return INDEX.byName.get(name.toLowerCase());
}

/** Looks a skill up by canonical name or any alias, case-insensitively. */
export function findSkill(nameOrAlias: string): { name: string; category: string } | null {
  const byName = INDEX.byName.get(nameOrAlias.trim().toLowerCase());
  const forms = INDEX.byKey.get(tokenKey(nameOrAlias)) ?? [];
  const index = byName ?? forms[0]?.skill;
  if (index === undefined) return null;
  const entry = skillAt(index);
  return { name: entry.name, category: entry.category };
}

let listing: readonly { name: string; category: string; aliases: string[] }[] | undefined;

/** Every canonical skill with all the forms it can be written in (name excluded). */
export function allSkills(): readonly { name: string; category: string; aliases: string[] }[] {
  listing ??= SKILLS.map((s) => ({
    name: s.name,
    category: s.category,
    aliases: [...(s.aliases ?? []), ...(s.contextAliases ?? []), ...(s.caseAliases ?? []), ...(s.roles ?? [])],
  }));
  return listing;
}
