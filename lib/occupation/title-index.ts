import { TITLE_ALIASES } from './aliases';
import type { EscoData } from './data';
import data from './esco-titles.json';
import { normalizeTitle } from './normalize';

export interface IndexedOccupation {
  code: string;
  isco: string;
  label: string;
  iscoLabel: string;
}

export interface IndexedTitle {
  occupation: number;
  words: string[];
  /** Sum of the words' weights. */
  mass: number;
  /** 1 for a preferred label or alias, a little less for an alternative label, less still for a generic one. */
  weight: number;
  preferred: boolean;
}

export interface TitleIndex {
  occupations: IndexedOccupation[];
  titles: IndexedTitle[];
  /** Word -> titles that contain it. */
  postings: Map<string, number[]>;
  /** Word -> inverse occupation frequency: rare words say more about the job. */
  idf: Map<string, number>;
  /** Words that end the titles of at least two occupations: the head nouns (manager, accountant, teacher). */
  heads: Set<string>;
  /** ISCO group code (1 to 4 digits) -> label. */
  groups: Record<string, string>;
}

const ALT_WEIGHT = 0.97;

function buildIndex(): TitleIndex {
  const esco = data as EscoData;
  const occupations: IndexedOccupation[] = [];
  const raw: Omit<IndexedTitle, 'mass'>[] = [];
  const byCode = new Map<string, number>();
  for (const [code, label, preferred, alts, generic = []] of esco.occupations) {
    const occupation = occupations.length;
    const isco = code.slice(0, code.indexOf('.'));
    byCode.set(code, occupation);
    occupations.push({ code, isco, label, iscoLabel: esco.groups[isco] ?? '' });
    const add = (title: string, weight: number, isPreferred: boolean) =>
      raw.push({ occupation, words: title.split(' '), weight, preferred: isPreferred });
    for (const t of preferred) add(t, 1, true);
    for (const t of alts) add(t, ALT_WEIGHT, false);
    for (const [t, w] of generic) add(t, Math.min(ALT_WEIGHT, Math.sqrt(w)), false);
  }
  for (const [title, code] of Object.entries(TITLE_ALIASES)) {
    const occupation = byCode.get(code);
    if (occupation === undefined) throw new Error(`Alias "${title}" names unknown ESCO code ${code}`);
    raw.push({ occupation, words: normalizeTitle(title), weight: 1, preferred: true });
  }

  const holders = new Map<string, Set<number>>();
  const headHolders = new Map<string, Set<number>>();
  const postings = new Map<string, number[]>();
  raw.forEach((t, i) => {
    for (const w of new Set(t.words)) {
      (holders.get(w) ?? holders.set(w, new Set()).get(w)!).add(t.occupation);
      (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
    }
    const head = t.words.at(-1)!;
    (headHolders.get(head) ?? headHolders.set(head, new Set()).get(head)!).add(t.occupation);
  });
  const idf = new Map([...holders].map(([w, set]) => [w, Math.log(1 + occupations.length / set.size)]));
  const titles = raw.map((t) => ({
    ...t,
    mass: [...new Set(t.words)].reduce((sum, w) => sum + idf.get(w)!, 0),
  }));
  const heads = new Set([...headHolders].filter(([, set]) => set.size >= 2).map(([w]) => w));
  return { occupations, titles, postings, idf, heads, groups: esco.groups };
}

let cached: TitleIndex | undefined;

/** The title index, built on first use (tens of milliseconds) and kept for the life of the process. */
export function titleIndex(): TitleIndex {
  return (cached ??= buildIndex());
}

/** The ISCO-08 label of a group code of 1 to 4 digits ("24" -> "Business and administration professionals"). */
export function iscoGroupLabel(code: string): string | null {
  return titleIndex().groups[code] ?? null;
}
