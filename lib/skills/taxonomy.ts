import data from './taxonomy.json';
import { otherNumber } from './inflect';
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
   * Verb and noun forms of a knowledge area ("audited", "auditors", "reconciling"), matched in any case but only
   * beside a word of the area (the skill's context rule `near`) or in a list of skills.
   */
  wordForms?: string[];
  /**
   * Occupations whose holders practise the skill ("software engineer", "bookkeeper"). A resume that names one has the
   * skill; a posting that names one names the job or a colleague, which asks nothing.
   */
  roles?: string[];
  /** Canonical names this skill entails (EKS implies Kubernetes). */
  implies?: string[];
  /** Products a suite bundles (Microsoft Office: Excel, Word, ...): naming the suite names each, and implies it. */
  parts?: string[];
  /** Matched only in the number written: the other number is a common phrase ("Job description" heads postings). */
  exactNumber?: true;
  /** Canonical names close enough to earn partial credit (TensorFlow ~ PyTorch). */
  related?: string[];
  /** A certification, licence or admission (CPA, PMP, a driver's licence): held or not, never "used" or "learnt". */
  credential?: true;
}

export type FormMode = 'plain' | 'case' | 'context' | 'word';

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

/**
 * Categories of technical skills. A perk names none of them (it drops only yoga, childcare, a language...), and a
 * form two skills share ("EMR") goes to the technical one among technical neighbours.
 */
export const TECHNICAL_CATEGORIES: ReadonlySet<string> = new Set([
  'language',
  'framework',
  'cloud',
  'devops',
  'operating-systems',
  'systems-administration',
  'software-design',
  'integration',
  'data',
  'ml',
  'database',
  'qa',
  'security',
  'networking',
  'mobile',
  'embedded',
  'tool',
  'erp',
  'field',
]);

/** Categories of products and technologies: "Java developer", "AWS engineer" still ask for the product. */
export const PRODUCT_CATEGORIES: ReadonlySet<string> = new Set(
  [...TECHNICAL_CATEGORIES].filter((c) => c !== 'software-design' && c !== 'field'),
);

function formsOf(entry: SkillEntry): { text: string; mode: FormMode; role?: true }[] {
  const nameMode: FormMode = entry.ambiguous ? 'context' : entry.caseSensitive ? 'case' : 'plain';
  return [
    { text: entry.name, mode: nameMode },
    ...(entry.aliases ?? []).map((text) => ({ text, mode: 'plain' as const })),
    ...(entry.roles ?? []).map((text) => ({ text, mode: 'plain' as const, role: true as const })),
    ...(entry.contextAliases ?? []).map((text) => ({ text, mode: 'context' as const })),
    ...(entry.caseAliases ?? []).map((text) => ({ text, mode: 'case' as const })),
    ...(entry.wordForms ?? []).map((text) => ({ text, mode: 'word' as const })),
  ];
}

function buildIndex() {
  const root: TrieNode = { next: new Map(), forms: [] };
  const byName = new Map<string, number>();
  const byKey = new Map<string, SkillForm[]>();
  const add = (keys: readonly string[], form: SkillForm) => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), forms: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    // Plain forms first so that an unrestricted alias wins over a case-restricted one at the same key.
    node.forms.push(form);
    node.forms.sort((a, b) => Number(a.mode !== 'plain') - Number(b.mode !== 'plain'));
    const key = keys.join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), form]);
  };
  const plainMultiWord: { keys: string[]; raws: string[]; form: SkillForm }[] = [];
  SKILLS.forEach((entry, skill) => {
    byName.set(entry.name.toLowerCase(), skill);
    const seen = new Set<string>();
    for (const { text, mode, role } of formsOf(entry)) {
      const tokens = tokenize(text);
      const keys = tokens.map((t) => t.key);
      const raw = tokens.map((t) => t.raw).join(' ');
      if (!keys.length || seen.has(`${mode}|${raw}`)) continue;
      seen.add(`${mode}|${raw}`);
      const form: SkillForm = role ? { skill, mode, raw, role } : { skill, mode, raw };
      add(keys, form);
      if (mode === 'plain' && !role && !entry.exactNumber && keys.length > 1)
        plainMultiWord.push({ keys, raws: tokens.map((t) => t.raw), form });
    }
  });
  // A multi-word form also stands with its last word in the other number, unless that spelling is taken.
  for (const { keys, raws, form } of plainMultiWord) {
    const other = otherNumber(keys);
    if (!other || byKey.has(other.join(' '))) continue;
    add(other, { ...form, raw: [...raws.slice(0, -1), other[other.length - 1]].join(' ') });
  }
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
/** Whether a canonical skill is a credential (see SkillEntry.credential). */
export function isCredential(name: string): boolean {
  const index = INDEX.byName.get(name.trim().toLowerCase());
  return index !== undefined && skillAt(index).credential === true;
}

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
    aliases: [
      ...(s.aliases ?? []),
      ...(s.contextAliases ?? []),
      ...(s.caseAliases ?? []),
      ...(s.wordForms ?? []),
      ...(s.roles ?? []),
    ],
  }));
  return listing;
}
